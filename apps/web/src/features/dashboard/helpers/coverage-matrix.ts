import type { DashboardAgency, DashboardAreasResponse, ReformAreaKey } from '@cchc/domain';
import type { CategoryMark, ChartDataset, ChartModel } from '../../../shared/charts/bar-chart-data.js';
import { topAndBottom, type Extremes } from './chart-extremes.js';
import { AREA_COLOURS, MISSING_COLOUR } from './palette.js';

export interface CoverageTexts {
  agency: string;
  missingCount: string;
  covered: string;
  missing: string;
  agencyName: (agency: DashboardAgency) => string;
  areaName: (area: ReformAreaKey) => string;
  /** The label of the reports left out between the first and the last bars, e.g. '··· 3.980 cơ quan, đơn vị ở giữa ···'. */
  between: (count: number) => string;
}

export interface CoverageRow {
  agency: DashboardAgency;
  reportId: string;
  missing: ReformAreaKey[];
}

/** The coverage chart: every report's row (the table), and which of them the chart draws. */
export interface CoverageMatrix extends ChartModel {
  rows: CoverageRow[];
  shown: Extremes<CoverageRow>;
  marks: CategoryMark[];
}

/**
 * Which reform areas each agency's report of a period covers with narrative (the areas answer is
 * asked for that period's coverage; a report of another period it may hold is left out): one bar
 * per agency made of one equal segment per area of the year's programme, in the area's colour
 * when covered and red when missing. Agencies with missing areas come first (most missing first), so they
 * stand out; a segment opens the agency's report. The last series draws nothing: it puts the red
 * of a missing area in the legend. With many reports only the first and the last ten are drawn,
 * with a labelled gap between, plus the agencies searched for (`matches`; see `topAndBottom`);
 * the table keeps every report.
 *
 * @example
 * coverageMatrix(areas2020, m9Id, texts).rows[0] // { agency: Sở Ngoại vụ, missing: ['APPARATUS'] }
 */
export function coverageMatrix(
  response: DashboardAreasResponse,
  periodId: string,
  texts: CoverageTexts,
  matches: ((agency: DashboardAgency) => boolean) | null = null,
): CoverageMatrix {
  const entries = response.coverage.flatMap((entry) =>
    entry.reports.filter((r) => r.periodId === periodId).map((r) => ({ agency: entry.agency, report: r })),
  );
  const areas: ReformAreaKey[] =
    response.programme?.areas.map((a) => a.key) ??
    [...new Set(entries.flatMap(({ report }) => [...report.covered, ...report.missing]))];
  const rows: CoverageRow[] = entries
    .map(({ agency, report }, index) => ({ index, row: { agency, reportId: report.reportId, missing: areas.filter((a) => report.missing.includes(a)) } }))
    .sort((a, b) => b.row.missing.length - a.row.missing.length || a.index - b.index)
    .map(({ row }) => row);

  const isMissing = (row: CoverageRow, area: ReformAreaKey): boolean => row.missing.includes(area);
  const shown = topAndBottom(rows, { matches: matches && ((row) => matches(row.agency)) });
  // A gap draws no segment, opens nothing and has no tooltip of its own.
  const drawn = shown.entries.map((entry) => (entry.kind === 'gap' ? null : entry.item));
  const datasets: ChartDataset<number | null>[] = areas.map((area) => ({
    type: 'bar',
    label: texts.areaName(area),
    data: drawn.map((row) => (row ? 1 : null)),
    backgroundColor: drawn.map((row) => (row && isMissing(row, area) ? MISSING_COLOUR : AREA_COLOURS[area])),
    legendColor: AREA_COLOURS[area],
    borderColor: '#ffffff',
    borderWidth: 1,
    stack: 'coverage',
  }));

  return {
    rows,
    shown,
    marks: shown.entries.map((entry) => (entry.kind === 'gap' ? 'gap' : entry.found ? 'found' : null)),
    data: {
      labels: shown.entries.map((entry) => (entry.kind === 'gap' ? texts.between(entry.count) : texts.agencyName(entry.item.agency))),
      datasets: [
        ...datasets,
        { type: 'bar', label: texts.missing, data: drawn.map(() => 0), backgroundColor: MISSING_COLOUR, borderWidth: 0, stack: 'coverage' },
      ],
    },
    table: {
      columns: [
        { header: texts.agency, kind: 'text' },
        ...areas.map((area) => ({ header: texts.areaName(area), kind: 'text' as const })),
        { header: texts.missingCount, kind: 'count' },
      ],
      rows: rows.map((row) => ({
        cells: [texts.agencyName(row.agency), ...areas.map((area) => (isMissing(row, area) ? texts.missing : texts.covered)), row.missing.length],
        reportId: row.reportId,
      })),
    },
    reportIds: [...areas.map(() => drawn.map((row) => row?.reportId ?? null)), drawn.map(() => null)],
    pointLabels: [
      ...areas.map((area) => drawn.map((row) => (row ? `${texts.areaName(area)}: ${isMissing(row, area) ? texts.missing : texts.covered}` : ''))),
      drawn.map(() => ''),
    ],
  };
}
