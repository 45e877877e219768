import type { DashboardAgency, DashboardDossierPoint, DashboardDossierResponse, ReportingPeriodDto } from '@cchc/domain';
import type { ChartDataset, ChartModel } from '../../../shared/charts/bar-chart-data.js';
import { PROVINCE_COLOUR, agencyColour } from './palette.js';
import { restatedName, type RestatedNameTexts } from './restated-name.js';

/** The dossier rates charted across the periods of a year (docs/domain.md §6). */
export type DossierRate = 'onTimeRate' | 'onlineRate';

export interface RateSeriesTexts extends RestatedNameTexts {
  period: string;
  periodName: (period: ReportingPeriodDto) => string;
  province: string;
  /** The name of a charted agency without a rate in any period, e.g. 'Sở Tư pháp (chưa có số liệu)'. */
  noFigures: (name: string) => string;
}

type DossierEntry = DashboardDossierResponse['agencies'][number];

/**
 * The agencies charted beside the province, each with its colour's place: the answer's own (the
 * busiest, which the API chose) when nothing is picked (null); else the picked ones in the order
 * picked, each with its series in the answer, or the series it was folded into when history is
 * restated (once, however many of the picks were folded into it), or none (a picked agency
 * without figures).
 */
function chartedEntries(
  response: DashboardDossierResponse,
  picked: readonly DashboardAgency[] | null,
): { agency: DashboardAgency; entry: DossierEntry | null; colour: number }[] {
  if (picked === null) return response.agencies.map((entry, colour) => ({ agency: entry.agency, entry, colour }));
  const used = new Set<DossierEntry>();
  return picked.flatMap((agency, colour) => {
    const entry =
      response.agencies.find((e) => e.agency.id === agency.id) ?? response.agencies.find((e) => e.restatedFrom.some((r) => r.id === agency.id)) ?? null;
    if (entry && used.has(entry)) return [];
    if (entry) used.add(entry);
    return [{ agency, entry, colour }];
  });
}

/**
 * One dossier rate across the periods of a year: the province's line (the rate of its pooled
 * figures), then one line per charted agency: the answer's agencies (the busiest) when nothing is
 * picked, else the picked ones in the order picked, in the colour of their place among the picks.
 * A period without figures leaves a gap (null); an agency without figures in any period keeps its
 * place in the legend and the table, named as such, with no line. A point of an agency opens the
 * report it comes from (`reportId`, when one report makes it: not a point restated from several
 * agencies).
 *
 * @example
 * rateSeries(dossier2020, 'onTimeRate', [sngv], texts).data.datasets.map((d) => d.label)
 * // ['Toàn tỉnh', 'Sở Ngoại vụ']
 */
export function rateSeries(
  response: DashboardDossierResponse,
  rate: DossierRate,
  picked: readonly DashboardAgency[] | null,
  texts: RateSeriesTexts,
): ChartModel {
  const pointsOf = (points: DashboardDossierPoint[]): (DashboardDossierPoint | undefined)[] =>
    response.periods.map((p) => points.find((point) => point.periodId === p.id));
  const valuesOf = (points: DashboardDossierPoint[]): (number | null)[] => pointsOf(points).map((point) => point?.rates[rate] ?? null);
  const province = valuesOf(response.province);
  const agencies = chartedEntries(response, picked).map(({ agency, entry, colour }) => {
    const values = entry ? valuesOf(entry.points) : response.periods.map(() => null);
    const name = entry ? restatedName(entry, texts) : texts.agencyName(agency);
    return {
      label: values.every((value) => value === null) ? texts.noFigures(name) : name,
      colour,
      values,
      reportIds: entry ? pointsOf(entry.points).map((point) => point?.reportId ?? null) : values.map(() => null),
    };
  });

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
        ...agencies.map(({ label, values, colour }) => ({ ...line(label, values, agencyColour(colour), 2), order: 1 })),
      ],
    },
    table: {
      columns: [
        { header: texts.period, kind: 'text' },
        { header: texts.province, kind: 'rate' },
        ...agencies.map(({ label }) => ({ header: label, kind: 'rate' as const })),
      ],
      rows: response.periods.map((p, index) => ({
        cells: [texts.periodName(p), province[index] ?? null, ...agencies.map(({ values }) => values[index] ?? null)],
      })),
    },
    reportIds: [
      response.periods.map(() => null),
      ...agencies.map(({ values, reportIds }) => reportIds.map((reportId, index) => (values[index] === null ? null : reportId))),
    ],
  };
}
