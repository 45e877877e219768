import { agency, period, rankingResponse, rankingRow } from '../../../../test/factories/dashboard.factories.js';
import { BETTER_COLOUR, PROVINCE_COLOUR, WORSE_COLOUR } from './palette.js';
import { figureKind, rankingChart, type RankingTexts } from './ranking.js';

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
    expect(model.table.rows[0]?.cells[1]).toBe('SNNMT (gộp SNNPTNT, STNMT)');
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
    const { table } = rankingChart(response, texts);
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

  describe('with many agencies', () => {
    // 4,000 agencies ranked 1 to 4,000: A0001 is the best.
    const many = rankingResponse(
      Array.from({ length: 4000 }, (_, i) => rankingRow(agency(`A${String(i + 1).padStart(4, '0')}`), 1 - i / 4000, { rank: i + 1 })),
    );

    it('draws the ten best and the ten worst, the agencies between as one labelled gap without a bar', () => {
      const model = rankingChart(many, texts);
      expect(model.data.labels).toHaveLength(21);
      expect(model.data.labels.slice(8, 13)).toEqual(['A0009', 'A0010', '… 3980 ở giữa', 'A3991', 'A3992']);
      expect(model.data.datasets[0]?.data[10]).toBeNull();
      expect(model.marks[10]).toBe('gap');
      expect(model.reportIds[0]?.[10]).toBeNull();
      expect(model.reportIds[0]?.[11]).toBe(many.rows[3990]?.reportId);
      expect(model.shown).toMatchObject({ total: 4000, trimmed: true });
    });

    it('keeps the province line across the whole chart, the gap included', () => {
      expect(rankingChart(many, texts).data.datasets[1]?.data).toEqual(Array.from({ length: 21 }, () => 0.9));
    });

    it('adds the agencies searched for in their place, marked', () => {
      const model = rankingChart(many, texts, (a) => a.code === 'A2000');
      expect(model.data.labels.slice(10, 13)).toEqual(['… 1989 ở giữa', 'A2000', '… 1990 ở giữa']);
      expect(model.marks[11]).toBe('found');
      expect(model.reportIds[0]?.[11]).toBe(many.rows[1999]?.reportId);
    });

    it('still lists every agency in the table', () => {
      expect(rankingChart(many, texts).table.rows).toHaveLength(4001);
    });
  });

  it('adds the previous value and the signed change when there is a previous period', () => {
    const withPrevious = rankingResponse([rankingRow(sct, 12, { rank: 1, previous: 10, change: 2 })], {
      figure: 'plans',
      previousPeriod: period('M9', 2019),
      province: { method: 'MEAN', agencies: 1, value: 12, previous: 10, change: 2, changeRate: 0.2 },
    });
    const { table } = rankingChart(withPrevious, { ...texts, figure: 'Kế hoạch' });
    expect(table.columns.map((c) => c.header)).toEqual(['Hạng', 'Cơ quan', 'Kế hoạch', 'Kỳ trước', 'Thay đổi', 'Trạng thái']);
    expect(table.columns[4]).toEqual({ header: 'Thay đổi', kind: 'number', signed: true });
    expect(table.rows.map((r) => r.cells)).toEqual([
      [1, 'SCT', 12, 10, 2, 'ACCEPTED'],
      [null, 'Toàn tỉnh', 12, 10, 2, null],
    ]);
  });
});
