import { foldText } from '../shared/fold-text.js';

// What a comparison chart of many agencies draws (docs/domain.md §10): the best and the worst
// ends of the ordered list, the agencies a search finds wherever they stand, and one labelled gap
// for each run left out between them. The API picks these from the whole list and sends them with
// their positions; the dashboard rebuilds the gaps from the positions, so both apply one rule.

/** Items a comparison chart shows at each end (the first and the last) once the list is long. */
export const CHART_END_COUNT = 10;
/** Items a search adds between the two ends at most, so the chart's height stays bounded. */
export const CHART_FOUND_MAX = 10;

/** A bar of the chart (an item and its place in the full list), or the mark of the ones left out between two bars. */
export type ChartEntry<T> = { kind: 'item'; item: T; index: number; found: boolean } | { kind: 'gap'; count: number };

export interface ChartEnds<T> {
  /** What the chart draws, in the order of the list. */
  entries: ChartEntry<T>[];
  /** Items in the full list. */
  total: number;
  /** Some items are left out (the list is longer than both ends). */
  trimmed: boolean;
  /** Items the search matches, wherever they are; 0 without a search. */
  found: number;
  /** Matching items between the ends that are not shown, past `foundMax`. */
  foundLeftOut: number;
}

export interface ChartEndsOptions<T> {
  /** Items at each end; `CHART_END_COUNT` by default. */
  count?: number;
  /** What the reviewer searched for: matching items are shown (and marked) wherever they rank. */
  matches?: ((item: T) => boolean) | null;
  /** Matching items added between the ends at most; `CHART_FOUND_MAX` by default. */
  foundMax?: number;
}

/**
 * Whether a list of `total` items drawn as its first and last `count` leaves some out: a list of
 * no more than twice `count` is shown whole. What a chart's ends picked elsewhere (by the
 * database) say of the list, as {@link topAndBottom} says it.
 *
 * @example
 * endsTrimmed(20, 10) // false
 * endsTrimmed(21, 10) // true
 */
export function endsTrimmed(total: number, count: number): boolean {
  return total > 2 * count;
}

/**
 * The part of a long ordered list a chart shows: the first `count` and the last `count` items,
 * each run of items left out between them as one gap (which says how many it stands for), and,
 * in their place in the list, the items a search matches (at most `foundMax` beyond the ends).
 * A list of no more than twice `count` items is shown whole. So a ranking of 4,000 agencies draws
 * at most 10 + 10 + 10 bars and 11 gaps instead of 4,000 bars.
 *
 * @example
 * topAndBottom(ranked30, { count: 10 }).entries.map((e) => (e.kind === 'gap' ? `…${e.count}` : e.index))
 * // [0, 1, …, 9, '…10', 20, …, 29]
 */
export function topAndBottom<T>(items: readonly T[], options: ChartEndsOptions<T> = {}): ChartEnds<T> {
  const count = options.count ?? CHART_END_COUNT;
  const foundMax = options.foundMax ?? CHART_FOUND_MAX;
  const matches = options.matches ?? null;
  const isFound = items.map((item) => (matches ? matches(item) : false));
  const found = isFound.filter(Boolean).length;
  const whole = !endsTrimmed(items.length, count);
  const atEnd = (index: number): boolean => whole || index < count || index >= items.length - count;

  let added = 0;
  let foundLeftOut = 0;
  const shown = items.map((_, index) => {
    if (atEnd(index)) return true;
    if (!isFound[index]) return false;
    if (added < foundMax) {
      added += 1;
      return true;
    }
    foundLeftOut += 1;
    return false;
  });

  const positioned = items.flatMap((item, index) => (shown[index] ? [{ item, index, found: isFound[index] ?? false }] : []));
  return { entries: entriesWithGaps(positioned, items.length), total: items.length, trimmed: !whole, found, foundLeftOut };
}

/**
 * The chart's entries rebuilt from the items an answer sends (each with its position in the full
 * list of `total` items, in any order): the items in order, a gap for each run of positions not
 * sent. What `topAndBottom` draws, for a client that received only the shown items.
 *
 * @example
 * chartEntriesAt([{ p: 0 }, { p: 5 }], 7, (x) => x.p).map((e) => e.kind) // ['item', 'gap', 'item', 'gap']
 */
export function chartEntriesAt<T>(
  items: readonly T[],
  total: number,
  positionOf: (item: T) => number,
  isFound: (item: T) => boolean = () => false,
): ChartEntry<T>[] {
  const positioned = items.map((item) => ({ item, index: positionOf(item), found: isFound(item) })).sort((a, b) => a.index - b.index);
  return entriesWithGaps(positioned, total);
}

function entriesWithGaps<T>(positioned: readonly { item: T; index: number; found: boolean }[], total: number): ChartEntry<T>[] {
  const entries: ChartEntry<T>[] = [];
  let next = 0;
  for (const { item, index, found } of positioned) {
    if (index > next) entries.push({ kind: 'gap', count: index - next });
    entries.push({ kind: 'item', item, index, found });
    next = index + 1;
  }
  if (total > next) entries.push({ kind: 'gap', count: total - next });
  return entries;
}

/** What an agency search reads: its code and its names. */
export interface SearchableAgency {
  code: string;
  name: { vi: string; en: string };
}

/**
 * A test of whether an agency's code or name (Vietnamese or English) contains the text searched
 * for, accents, đ and case ignored ("so tu phap" finds "Sở Tư pháp", "sngv" finds "SNgV"); null
 * when nothing is searched for (blank text). The board, the charts and the pickers search alike.
 *
 * @example
 * agencySearch('tu phap')?.(stp) // true
 * agencySearch('  ') // null
 */
export function agencySearch(search: string): ((agency: SearchableAgency) => boolean) | null {
  const needle = foldText(search.trim());
  if (needle === '') return null;
  return (agency) => [agency.code, agency.name.vi, agency.name.en].some((text) => foldText(text).includes(needle));
}
