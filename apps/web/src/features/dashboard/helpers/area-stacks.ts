import type { DashboardAreasResponse, ReformAreaKey, ReportingPeriodDto, UNASSIGNED_AREA } from '@cchc/domain';
import type { ChartDataset, ChartModel } from '../../../shared/charts/bar-chart-data.js';
import { AREA_COLOURS } from './palette.js';

export type AreaBucket = ReformAreaKey | typeof UNASSIGNED_AREA;

export interface AreaStacksTexts {
  period: string;
  area: string;
  plans: string;
  decisions: string;
  periodName: (period: ReportingPeriodDto) => string;
  /** The name of a reform area, or of the bucket of documents that name none. */
  areaName: (area: AreaBucket) => string;
}

const KINDS = ['plans', 'decisions'] as const;

/**
 * Plans and decisions issued per reform area across the periods of a year, as two stacks per
 * period (plans, decisions), one colour per area. Series that are zero in every period are left
 * out (the domain's decisions carry no area, so they all stack as one series); the table keeps
 * every area of the programme, one line per period and area.
 *
 * @example
 * areaStacks(areas2020, texts).data.datasets[0] // { label: 'Kế hoạch · Cải cách thể chế', stack: 'plans', data: [7, 7, 13, 18] }
 */
export function areaStacks(response: DashboardAreasResponse, texts: AreaStacksTexts): ChartModel {
  const buckets: AreaBucket[] = [
    ...(response.programme?.areas.map((a) => a.key) ?? []),
    ...response.activity.flatMap((a) => a.areas.map((x) => x.areaKey)),
  ].filter((key, index, all) => all.indexOf(key) === index);
  const countOf = (periodId: string, bucket: AreaBucket, kind: (typeof KINDS)[number]): number =>
    response.activity.find((a) => a.periodId === periodId)?.areas.find((x) => x.areaKey === bucket)?.[kind] ?? 0;

  const datasets = KINDS.flatMap((kind) =>
    buckets.map(
      (bucket): ChartDataset<number | null> => ({
        type: 'bar',
        label: `${texts[kind]} · ${texts.areaName(bucket)}`,
        data: response.periods.map((p) => countOf(p.id, bucket, kind)),
        backgroundColor: kind === 'plans' ? AREA_COLOURS[bucket] : `${AREA_COLOURS[bucket]}99`,
        borderColor: AREA_COLOURS[bucket],
        borderWidth: kind === 'plans' ? 0 : 1,
        stack: kind,
      }),
    ),
  ).filter((dataset) => dataset.data.some((value) => (value ?? 0) > 0));

  return {
    data: { labels: response.periods.map(texts.periodName), datasets },
    table: {
      columns: [
        { header: texts.period, kind: 'text' },
        { header: texts.area, kind: 'text' },
        { header: texts.plans, kind: 'count' },
        { header: texts.decisions, kind: 'count' },
      ],
      rows: response.periods.flatMap((p) =>
        buckets.map((bucket) => ({
          cells: [texts.periodName(p), texts.areaName(bucket), countOf(p.id, bucket, 'plans'), countOf(p.id, bucket, 'decisions')],
        })),
      ),
    },
    reportIds: datasets.map((d) => d.data.map(() => null)),
  };
}
