import type { ReformAreaKey } from '@cchc/domain';
import { agency, areaActivity, areasEnds, areasResponse, period, uuid } from '../../../../test/factories/dashboard.factories.js';
import { coverageComplete, coverageMatrix, coverageTable, type CoverageTexts } from './coverage-matrix.js';
import { AREA_COLOURS, MISSING_COLOUR } from './palette.js';

const q1 = period('Q1');
const m9 = period('M9');
const texts: CoverageTexts = {
  agency: 'Cơ quan',
  missingCount: 'Số lĩnh vực thiếu',
  covered: 'Có',
  missing: 'Thiếu',
  agencyName: (a) => a.code,
  areaName: (key) => key,
  between: (count) => `… ${count} ở giữa`,
};
const ALL: ReformAreaKey[] = ['INSTITUTIONAL', 'PROCEDURES', 'APPARATUS', 'CIVIL_SERVICE', 'PUBLIC_FINANCE', 'MODERNISATION'];
const report = (periodId: string, missing: ReformAreaKey[]) => ({
  periodId,
  reportId: uuid(),
  status: 'ACCEPTED' as const,
  covered: ALL.filter((a) => !missing.includes(a)),
  missing,
});
const sct = agency('SCT');
const sngv = agency('SNgV');
const hbt = agency('HBT', { kind: 'district' });
// The coverage of the 9-month period as the API orders it: the reports missing the most areas first.
const response = areasResponse(
  [q1, m9],
  [areaActivity(q1.id), areaActivity(m9.id)],
  [
    { agency: hbt, reports: [report(m9.id, ['INSTITUTIONAL', 'APPARATUS'])] },
    { agency: sngv, reports: [report(q1.id, []), report(m9.id, ['APPARATUS'])] },
    { agency: sct, reports: [report(m9.id, [])] },
  ],
);

describe(coverageMatrix.name, () => {
  it("has a row per agency's report of the period, in the API's order (most areas missing first)", () => {
    const model = coverageMatrix(response, m9.id, texts);
    expect(model.rows.map((r) => [r.agency.code, r.missing])).toEqual([
      ['HBT', ['INSTITUTIONAL', 'APPARATUS']],
      ['SNgV', ['APPARATUS']],
      ['SCT', []],
    ]);
    expect(model.data.labels).toEqual(['HBT', 'SNgV', 'SCT']);
  });

  it('keeps the order it is given, sorting nothing itself', () => {
    const reversed = areasResponse([m9], [areaActivity(m9.id)], [...response.coverage].reverse());
    expect(coverageMatrix(reversed, m9.id, texts).data.labels).toEqual(['SCT', 'SNgV', 'HBT']);
  });

  it('draws an equal segment per area of the programme, red where the area is missing', () => {
    const { datasets } = coverageMatrix(response, m9.id, texts).data;
    expect(datasets.slice(0, 6).map((d) => d.label)).toEqual(ALL);
    expect(datasets.every((d) => d.stack === 'coverage')).toBe(true);
    expect(datasets[2]).toMatchObject({ data: [1, 1, 1], backgroundColor: [MISSING_COLOUR, MISSING_COLOUR, AREA_COLOURS.APPARATUS] });
    expect(datasets[0]?.backgroundColor).toEqual([MISSING_COLOUR, AREA_COLOURS.INSTITUTIONAL, AREA_COLOURS.INSTITUTIONAL]);
    expect(datasets[0]?.legendColor).toBe(AREA_COLOURS.INSTITUTIONAL);
  });

  it('puts the red of a missing area in the legend with a series that draws nothing', () => {
    expect(coverageMatrix(response, m9.id, texts).data.datasets[6]).toMatchObject({ label: 'Thiếu', data: [0, 0, 0], backgroundColor: MISSING_COLOUR });
  });

  it('says in the tooltip whether the area is covered or missing', () => {
    const { pointLabels } = coverageMatrix(response, m9.id, texts);
    expect(pointLabels?.[2]).toEqual(['APPARATUS: Thiếu', 'APPARATUS: Thiếu', 'APPARATUS: Có']);
    expect(pointLabels?.[6]).toEqual(['', '', '']);
  });

  it("opens the agency's report from any of its segments", () => {
    const model = coverageMatrix(response, m9.id, texts);
    expect(model.reportIds[0]).toEqual(model.rows.map((r) => r.reportId));
    expect(model.reportIds[6]).toEqual([null, null, null]);
  });

  it('gives a table with a column per area and the number missing, with the chart when the answer holds every report', () => {
    const table = coverageTable(response, m9.id, texts);
    expect(coverageMatrix(response, m9.id, texts).table).toEqual(table);
    expect(table.columns.map((c) => c.header)).toEqual(['Cơ quan', ...ALL, 'Số lĩnh vực thiếu']);
    expect(table.rows[1]?.cells).toEqual(['SNgV', 'Có', 'Có', 'Thiếu', 'Có', 'Có', 'Có', 1]);
    expect(table.rows[1]?.reportId).toBe(response.coverage[1]?.reports[1]?.reportId);
  });

  describe('with many reports', () => {
    // 30 reports: the first five miss an area, the rest cover every one.
    const many = areasResponse(
      [m9],
      [areaActivity(m9.id)],
      Array.from({ length: 30 }, (_, i) => ({ agency: agency(`A${String(i + 1).padStart(2, '0')}`), reports: [report(m9.id, i < 5 ? ['APPARATUS'] : [])] })),
    );
    // What the API sends the chart: the first ten and the last ten.
    const ends = areasEnds(many);

    it('draws the first ten and the last ten the API sends, those between as a gap that draws nothing and opens nothing', () => {
      const model = coverageMatrix(ends, m9.id, texts);
      expect(model.rows).toHaveLength(20);
      expect(model.data.labels).toHaveLength(21);
      expect(model.data.labels.slice(9, 12)).toEqual(['A10', '… 10 ở giữa', 'A21']);
      expect(model.marks[10]).toBe('gap');
      expect(model.data.datasets.map((d) => d.data[10])).toEqual([null, null, null, null, null, null, 0]);
      expect(model.reportIds.map((ids) => ids[10])).toEqual([null, null, null, null, null, null, null]);
      expect(model.pointLabels?.[0]?.[10]).toBe('');
      // Only part of the coverage came: its table is fetched whole.
      expect(model.table).toBeNull();
    });

    it('adds the agencies the search found in their place, marked', () => {
      const model = coverageMatrix(areasEnds(many, { q: 'a15' }), m9.id, texts);
      expect(model.data.labels.slice(10, 13)).toEqual(['… 4 ở giữa', 'A15', '… 5 ở giữa']);
      expect(model.marks[11]).toBe('found');
    });

    it('lists every report in the table of the whole coverage', () => {
      expect(coverageTable(many, m9.id, texts).rows).toHaveLength(30);
    });
  });

  it('has no rows when no report of the period was sent', () => {
    const model = coverageMatrix(areasResponse([m9], [areaActivity(m9.id)]), m9.id, texts);
    expect(model.rows).toEqual([]);
    expect(model.entries).toEqual([]);
    expect(model.data.labels).toEqual([]);
  });
});

describe(coverageComplete.name, () => {
  it('holds every report when asked without ends, or with ends that leave none out', () => {
    expect(coverageComplete(response)).toBe(true);
    expect(coverageComplete({ ...response, coverageShown: { ...response.coverageShown, ends: 10 } })).toBe(true);
  });

  it('leaves reports out with ends when some are between them', () => {
    expect(coverageComplete({ ...response, coverageShown: { ...response.coverageShown, ends: 10, trimmed: true } })).toBe(false);
  });
});
