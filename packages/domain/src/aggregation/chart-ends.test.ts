import fc from 'fast-check';
import { agencySearch, CHART_END_COUNT as END_COUNT, CHART_FOUND_MAX as FOUND_MAX, chartEntriesAt, endsTrimmed, topAndBottom, type ChartEntry } from './chart-ends.js';

const list = (length: number): number[] => Array.from({ length }, (_, index) => index);
/** The entries as the chart's axis reads them: an item's place in the list, or '…n' for a gap. */
const axis = (entries: ChartEntry<number>[]): (number | string)[] => entries.map((e) => (e.kind === 'gap' ? `…${e.count}` : e.index));
const range = (from: number, to: number): number[] => list(to - from + 1).map((i) => i + from);

describe(topAndBottom.name, () => {
  it('shows a short list whole, without a gap', () => {
    expect(axis(topAndBottom(list(20)).entries)).toEqual(range(0, 19));
    expect(topAndBottom(list(20)).trimmed).toBe(false);
    expect(topAndBottom([]).entries).toEqual([]);
  });

  it('shows the first ten and the last ten of a long list, those between as one gap that counts them', () => {
    const shown = topAndBottom(list(4000));
    expect(END_COUNT).toBe(10);
    expect(axis(shown.entries)).toEqual([...range(0, 9), '…3980', ...range(3990, 3999)]);
    expect(shown).toMatchObject({ total: 4000, trimmed: true, found: 0, foundLeftOut: 0 });
  });

  it('starts trimming one item past twice the count, as endsTrimmed says of a list picked elsewhere', () => {
    expect(axis(topAndBottom(list(21)).entries)).toEqual([...range(0, 9), '…1', ...range(11, 20)]);
    expect(axis(topAndBottom(list(7), { count: 3 }).entries)).toEqual([0, 1, 2, '…1', 4, 5, 6]);
    for (const [total, count] of [[0, 10], [20, 10], [21, 10], [6, 3], [7, 3]] as const) {
      expect(endsTrimmed(total, count)).toBe(topAndBottom(list(total), { count }).trimmed);
    }
    expect([endsTrimmed(20, 10), endsTrimmed(21, 10)]).toEqual([false, true]);
  });

  it('adds the items a search matches in their place, splitting the gap around them, and marks them', () => {
    const shown = topAndBottom(list(100), { matches: (n) => n === 50 || n === 3 });
    expect(axis(shown.entries)).toEqual([...range(0, 9), '…40', 50, '…39', ...range(90, 99)]);
    expect(shown.entries.filter((e) => e.kind === 'item' && e.found).map((e) => (e.kind === 'item' ? e.item : null))).toEqual([3, 50]);
    expect(shown.found).toBe(2);
  });

  it('adds at most FOUND_MAX matches between the ends and counts those left out', () => {
    const shown = topAndBottom(list(1000), { matches: (n) => n % 10 === 5 });
    const between = shown.entries.filter((e) => e.kind === 'item' && e.index >= 10 && e.index < 990);
    expect(between).toHaveLength(FOUND_MAX);
    expect(shown.found).toBe(100);
    // 1 match among the first ten (5), 1 among the last ten (995), 10 added: 88 left out.
    expect(shown.foundLeftOut).toBe(88);
  });

  it('marks matches in a list short enough to show whole', () => {
    const shown = topAndBottom(['SNgV', 'STP'], { matches: (code) => code === 'STP' });
    expect(shown.entries).toEqual([
      { kind: 'item', item: 'SNgV', index: 0, found: false },
      { kind: 'item', item: 'STP', index: 1, found: true },
    ]);
  });
});

describe(chartEntriesAt.name, () => {
  it('rebuilds the gaps from the positions of the items sent', () => {
    const entries = chartEntriesAt([{ at: 5 }, { at: 0 }], 7, (x) => x.at, (x) => x.at === 5);
    expect(entries).toEqual([
      { kind: 'item', item: { at: 0 }, index: 0, found: false },
      { kind: 'gap', count: 4 },
      { kind: 'item', item: { at: 5 }, index: 5, found: true },
      { kind: 'gap', count: 1 },
    ]);
    expect(chartEntriesAt([], 3, () => 0)).toEqual([{ kind: 'gap', count: 3 }]);
    expect(chartEntriesAt([], 0, () => 0)).toEqual([]);
  });

  it('gives a client that received only the shown items what topAndBottom draws from the whole list', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 120 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 12 }), (found, count, foundMax) => {
        const list = found.map((isFound, index) => ({ index, isFound }));
        const whole = topAndBottom(list, { count, foundMax, matches: (item) => item.isFound });
        const sent = whole.entries.flatMap((e) => (e.kind === 'item' ? [e.item] : []));
        expect(chartEntriesAt(sent, list.length, (item) => item.index, (item) => item.isFound)).toEqual(whole.entries);
      }),
    );
  });
});

describe(agencySearch.name, () => {
  const stp = { code: 'STP', name: { vi: 'Sở Tư pháp', en: 'Department of Justice' } };
  it('finds an agency by its code or either name, accents, đ and case ignored', () => {
    expect(agencySearch('tu phap')?.(stp)).toBe(true);
    expect(agencySearch('stp')?.(stp)).toBe(true);
    expect(agencySearch(' justice ')?.(stp)).toBe(true);
    expect(agencySearch('đắk')?.({ code: 'X', name: { vi: 'Tỉnh Đắk Lắk', en: 'Dak Lak' } })).toBe(true);
    expect(agencySearch('ngoai vu')?.(stp)).toBe(false);
  });

  it('searches for nothing when the text is blank', () => {
    expect(agencySearch('   ')).toBeNull();
    expect(agencySearch('')).toBeNull();
  });
});
