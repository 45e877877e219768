import {
  agencySearch,
  chartEntriesAt,
  RATE_FIGURES,
  type ChartEntry,
  type DashboardCellStatus,
  type DashboardRankingResponse,
  type RankingFigure,
} from '@cchc/domain';
import type { CategoryMark, ChartModel } from '../../../shared/charts/bar-chart-data.js';
import type { ColumnKind, DataColumn, DataTable } from '../../../shared/charts/data-table.js';
import { BETTER_COLOUR, PROVINCE_COLOUR, WORSE_COLOUR } from './palette.js';
import { restatedName, type RestatedNameTexts } from './restated-name.js';

export interface RankingTexts extends RestatedNameTexts {
  rank: string;
  agency: string;
  /** The figure ranked by, e.g. 'Tỷ lệ hồ sơ đúng hạn'. */
  figure: string;
  previous: string;
  change: string;
  status: string;
  /** The province's mark, e.g. 'Toàn tỉnh' (a pooled rate) or 'Bình quân tỉnh' (a mean count). */
  province: string;
  statusName: (status: DashboardCellStatus) => string;
  /** The label of the agencies left out between the best and the worst, e.g. '··· 3.980 cơ quan, đơn vị ở giữa ···'. */
  between: (count: number) => string;
}

type RankingRow = DashboardRankingResponse['rows'][number];

/**
 * A ranking chart: what it draws (the bars of the agencies with a value the answer sends, with the
 * gaps between them), and its table when the answer holds every agency (else null: the table is
 * fetched whole, `rankingTable` of the answer asked without `ends`).
 */
export interface RankingChart extends Omit<ChartModel, 'table'> {
  entries: ChartEntry<RankingRow>[];
  marks: CategoryMark[];
  table: DataTable | null;
}

/** A rate reads as a percentage; a count may have decimals once averaged over the province. */
export function figureKind(figure: RankingFigure): ColumnKind {
  return (RATE_FIGURES as readonly RankingFigure[]).includes(figure) ? 'rate' : 'number';
}

/**
 * The answer holds every agency of the ranking: asked without `ends`, or with it but nothing left
 * out (no agency between the ends, none without a value). Its table can then be built from it.
 */
export function rankingComplete(response: DashboardRankingResponse): boolean {
  return response.shown.ends === null || (!response.shown.trimmed && response.shown.unranked === 0);
}

/**
 * Agencies of a period ranked by a figure, best first (as the API orders them): one bar per
 * agency with a value the answer sends, coloured by whether it is as good as the province or
 * worse, and the province value marked across the bars by a line series. A bar opens the
 * agency's report. Asked with `ends`, the answer sends only the best and the worst agencies and
 * those its search (`shown.q`) finds, each with its position in the whole ranking: the agencies
 * left out between them stand as one labelled gap per run (`chartEntriesAt`), the ones found are
 * marked. The table (see `rankingTable`) comes with the chart when the answer is complete.
 *
 * @example
 * rankingChart(onTimeM9of2020, texts).data.datasets.map((d) => d.type) // ['bar', 'line']
 */
export function rankingChart(response: DashboardRankingResponse, texts: RankingTexts): RankingChart {
  const withValue = response.rows.filter((row) => row.value !== null);
  const found = agencySearch(response.shown.q);
  const drawn = chartEntriesAt(withValue, response.shown.total, (row) => row.position, (row) => found?.(row.agency) ?? false);
  const province = response.province.value;
  const asGood = (value: number): boolean =>
    province === null || (response.order === 'desc' ? value >= province - 1e-9 : value <= province + 1e-9);

  const valueOf = (entry: (typeof drawn)[number]): number | null => (entry.kind === 'gap' ? null : entry.item.value);
  return {
    entries: drawn,
    marks: drawn.map((entry) => (entry.kind === 'gap' ? 'gap' : entry.found ? 'found' : null)),
    data: {
      labels: drawn.map((entry) => (entry.kind === 'gap' ? texts.between(entry.count) : restatedName(entry.item, texts))),
      datasets: [
        {
          type: 'bar',
          label: texts.figure,
          data: drawn.map(valueOf),
          backgroundColor: drawn.map((entry) => {
            const value = valueOf(entry);
            return value === null || asGood(value) ? BETTER_COLOUR : WORSE_COLOUR;
          }),
          legendColor: BETTER_COLOUR,
          order: 1,
        },
        ...(province === null || drawn.length === 0
          ? []
          : [
              {
                type: 'line' as const,
                label: texts.province,
                data: drawn.map(() => province),
                borderColor: PROVINCE_COLOUR,
                backgroundColor: PROVINCE_COLOUR,
                borderWidth: 2,
                borderDash: [6, 4],
                pointRadius: 0,
                pointHoverRadius: 0,
                order: 0,
              },
            ]),
      ],
    },
    table: rankingComplete(response) ? rankingTable(response, texts) : null,
    reportIds: [
      drawn.map((entry) => (entry.kind === 'gap' ? null : entry.item.reportId)),
      ...(province === null || drawn.length === 0 ? [] : [drawn.map(() => null)]),
    ],
  };
}

/**
 * The ranking as a table (the chart's text alternative and its downloads): every row of the
 * answer in its order, the unranked ones (no report, no figures) last, then the province, with
 * the previous period's value and the change when there is a previous period. Of an answer asked
 * without `ends`, every agency.
 *
 * @example
 * rankingTable(onTimeM9of2020, texts).rows.at(-1)?.cells[1] // 'Toàn tỉnh'
 */
export function rankingTable(response: DashboardRankingResponse, texts: RankingTexts): DataTable {
  const kind = figureKind(response.figure);
  const withPrevious = response.previousPeriod !== null;
  const columns: DataColumn[] = [
    { header: texts.rank, kind: 'count' },
    { header: texts.agency, kind: 'text' },
    { header: texts.figure, kind },
    ...(withPrevious ? [{ header: texts.previous, kind }, { header: texts.change, kind, signed: true }] : []),
    { header: texts.status, kind: 'text' },
  ];
  const line = (rank: number | null, name: string, value: number | null, previous: number | null, change: number | null, status: string | null) => [
    rank,
    name,
    value,
    ...(withPrevious ? [previous, change] : []),
    status,
  ];
  const rows = [...response.rows].sort((a, b) => a.position - b.position);
  return {
    columns,
    rows: [
      ...rows.map((row) => ({
        cells: line(row.rank, restatedName(row, texts), row.value, row.previous, row.change, texts.statusName(row.status)),
        reportId: row.reportId,
      })),
      { cells: line(null, texts.province, response.province.value, response.province.previous, response.province.change, null) },
    ],
  };
}
