import {
  aggregateDossier,
  classifySubmission,
  dossierRates,
  dossierTotals,
  missingAreas,
  programmeForYear,
  RATE_FIGURES,
  ReformAreaKeySchema,
  REPORTED_STATUSES,
  UNASSIGNED_AREA,
  type DashboardAreaActivity,
  type DashboardCellStatus,
  type DashboardDossierPoint,
  type DashboardKeyFiguresSchema,
  type Decision,
  type DisciplineInspection,
  type DossierFigures,
  type Plan,
  type RankingFigure,
  type ReformAreaKey,
  type ReportSection,
  type ReportStatus,
  type ReportingPeriodDto,
  type Training,
} from '@cchc/domain';
import type { z } from 'zod';

// The arithmetic of the dashboard, pure and tested on its own: the rules (rates, totals, missing
// areas, lateness) come from @cchc/domain; these functions only pick what each answer needs.

/** The parts of a report's content the dashboard reads. */
export interface DashboardReportParts {
  dossier: DossierFigures | null;
  sections: Pick<ReportSection, 'kind' | 'areaKey' | 'narrative'>[];
  plans: Pick<Plan, 'areaKey'>[];
  decisions: Decision[];
  trainings: Pick<Training, 'participants'>[];
  inspections: Pick<DisciplineInspection, 'heldOn' | 'violations'>[];
}

export type DashboardKeyFigures = z.infer<typeof DashboardKeyFiguresSchema>;

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

/** The board's key figures of one report's dossier. */
export function keyFigures(dossier: DossierFigures): DashboardKeyFigures {
  return { received: dossierTotals(dossier).received, ...dossierRates(dossier) };
}

/**
 * The dossier figures of one period pooled over some reports (one agency's, or the province's):
 * summed figures, their totals and the rates of the sum. Reports without dossier figures do not
 * count; with none left, figures and totals are null and every rate is null.
 */
export function dossierPoint(periodId: string, reports: readonly { agencyId: string; parts: DashboardReportParts }[]): DashboardDossierPoint {
  const rows = reports.flatMap((r) => (r.parts.dossier ? [{ agencyId: r.agencyId, figures: r.parts.dossier }] : []));
  if (rows.length === 0) {
    return { periodId, reports: 0, figures: null, totals: null, rates: { onTimeRate: null, lateRate: null, onlineRate: null } };
  }
  const aggregate = aggregateDossier(rows);
  return { periodId, reports: rows.length, figures: aggregate.figures, totals: aggregate.totals, rates: aggregate.rates };
}

/**
 * One figure of one report, for a ranking: a dossier rate or total (null without dossier figures
 * or when the rate has nothing to rate), or a count of what the report lists.
 */
export function reportFigure(parts: DashboardReportParts, figure: RankingFigure): number | null {
  switch (figure) {
    case 'onTimeRate':
    case 'lateRate':
    case 'onlineRate':
      return parts.dossier ? dossierRates(parts.dossier)[figure] : null;
    case 'received':
    case 'toHandle':
    case 'resolved':
    case 'inProgress':
      return parts.dossier ? dossierTotals(parts.dossier)[figure] : null;
    case 'plans':
      return parts.plans.length;
    case 'decisions':
      return parts.decisions.length;
    case 'trainings':
      return parts.trainings.length;
    case 'trainingParticipants':
      return parts.trainings.reduce((sum, t) => sum + (t.participants ?? 0), 0);
    case 'inspections':
      return heldInspections(parts.inspections);
  }
}

/**
 * One figure of an agency over one or more of its reports (several when predecessors' reports
 * are folded into it): a dossier rate of the pooled figures, or the sum of a count or total;
 * null when no report has it. For one report it is that report's figure.
 *
 * @example
 * agencyFigure([{ ...parts, dossier: twoOfFourOnTime }, { ...parts, dossier: sixOfSixOnTime }], 'onTimeRate') // 0.8
 * agencyFigure([{ ...parts, plans: [a, b] }, { ...parts, plans: [c] }], 'plans') // 3
 */
export function agencyFigure(reports: readonly DashboardReportParts[], figure: RankingFigure): number | null {
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
 * provinceFigure([{ ...parts, dossier: twoOfFourOnTime }, { ...parts, dossier: sixOfSixOnTime }], 'onTimeRate').value // 0.8
 */
export function provinceFigure(reports: readonly DashboardReportParts[], figure: RankingFigure): ProvinceFigure {
  if ((RATE_FIGURES as readonly RankingFigure[]).includes(figure)) {
    const withFigures = reports.flatMap((r, index) => (r.dossier ? [{ agencyId: String(index), figures: r.dossier }] : []));
    const value = withFigures.length === 0 ? null : aggregateDossier(withFigures).rates[figure as (typeof RATE_FIGURES)[number]];
    return { method: 'POOLED', agencies: withFigures.length, value };
  }
  const values = reports.map((r) => reportFigure(r, figure)).filter((v): v is number => v !== null);
  return {
    method: 'MEAN',
    agencies: values.length,
    value: values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length,
  };
}

const heldInspections = (inspections: DashboardReportParts['inspections']): number => inspections.filter((i) => i.heldOn !== null).length;

/** The area keys of the programme in force in `year`, in its order (all keys outside 2011-2030). */
export function programmeAreaKeys(year: number): ReformAreaKey[] {
  return programmeForYear(year)?.areas.map((area) => area.key) ?? [...ReformAreaKeySchema.options];
}

/**
 * What the reports of one period list, summed: plans and decisions per reform area (those that
 * name none under UNASSIGNED; the domain's decisions carry no area, so all of them do), discipline
 * inspections held and planned with their violations, trainings and their participants. With
 * `areaKey`, only that area's plans and decisions.
 */
export function areaActivity(
  periodId: string,
  year: number,
  reports: readonly DashboardReportParts[],
  areaKey?: ReformAreaKey,
): DashboardAreaActivity {
  const buckets: DashboardAreaActivity['areas'][number]['areaKey'][] = areaKey ? [areaKey] : [...programmeAreaKeys(year), UNASSIGNED_AREA];
  const areas = buckets.map((key) => ({ areaKey: key, plans: 0, decisions: 0 }));
  const bucket = (key: ReformAreaKey | null) => areas.find((a) => a.areaKey === (key ?? UNASSIGNED_AREA));
  const activity: DashboardAreaActivity = {
    periodId,
    reports: reports.length,
    areas,
    inspections: { held: 0, planned: 0, violations: 0 },
    trainings: { courses: 0, participants: 0 },
  };
  for (const report of reports) {
    for (const plan of report.plans) {
      const target = bucket(plan.areaKey);
      if (target) target.plans += 1;
    }
    const decisions = bucket(null);
    if (decisions) decisions.decisions += report.decisions.length;
    const held = heldInspections(report.inspections);
    activity.inspections.held += held;
    activity.inspections.planned += report.inspections.length - held;
    activity.inspections.violations += report.inspections.reduce((sum, i) => sum + i.violations, 0);
    activity.trainings.courses += report.trainings.length;
    activity.trainings.participants += reportFigure(report, 'trainingParticipants') ?? 0;
  }
  return activity;
}

/**
 * The areas of the year's programme a report covers with narrative and those it misses (the
 * domain's missingAreas), limited to `areaKey` when given.
 */
export function areaCoverage(
  sections: DashboardReportParts['sections'],
  year: number,
  areaKey?: ReformAreaKey,
): { covered: ReformAreaKey[]; missing: ReformAreaKey[] } {
  const missing = new Set(missingAreas(sections, year).map((area) => area.key));
  const keys = (programmeForYear(year)?.areas.map((area) => area.key) ?? []).filter((key) => !areaKey || key === areaKey);
  return { covered: keys.filter((key) => !missing.has(key)), missing: keys.filter((key) => missing.has(key)) };
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
