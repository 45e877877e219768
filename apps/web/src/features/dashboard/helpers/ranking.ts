import { RATE_FIGURES, type DashboardCellStatus, type DashboardRankingResponse, type RankingFigure } from '@cchc/domain';
import type { CategoryMark, ChartModel } from '../../../shared/charts/bar-chart-data.js';
import type { ColumnKind, DataColumn } from '../../../shared/charts/data-table.js';
import { topAndBottom, type Extremes } from './chart-extremes.js';
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

/** A ranking chart, and which of the agencies with a value it draws. */
export interface RankingChart extends ChartModel {
  shown: Extremes<RankingRow>;
  marks: CategoryMark[];
}

/** A rate reads as a percentage; a count may have decimals once averaged over the province. */
export function figureKind(figure: RankingFigure): ColumnKind {
  return (RATE_FIGURES as readonly RankingFigure[]).includes(figure) ? 'rate' : 'number';
}

/**
 * Agencies of a period ranked by a figure, best first (as the API orders them): one bar per
 * agency with a value, coloured by whether it is as good as the province or worse, and the
 * province value marked across the bars by a line series. A bar opens the agency's report. With
 * many agencies only the best and the worst ten are drawn, those between standing as one labelled
 * gap, plus the agencies the reviewer searched for (`matches`) in their place (see
 * `topAndBottom`). The table lists every agency, the unranked ones (no report, no figures) last,
 * then the province, with the previous period's value and the change when there is a previous
 * period.
 *
 * @example
 * rankingChart(onTimeM9of2020, texts).data.datasets.map((d) => d.type) // ['bar', 'line']
 */
export function rankingChart(
  response: DashboardRankingResponse,
  texts: RankingTexts,
  matches: ((agency: RankingRow['agency']) => boolean) | null = null,
): RankingChart {
  const withValue = response.rows.filter((row): row is RankingRow & { value: number } => row.value !== null);
  const shown = topAndBottom<RankingRow>(withValue, { matches: matches && ((row) => matches(row.agency)) });
  const drawn = shown.entries;
  const province = response.province.value;
  const asGood = (value: number): boolean =>
    province === null || (response.order === 'desc' ? value >= province - 1e-9 : value <= province + 1e-9);
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

  const valueOf = (entry: (typeof drawn)[number]): number | null => (entry.kind === 'gap' ? null : entry.item.value);
  return {
    shown,
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
    table: {
      columns,
      rows: [
        ...response.rows.map((row) => ({
          cells: line(row.rank, restatedName(row, texts), row.value, row.previous, row.change, texts.statusName(row.status)),
          reportId: row.reportId,
        })),
        { cells: line(null, texts.province, province, response.province.previous, response.province.change, null) },
      ],
    },
    reportIds: [
      drawn.map((entry) => (entry.kind === 'gap' ? null : entry.item.reportId)),
      ...(province === null || drawn.length === 0 ? [] : [drawn.map(() => null)]),
    ],
  };
}
