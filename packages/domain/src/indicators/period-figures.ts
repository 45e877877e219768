import type { AgencyKind } from '../agencies/agency-kind.js';
import { agencyLevel, type AgencyLevel } from '../agencies/agency-level.js';
import type { Report } from '../reports/report.schema.js';
import type { ReportStatus } from '../reports/report-status.js';
import { aggregateIndicators, type IndicatorAggregate } from './aggregate-indicators.js';
import { deriveIndicatorValues, type AgencyIndicatorValue } from './derive-indicator-values.js';
import type { IndicatorSet } from './indicator.js';

/** An agency as the figures table lists it. */
export interface FiguresAgency {
  id: string;
  kind: AgencyKind;
}

/** A report of the period as the figures table reads it. */
export interface FiguresReport {
  id: string;
  agencyId: string;
  status: ReportStatus;
  /** Needed only for a submitted or accepted report; a draft's may be left out (null). */
  content: Report | null;
}

/** Whose values a row shows: an accepted report counts; a submitted one shows apart unless included. */
export type FiguresRowStatus = ReportStatus | 'MISSING';

export interface FiguresRow {
  agencyId: string;
  level: AgencyLevel;
  status: FiguresRowStatus;
  /** Whether the agency was expected to report in the period (false: it reported anyway). */
  expected: boolean;
  reportId: string | null;
  /** Whether its values are in the province's totals. */
  counted: boolean;
  /**
   * The agency's values, for a report Home Affairs has (submitted or accepted); null for a draft,
   * a report returned for correction, or no report (what the agency is still writing is its own).
   */
  values: AgencyIndicatorValue[] | null;
}

export interface PeriodFigures {
  rows: FiguresRow[];
  /** The province's values (all levels together), each by level where the indicator asks. */
  totals: IndicatorAggregate[];
}

/** Statuses whose content Home Affairs holds as sent: the values show. */
const SHOWN: readonly ReportStatus[] = ['SUBMITTED', 'ACCEPTED'];

/**
 * All agencies' indicator values for one period, and the province's totals (docs/domain.md §12):
 * one row per expected agency (in `agencies` order), then any agency that reported without being
 * expected. Accepted reports count; submitted ones not yet accepted show their values apart, and
 * count only with `includeSubmitted`; drafts, returned reports and missing ones show their status
 * with no values. Rows and totals use the same derivation, so a row and the total it went into
 * never disagree. Without a set in force (before 2021) the rows keep their statuses and there are
 * no values or totals.
 */
export function periodFigures(
  set: IndicatorSet | null,
  input: { expected: readonly FiguresAgency[]; others?: readonly FiguresAgency[]; reports: readonly FiguresReport[]; includeSubmitted?: boolean },
): PeriodFigures {
  const reportOf = new Map(input.reports.map((report) => [report.agencyId, report]));
  const counts = (status: FiguresRowStatus): boolean => status === 'ACCEPTED' || (input.includeSubmitted === true && status === 'SUBMITTED');
  const row = (agency: FiguresAgency & { level: AgencyLevel }, expected: boolean): FiguresRow => {
    const report = reportOf.get(agency.id);
    const status: FiguresRowStatus = report?.status ?? 'MISSING';
    const content = report !== undefined && SHOWN.includes(report.status) ? report.content : null;
    const shown = content !== null;
    return {
      agencyId: agency.id,
      level: agency.level,
      status,
      expected,
      reportId: report?.id ?? null,
      counted: shown && counts(status),
      values: content === null ? null : set ? deriveIndicatorValues(content, set) : [],
    };
  };
  // The province compiles; it has no level and no row of its own.
  const reporters = (agencies: readonly FiguresAgency[]) =>
    agencies.flatMap((agency) => {
      const level = agencyLevel(agency.kind);
      return level === null ? [] : [{ ...agency, level }];
    });
  const expectedIds = new Set(input.expected.map((agency) => agency.id));
  const rows = [
    ...reporters(input.expected).map((agency) => row(agency, true)),
    ...reporters(input.others ?? []).filter((agency) => !expectedIds.has(agency.id) && reportOf.has(agency.id)).map((agency) => row(agency, false)),
  ];
  const counted = rows.flatMap((r) => (r.counted && r.values !== null && r.reportId !== null ? [{ agencyId: r.agencyId, level: r.level, reportId: r.reportId, values: r.values }] : []));
  const totals = set ? aggregateIndicators(set, counted) : [];
  return { rows, totals };
}
