import { agency, period, rankingEnds, rankingResponse, rankingRow } from '../../../../test/factories/dashboard.factories.js';
import { BETTER_COLOUR, PROVINCE_COLOUR, WORSE_COLOUR } from './palette.js';
import { figureKind, rankingChart, rankingComplete, rankingTable, type RankingTexts } from './ranking.js';

const texts: RankingTexts = {
  rank: 'Hạng',
  agency: 'Cơ quan',
  figure: 'Tỷ lệ đúng hạn',
  previous: 'Kỳ trước',
  change: 'Thay đổi',
  status: 'Trạng thái',
  province: 'Toàn tỉnh',
  agencyName: (a) => a.code,
  statusName: (s) => s,
  between: (count) => `… ${count} ở giữa`,
};
const sct = agency('SCT');
const sngv = agency('SNgV');
const stp = agency('STP');
const response = rankingResponse([
  rankingRow(sct, 1, { rank: 1 }),
  rankingRow(sngv, 0.85, { rank: 2, status: 'SUBMITTED' }),
  rankingRow(stp, null, { status: 'DRAFT' }),
]);

describe(figureKind.name, () => {
  it('reads the dossier rates as percentages and every other figure as a number', () => {
    expect(figureKind('onTimeRate')).toBe('rate');
    expect(figureKind('lateRate')).toBe('rate');
    expect(figureKind('plans')).toBe('number');
    expect(figureKind('received')).toBe('number');
  });
});

describe(rankingChart.name, () => {
  it("names an agency restated with its predecessors' figures after its own name, on the bar and in the table", () => {
    const restated = rankingResponse([rankingRow(agency('SNNMT'), 0.8, { rank: 1, restatedFrom: [agency('SNNPTNT'), agency('STNMT')] })], { structure: 'restated' });
    const model = rankingChart(restated, { ...texts, restated: (codes) => `(gộp ${codes})` });
    expect(model.data.labels).toEqual(['SNNMT (gộp SNNPTNT, STNMT)']);
    expect(model.table?.rows[0]?.cells[1]).toBe('SNNMT (gộp SNNPTNT, STNMT)');
  });

  it('draws a bar per agency with a value, in the order ranked', () => {
    const { data } = rankingChart(response, texts);
    expect(data.labels).toEqual(['SCT', 'SNgV']);
    expect(data.datasets[0]).toMatchObject({ type: 'bar', label: 'Tỷ lệ đúng hạn', data: [1, 0.85] });
  });

  it('marks the province value across every bar with a line series', () => {
    const province = rankingChart(response, texts).data.datasets[1];
    expect(province).toMatchObject({ type: 'line', label: 'Toàn tỉnh', data: [0.9, 0.9], borderColor: PROVINCE_COLOUR, pointRadius: 0 });
  });

  it('colours a bar by whether it is as good as the province, the better end depending on the order', () => {
    expect(rankingChart(response, texts).data.datasets[0]?.backgroundColor).toEqual([BETTER_COLOUR, WORSE_COLOUR]);
    const late = rankingResponse([rankingRow(sct, 0.01, { rank: 1 }), rankingRow(sngv, 0.2, { rank: 2 })], {
      figure: 'lateRate',
      order: 'asc',
      province: { method: 'POOLED', agencies: 2, value: 0.05, previous: null, change: null, changeRate: null },
    });
    expect(rankingChart(late, texts).data.datasets[0]?.backgroundColor).toEqual([BETTER_COLOUR, WORSE_COLOUR]);
  });

  it('counts a bar level with the province as good as it', () => {
    const level = rankingResponse([rankingRow(sct, 0.9, { rank: 1 })]);
    expect(rankingChart(level, texts).data.datasets[0]?.backgroundColor).toEqual([BETTER_COLOUR]);
  });

  it('draws no province line when the province has no value', () => {
    const none = rankingResponse([rankingRow(stp, null)], {
      province: { method: 'POOLED', agencies: 0, value: null, previous: null, change: null, changeRate: null },
    });
    const model = rankingChart(none, texts);
    expect(model.data.datasets).toHaveLength(1);
    expect(model.data.labels).toEqual([]);
    expect(model.reportIds).toEqual([[]]);
  });

  it('opens the report of a bar, never from the province line', () => {
    const model = rankingChart(response, texts);
    expect(model.reportIds).toEqual([[response.rows[0]?.reportId, response.rows[1]?.reportId], [null, null]]);
  });

  it('lists every agency in the table, the unranked last, then the province', () => {
    const table = rankingTable(response, texts);
    expect(table.columns.map((c) => [c.header, c.kind])).toEqual([
      ['Hạng', 'count'],
      ['Cơ quan', 'text'],
      ['Tỷ lệ đúng hạn', 'rate'],
      ['Trạng thái', 'text'],
    ]);
    expect(table.rows.map((r) => r.cells)).toEqual([
      [1, 'SCT', 1, 'ACCEPTED'],
      [2, 'SNgV', 0.85, 'SUBMITTED'],
      [null, 'STP', null, 'DRAFT'],
      [null, 'Toàn tỉnh', 0.9, null],
    ]);
    expect(table.rows[0]?.reportId).toBe(response.rows[0]?.reportId);
  });

  it('comes with its table when the answer holds every agency', () => {
    expect(rankingChart(response, texts).table).toEqual(rankingTable(response, texts));
  });

  it('draws the bars of the rows sent at their positions, a labelled gap for each run of positions not sent, the agencies searched for marked', () => {
    // The API sent the two best, the two worst and the one its search found, of ten agencies with a value.
    const sent = rankingResponse([], {
      rows: [
        rankingRow(agency('Z'), 0.1, { rank: 10, position: 9 }),
        rankingRow(agency('A'), 1, { rank: 1, position: 0 }),
        rankingRow(agency('B'), 0.95, { rank: 2, position: 1 }),
        rankingRow(agency('STP'), 0.5, { rank: 6, position: 5 }),
        rankingRow(agency('Y'), 0.2, { rank: 9, position: 8 }),
      ],
      shown: { ends: 2, q: 'stp', total: 10, trimmed: true, found: 1, foundLeftOut: 0, unranked: 0 },
    });
    const model = rankingChart(sent, texts);
    expect(model.data.labels).toEqual(['A', 'B', '… 3 ở giữa', 'STP', '… 2 ở giữa', 'Y', 'Z']);
    expect(model.marks).toEqual([null, null, 'gap', 'found', 'gap', null, null]);
    expect(model.data.datasets[0]?.data).toEqual([1, 0.95, null, 0.5, null, 0.2, 0.1]);
    expect(model.reportIds[0]?.[3]).toBe(sent.rows[3]?.reportId);
    // Only part of the ranking came: its table is fetched whole.
    expect(model.table).toBeNull();
  });

  describe('with many agencies', () => {
    // 4,000 agencies ranked 1 to 4,000: A0001 is the best.
    const many = rankingResponse(
      Array.from({ length: 4000 }, (_, i) => rankingRow(agency(`A${String(i + 1).padStart(4, '0')}`), 1 - i / 4000, { rank: i + 1 })),
    );
    // What the API sends the chart: its ten best and ten worst.
    const ends = rankingEnds(many);

    it('draws the ten best and the ten worst the API sends, the agencies between as one labelled gap without a bar', () => {
      expect(ends.rows).toHaveLength(20);
      const model = rankingChart(ends, texts);
      expect(model.data.labels).toHaveLength(21);
      expect(model.data.labels.slice(8, 13)).toEqual(['A0009', 'A0010', '… 3980 ở giữa', 'A3991', 'A3992']);
      expect(model.data.datasets[0]?.data[10]).toBeNull();
      expect(model.marks[10]).toBe('gap');
      expect(model.reportIds[0]?.[10]).toBeNull();
      expect(model.reportIds[0]?.[11]).toBe(many.rows[3990]?.reportId);
      expect(model.table).toBeNull();
    });

    it('keeps the province line across the whole chart, the gap included', () => {
      expect(rankingChart(ends, texts).data.datasets[1]?.data).toEqual(Array.from({ length: 21 }, () => 0.9));
    });

    it('adds the agencies the search found in their place, marked', () => {
      const found = rankingEnds(many, { q: ' a2000 ' });
      const model = rankingChart(found, texts);
      expect(model.data.labels.slice(10, 13)).toEqual(['… 1989 ở giữa', 'A2000', '… 1990 ở giữa']);
      expect(model.marks[11]).toBe('found');
      expect(model.reportIds[0]?.[11]).toBe(many.rows[1999]?.reportId);
    });

    it('lists every agency in the table of the whole ranking', () => {
      expect(rankingTable(many, texts).rows).toHaveLength(4001);
    });
  });

  it('adds the previous value and the signed change when there is a previous period', () => {
    const withPrevious = rankingResponse([rankingRow(sct, 12, { rank: 1, previous: 10, change: 2 })], {
      figure: 'plans',
      previousPeriod: period('M9', 2019),
      province: { method: 'MEAN', agencies: 1, value: 12, previous: 10, change: 2, changeRate: 0.2 },
    });
    const table = rankingTable(withPrevious, { ...texts, figure: 'Kế hoạch' });
    expect(table.columns.map((c) => c.header)).toEqual(['Hạng', 'Cơ quan', 'Kế hoạch', 'Kỳ trước', 'Thay đổi', 'Trạng thái']);
    expect(table.columns[4]).toEqual({ header: 'Thay đổi', kind: 'number', signed: true });
    expect(table.rows.map((r) => r.cells)).toEqual([
      [1, 'SCT', 12, 10, 2, 'ACCEPTED'],
      [null, 'Toàn tỉnh', 12, 10, 2, null],
    ]);
  });
});

describe(rankingComplete.name, () => {
  const shown = { ends: 10, q: '', total: 3, trimmed: false, found: 0, foundLeftOut: 0, unranked: 0 };

  it('holds every agency when asked without ends, or with ends that leave none out', () => {
    expect(rankingComplete(rankingResponse([]))).toBe(true);
    expect(rankingComplete(rankingResponse([], { shown: { ...shown, ends: null, trimmed: false, unranked: 5 } }))).toBe(true);
    expect(rankingComplete(rankingResponse([], { shown }))).toBe(true);
  });

  it('leaves agencies out with ends when some are between them, or some have no value', () => {
    expect(rankingComplete(rankingResponse([], { shown: { ...shown, trimmed: true } }))).toBe(false);
    expect(rankingComplete(rankingResponse([], { shown: { ...shown, unranked: 1 } }))).toBe(false);
  });
});
