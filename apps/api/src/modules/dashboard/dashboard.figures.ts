import {
  classifySubmission,
  sumDossierFigures,
  dossierRates,
  dossierTotals,
  programmeForYear,
  RATE_FIGURES,
  ReformAreaKeySchema,
  REPORTED_STATUSES,
  UNASSIGNED_AREA,
  type DashboardAreaActivity,
  type DashboardCellStatus,
  type DashboardDossierPoint,
  type DossierCounts,
  type DossierField,
  type RankingFigure,
  type ReformAreaKey,
  type ReportFigures,
  type ReportStatus,
  type ReportingPeriodDto,
} from '@cchc/domain';
import type { RankedFigures } from './dashboard.repository.js';

// The arithmetic of the dashboard, pure and tested on its own: the rules (rates, totals, missing
// areas, lateness) come from @cchc/domain; these functions only pick what each answer needs. They
// work on reports' figures (the domain's ReportFigures: what report_figure stores beside each
// report), never on the content itself.

const REPORTED: ReadonlySet<string> = new Set(REPORTED_STATUSES);

/** Submitted, returned or accepted: the report reached Home Affairs. A draft is not data yet. */
export function isReported(status: ReportStatus | DashboardCellStatus): boolean {
  return REPORTED.has(status);
}

/**
 * Whether a report handed in at `now` would be late, i.e. the deadline day (Vietnam time) is
 * over; the grace period does not move the deadline, it only grades lateness.
 */
export function isPastDeadline(now: Date, period: Pick<ReportingPeriodDto, 'deadline'>): boolean {
  return classifySubmission(now.toISOString(), { deadline: period.deadline }).timing !== 'ON_TIME';
}

/**
 * The dossier figures of one period pooled over some reports (one agency's, or the province's):
 * summed figures, their totals and the rates of the sum. Reports without dossier figures do not
 * count; with none left, figures and totals are null and every rate is null.
 */
export function dossierPoint(periodId: string, reports: readonly { id?: string; agencyId: string; figures: ReportFigures }[]): DashboardDossierPoint {
  return dossierPointOfSums(
    periodId,
    reports.map((r) => ({ reports: r.figures.dossier ? 1 : 0, figures: r.figures.dossier ?? sumDossierFigures([]), reportId: r.id ?? null })),
  );
}

/**
 * The same point from figures already summed (by the database, per agency or over the province):
 * the sums add up, and the totals and rates are those of the whole sum, as the domain defines them.
 */
export function dossierPointOfSums(
  periodId: string,
  sums: readonly { reports: number; figures: DossierCounts; reportId?: string | null }[],
): DashboardDossierPoint {
  const counted = sums.filter((sum) => sum.reports > 0);
  if (counted.length === 0) {
    return { periodId, reports: 0, figures: null, totals: null, rates: { onTimeRate: null, lateRate: null, onlineRate: null }, reportId: null };
  }
  const figures = sumDossierFigures(counted.map((sum) => sum.figures));
  const reports = counted.reduce((total, sum) => total + sum.reports, 0);
  return {
    periodId,
    reports,
    figures,
    totals: dossierTotals(figures),
    rates: dossierRates(figures),
    reportId: reports === 1 ? (counted[0]?.reportId ?? null) : null,
  };
}

/** A number a ranking can read of a report: a dossier figure, or a count of what the report lists. */
export type RankedField = DossierField | Exclude<keyof RankedFigures, 'dossier'>;

const RECEIVED: readonly DossierField[] = ['receivedOnline', 'receivedInPerson', 'receivedPostal'];
const RESOLVED: readonly DossierField[] = ['resolvedEarly', 'resolvedOnTime', 'resolvedLate'];

/**
 * What each ranking figure is computed from (reportFigure), so that a ranking reads only those
 * columns of thousands of reports: the dossier totals and rates as docs/domain.md §6 defines them,
 * and the counts themselves. A test proves each list complete: a report's value is the same with
 * every other field changed.
 */
export const RANKING_INPUTS: Readonly<Record<RankingFigure, readonly RankedField[]>> = {
  onTimeRate: RESOLVED,
  lateRate: ['resolvedLate', 'pendingOverdue', 'carriedOver', ...RECEIVED],
  onlineRate: RECEIVED,
  received: RECEIVED,
  toHandle: ['carriedOver', ...RECEIVED],
  resolved: RESOLVED,
  inProgress: ['pendingWithinTime', 'pendingOverdue'],
  plans: ['plans'],
  decisions: ['decisions'],
  trainings: ['trainings'],
  trainingParticipants: ['trainingParticipants'],
  inspections: ['inspectionsHeld'],
};

/**
 * One figure of one report, for a ranking: a dossier rate or total (null without dossier figures
 * or when the rate has nothing to rate), or a count of what the report lists.
 */
export function reportFigure(figures: RankedFigures, figure: RankingFigure): number | null {
  switch (figure) {
    case 'onTimeRate':
    case 'lateRate':
    case 'onlineRate':
      return figures.dossier ? dossierRates(figures.dossier)[figure] : null;
    case 'received':
    case 'toHandle':
    case 'resolved':
    case 'inProgress':
      return figures.dossier ? dossierTotals(figures.dossier)[figure] : null;
    case 'plans':
      return figures.plans;
    case 'decisions':
      return figures.decisions;
    case 'trainings':
      return figures.trainings;
    case 'trainingParticipants':
      return figures.trainingParticipants;
    case 'inspections':
      return figures.inspectionsHeld;
  }
}

/**
 * One figure of an agency over one or more of its reports (several when predecessors' reports
 * are folded into it): a dossier rate of the pooled figures, or the sum of a count or total;
 * null when no report has it. For one report it is that report's figure.
 *
 * @example
 * agencyFigure([{ ...figures, dossier: twoOfFourOnTime }, { ...figures, dossier: sixOfSixOnTime }], 'onTimeRate') // 0.8
 * agencyFigure([{ ...figures, plans: 2 }, { ...figures, plans: 1 }], 'plans') // 3
 */
export function agencyFigure(reports: readonly RankedFigures[], figure: RankingFigure): number | null {
  if (reports.length <= 1) return reports[0] ? reportFigure(reports[0], figure) : null;
  if ((RATE_FIGURES as readonly RankingFigure[]).includes(figure)) return provinceFigure(reports, figure).value;
  const values = reports.map((r) => reportFigure(r, figure)).filter((v): v is number => v !== null);
  return values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0);
}

export interface ProvinceFigure {
  method: 'POOLED' | 'MEAN';
  /** How many reports had a value. */
  agencies: number;
  value: number | null;
}

/**
 * The province value of a figure over several agencies' reports: a rate is the rate of the pooled
 * dossier figures (so agencies weigh by their dossiers), a count is the mean over the reports that
 * have it. Null when no report has the figure.
 *
 * @example
 * provinceFigure([{ ...figures, dossier: twoOfFourOnTime }, { ...figures, dossier: sixOfSixOnTime }], 'onTimeRate').value // 0.8
 */
export function provinceFigure(reports: readonly RankedFigures[], figure: RankingFigure): ProvinceFigure {
  if ((RATE_FIGURES as readonly RankingFigure[]).includes(figure)) {
    const dossiers: DossierCounts[] = [];
    for (const report of reports) if (report.dossier) dossiers.push(report.dossier);
    // The rates of the summed figures (the domain's aggregateDossier, without its count of agencies).
    const value = dossiers.length === 0 ? null : dossierRates(sumDossierFigures(dossiers))[figure as (typeof RATE_FIGURES)[number]];
    return { method: 'POOLED', agencies: dossiers.length, value };
  }
  const values = reports.map((r) => reportFigure(r, figure)).filter((v): v is number => v !== null);
  return {
    method: 'MEAN',
    agencies: values.length,
    value: values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length,
  };
}

/** The area keys of the programme in force in `year`, in its order (all keys outside 2011-2030). */
export function programmeAreaKeys(year: number): ReformAreaKey[] {
  return programmeForYear(year)?.areas.map((area) => area.key) ?? [...ReformAreaKeySchema.options];
}

/** What some reports list, summed: the shape the database's GROUP BY answers in (DashboardRepository.activitySums). */
export interface ActivityTotals {
  reports: number;
  plansByArea: Readonly<Record<string, number>>;
  decisions: number;
  inspectionsHeld: number;
  inspectionsPlanned: number;
  inspectionViolations: number;
  trainings: number;
  trainingParticipants: number;
}

/** Sums the figures of some reports into ActivityTotals. */
export function activityTotals(reports: readonly ReportFigures[]): ActivityTotals {
  const plansByArea: Record<string, number> = {};
  const totals = { reports: reports.length, plansByArea, decisions: 0, inspectionsHeld: 0, inspectionsPlanned: 0, inspectionViolations: 0, trainings: 0, trainingParticipants: 0 };
  for (const report of reports) {
    for (const [key, plans] of Object.entries(report.plansByArea)) plansByArea[key] = (plansByArea[key] ?? 0) + plans;
    totals.decisions += report.decisions;
    totals.inspectionsHeld += report.inspectionsHeld;
    totals.inspectionsPlanned += report.inspectionsPlanned;
    totals.inspectionViolations += report.inspectionViolations;
    totals.trainings += report.trainings;
    totals.trainingParticipants += report.trainingParticipants;
  }
  return totals;
}

/**
 * What the reports of one period list, summed: plans and decisions per reform area (those that
 * name none under UNASSIGNED; the domain's decisions carry no area, so all of them do), discipline
 * inspections held and planned with their violations, trainings and their participants. With
 * `areaKey`, only that area's plans and decisions. Plans of an area outside the year's programme
 * have no bucket and are not shown.
 */
export function areaActivity(periodId: string, year: number, totals: ActivityTotals, areaKey?: ReformAreaKey): DashboardAreaActivity {
  const buckets: DashboardAreaActivity['areas'][number]['areaKey'][] = areaKey ? [areaKey] : [...programmeAreaKeys(year), UNASSIGNED_AREA];
  return {
    periodId,
    reports: totals.reports,
    areas: buckets.map((key) => ({
      areaKey: key,
      plans: totals.plansByArea[key] ?? 0,
      decisions: key === UNASSIGNED_AREA ? totals.decisions : 0,
    })),
    inspections: { held: totals.inspectionsHeld, planned: totals.inspectionsPlanned, violations: totals.inspectionViolations },
    trainings: { courses: totals.trainings, participants: totals.trainingParticipants },
  };
}

/**
 * The areas of the year's programme a report covers with narrative and those it misses (as the
 * domain's missingAreas counts them), limited to `areaKey` when given.
 */
export function areaCoverage(
  coveredAreas: readonly ReformAreaKey[],
  year: number,
  areaKey?: ReformAreaKey,
): { covered: ReformAreaKey[]; missing: ReformAreaKey[] } {
  const covered = new Set(coveredAreas);
  const keys = coverageAreaKeys(year, areaKey);
  return { covered: keys.filter((key) => covered.has(key)), missing: keys.filter((key) => !covered.has(key)) };
}

/** The areas of the year's programme a report's coverage is judged on: all, or only `areaKey`. */
export function coverageAreaKeys(year: number, areaKey?: ReformAreaKey): ReformAreaKey[] {
  return (programmeForYear(year)?.areas.map((area) => area.key) ?? []).filter((key) => !areaKey || key === areaKey);
}

/**
 * The period before `period` of the same kind (last year's for a standard kind, the previous ad
 * hoc one for an ad hoc period), among `periods`; null when there is none.
 */
export function previousPeriodOf<T extends Pick<ReportingPeriodDto, 'id' | 'kind' | 'windowFrom' | 'windowTo'>>(
  period: T,
  periods: readonly T[],
): T | null {
  const earlier = periods.filter(
    (p) => p.id !== period.id && p.kind === period.kind && (p.windowTo < period.windowTo || (p.windowTo === period.windowTo && p.windowFrom < period.windowFrom)),
  );
  return earlier.reduce<T | null>((latest, p) => (latest === null || p.windowTo > latest.windowTo ? p : latest), null);
}
