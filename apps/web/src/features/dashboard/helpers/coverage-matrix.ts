import { agencySearch, chartEntriesAt, type ChartEntry, type DashboardAgency, type DashboardAreasResponse, type ReformAreaKey } from '@cchc/domain';
import type { CategoryMark, ChartDataset, ChartModel } from '../../../shared/charts/bar-chart-data.js';
import type { DataTable } from '../../../shared/charts/data-table.js';
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
  /** The report's place in the whole coverage list of the period (most areas missing first). */
  position: number;
}

/**
 * The coverage chart: the rows of the reports the answer sends, what the chart draws of them (with
 * the gaps between), and its table when the answer holds every report (else null: the table is
 * fetched whole, `coverageTable` of the answer asked without `ends`).
 */
export interface CoverageMatrix extends Omit<ChartModel, 'table'> {
  rows: CoverageRow[];
  entries: ChartEntry<CoverageRow>[];
  marks: CategoryMark[];
  table: DataTable | null;
}

/**
 * The answer holds the coverage of every report of the period: asked without `ends`, or with it
 * but nothing left out. Its table can then be built from it.
 */
export function coverageComplete(response: DashboardAreasResponse): boolean {
  return response.coverageShown.ends === null || !response.coverageShown.trimmed;
}

/** The areas of the year's programme (else those the reports name), in the programme's order. */
function areasOf(response: DashboardAreasResponse, rows: readonly { covered: ReformAreaKey[]; missing: ReformAreaKey[] }[]): ReformAreaKey[] {
  return response.programme?.areas.map((a) => a.key) ?? [...new Set(rows.flatMap((report) => [...report.covered, ...report.missing]))];
}

/**
 * The reports of a period in the answer, in the API's order (those missing the most areas
 * first), each with the areas of `areas` it misses and its position in the whole list.
 */
function coverageRows(response: DashboardAreasResponse, periodId: string): { rows: CoverageRow[]; areas: ReformAreaKey[] } {
  const entries = response.coverage.flatMap((entry) =>
    entry.reports.filter((r) => r.periodId === periodId).map((report) => ({ agency: entry.agency, position: entry.position, report })),
  );
  const areas = areasOf(response, entries.map(({ report }) => report));
  const rows = entries
    .map(({ agency, position, report }) => ({ agency, position, reportId: report.reportId, missing: areas.filter((a) => report.missing.includes(a)) }))
    .sort((a, b) => a.position - b.position);
  return { rows, areas };
}

/**
 * Which reform areas each agency's report of a period covers with narrative (the areas answer is
 * asked for that period's coverage; a report of another period it may hold is left out): one bar
 * per agency made of one equal segment per area of the year's programme, in the area's colour
 * when covered and red when missing. The API lists the reports missing the most areas first, so
 * they stand out; a segment opens the agency's report. The last series draws nothing: it puts
 * the red of a missing area in the legend. Asked with `ends`, the answer sends only the first and
 * the last reports and those its search (`coverageShown.q`) finds, each with its position in the
 * whole list: a labelled gap stands for each run left out between them (`chartEntriesAt`).
 *
 * @example
 * coverageMatrix(areas2020, m9Id, texts).rows[0] // { agency: Sở Ngoại vụ, missing: ['APPARATUS'], … }
 */
export function coverageMatrix(response: DashboardAreasResponse, periodId: string, texts: CoverageTexts): CoverageMatrix {
  const { rows, areas } = coverageRows(response, periodId);
  const isMissing = (row: CoverageRow, area: ReformAreaKey): boolean => row.missing.includes(area);
  const found = agencySearch(response.coverageShown.q);
  const entries = chartEntriesAt(rows, response.coverageShown.total, (row) => row.position, (row) => found?.(row.agency) ?? false);
  // A gap draws no segment, opens nothing and has no tooltip of its own.
  const drawn = entries.map((entry) => (entry.kind === 'gap' ? null : entry.item));
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
    entries,
    marks: entries.map((entry) => (entry.kind === 'gap' ? 'gap' : entry.found ? 'found' : null)),
    data: {
      labels: entries.map((entry) => (entry.kind === 'gap' ? texts.between(entry.count) : texts.agencyName(entry.item.agency))),
      datasets: [
        ...datasets,
        { type: 'bar', label: texts.missing, data: drawn.map(() => 0), backgroundColor: MISSING_COLOUR, borderWidth: 0, stack: 'coverage' },
      ],
    },
    table: coverageComplete(response) ? tableOf(rows, areas, texts) : null,
    reportIds: [...areas.map(() => drawn.map((row) => row?.reportId ?? null)), drawn.map(() => null)],
    pointLabels: [
      ...areas.map((area) => drawn.map((row) => (row ? `${texts.areaName(area)}: ${isMissing(row, area) ? texts.missing : texts.covered}` : ''))),
      drawn.map(() => ''),
    ],
  };
}

/**
 * The coverage as a table (the chart's text alternative and its downloads): a row per report of
 * the period in the answer, in the API's order, a column per area and the number missing. Of an
 * answer asked without `ends`, every report.
 *
 * @example
 * coverageTable(areas2020, m9Id, texts).rows[0]?.cells // ['Sở Ngoại vụ', 'Có', 'Có', 'Thiếu', …, 1]
 */
export function coverageTable(response: DashboardAreasResponse, periodId: string, texts: CoverageTexts): DataTable {
  const { rows, areas } = coverageRows(response, periodId);
  return tableOf(rows, areas, texts);
}

/** The table of coverage rows: a column per area and the number missing. */
function tableOf(rows: readonly CoverageRow[], areas: readonly ReformAreaKey[], texts: CoverageTexts): DataTable {
  return {
    columns: [
      { header: texts.agency, kind: 'text' },
      ...areas.map((area) => ({ header: texts.areaName(area), kind: 'text' as const })),
      { header: texts.missingCount, kind: 'count' },
    ],
    rows: rows.map((row) => ({
      cells: [texts.agencyName(row.agency), ...areas.map((area) => (row.missing.includes(area) ? texts.missing : texts.covered)), row.missing.length],
      reportId: row.reportId,
    })),
  };
}
