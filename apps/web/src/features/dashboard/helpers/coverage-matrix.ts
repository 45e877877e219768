import type { DashboardAgency, DashboardAreasResponse, ReformAreaKey } from '@cchc/domain';
import type { ChartDataset, ChartModel } from '../../../shared/charts/bar-chart-data.js';
import { AREA_COLOURS, MISSING_COLOUR } from './palette.js';

export interface CoverageTexts {
  agency: string;
  missingCount: string;
  covered: string;
  missing: string;
  agencyName: (agency: DashboardAgency) => string;
  areaName: (area: ReformAreaKey) => string;
}

export interface CoverageRow {
  agency: DashboardAgency;
  reportId: string;
  missing: ReformAreaKey[];
}

/**
 * Which reform areas each agency's report of a period covers with narrative: one bar per agency
 * made of one equal segment per area of the year's programme, in the area's colour when covered
 * and red when missing. Agencies with missing areas come first (most missing first), so they
 * stand out; a segment opens the agency's report. The last series draws nothing: it puts the red
 * of a missing area in the legend.
 *
 * @example
 * coverageMatrix(areas2020, m9Id, texts).rows[0] // { agency: Sở Ngoại vụ, missing: ['APPARATUS'] }
 */
export function coverageMatrix(response: DashboardAreasResponse, periodId: string, texts: CoverageTexts): ChartModel & { rows: CoverageRow[] } {
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
  const datasets: ChartDataset<number | null>[] = areas.map((area) => ({
    type: 'bar',
    label: texts.areaName(area),
    data: rows.map(() => 1),
    backgroundColor: rows.map((row) => (isMissing(row, area) ? MISSING_COLOUR : AREA_COLOURS[area])),
    legendColor: AREA_COLOURS[area],
    borderColor: '#ffffff',
    borderWidth: 1,
    stack: 'coverage',
  }));

  return {
    rows,
    data: {
      labels: rows.map((row) => texts.agencyName(row.agency)),
      datasets: [
        ...datasets,
        { type: 'bar', label: texts.missing, data: rows.map(() => 0), backgroundColor: MISSING_COLOUR, borderWidth: 0, stack: 'coverage' },
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
    reportIds: [...areas.map(() => rows.map((row) => row.reportId)), rows.map(() => null)],
    pointLabels: [
      ...areas.map((area) => rows.map((row) => `${texts.areaName(area)}: ${isMissing(row, area) ? texts.missing : texts.covered}`)),
      rows.map(() => ''),
    ],
  };
}
