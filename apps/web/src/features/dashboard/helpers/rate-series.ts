import type { DashboardDossierResponse, ReportingPeriodDto } from '@cchc/domain';
import type { ChartDataset, ChartModel } from '../../../shared/charts/bar-chart-data.js';
import { PROVINCE_COLOUR, agencyColour } from './palette.js';
import { restatedName, type RestatedNameTexts } from './restated-name.js';

/** The dossier rates charted across the periods of a year (docs/domain.md §6). */
export type DossierRate = 'onTimeRate' | 'onlineRate';

export interface RateSeriesTexts extends RestatedNameTexts {
  period: string;
  periodName: (period: ReportingPeriodDto) => string;
  province: string;
}

/**
 * One dossier rate across the periods of a year: the province's line (the rate of its pooled
 * figures), then one line per picked agency, in the order picked. A period without figures
 * leaves a gap (null). A point of an agency opens that agency's report of the period.
 *
 * @example
 * rateSeries(dossier2020, 'onTimeRate', [sngvId], texts, lookup).data.datasets.map((d) => d.label)
 * // ['Toàn tỉnh', 'Sở Ngoại vụ']
 */
export function rateSeries(
  response: DashboardDossierResponse,
  rate: DossierRate,
  pickedAgencyIds: readonly string[],
  texts: RateSeriesTexts,
  reportOf: (agencyId: string, periodId: string) => string | null,
): ChartModel {
  const picked = pickedAgencyIds.flatMap((id) => response.agencies.filter((a) => a.agency.id === id));
  const valuesOf = (points: DashboardDossierResponse['province']): (number | null)[] =>
    response.periods.map((p) => points.find((point) => point.periodId === p.id)?.rates[rate] ?? null);
  const province = valuesOf(response.province);
  const agencies = picked.map((entry) => ({ entry, values: valuesOf(entry.points) }));

  const line = (label: string, data: (number | null)[], colour: string, width: number): ChartDataset<number | null> => ({
    type: 'line',
    label,
    data,
    borderColor: colour,
    backgroundColor: colour,
    borderWidth: width,
    pointRadius: width + 1,
    pointHoverRadius: width + 3,
    spanGaps: true,
  });

  return {
    data: {
      labels: response.periods.map(texts.periodName),
      datasets: [
        { ...line(texts.province, province, PROVINCE_COLOUR, 3), order: 0 },
        ...agencies.map(({ entry, values }, index) => ({ ...line(restatedName(entry, texts), values, agencyColour(index), 2), order: 1 })),
      ],
    },
    table: {
      columns: [
        { header: texts.period, kind: 'text' },
        { header: texts.province, kind: 'rate' },
        ...agencies.map(({ entry }) => ({ header: restatedName(entry, texts), kind: 'rate' as const })),
      ],
      rows: response.periods.map((p, index) => ({
        cells: [texts.periodName(p), province[index] ?? null, ...agencies.map(({ values }) => values[index] ?? null)],
      })),
    },
    reportIds: [
      response.periods.map(() => null),
      ...agencies.map(({ entry, values }) =>
        response.periods.map((p, index) => (values[index] === null ? null : reportOf(entry.agency.id, p.id))),
      ),
    ],
  };
}

/**
 * The agencies to chart before a reviewer picks any: those that received the most dossiers over
 * the year (the figures that weigh most in the province's rates), at most `count`.
 *
 * @example
 * defaultPickedAgencies(dossier2020, 3) // the ids of the three busiest agencies
 */
export function defaultPickedAgencies(response: DashboardDossierResponse, count = 3): string[] {
  return response.agencies
    .map((entry) => ({ id: entry.agency.id, code: entry.agency.code, received: entry.points.reduce((sum, p) => sum + (p.totals?.received ?? 0), 0) }))
    .filter((entry) => entry.received > 0)
    .sort((a, b) => b.received - a.received || a.code.localeCompare(b.code))
    .slice(0, count)
    .map((entry) => entry.id);
}
