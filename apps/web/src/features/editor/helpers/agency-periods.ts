import type { ReportSummary, ReportingPeriodDto } from '@cchc/domain';

const KIND_ORDER = ['Q1', 'H1', 'Q3', 'M9', 'YEAR', 'ADHOC'];

export interface AgencyPeriodRow {
  period: ReportingPeriodDto;
  /** The agency's report for the period, or null when it has none yet. */
  report: ReportSummary | null;
  /** Where the row leads: the editor while the agency may still change the report. */
  action: 'start' | 'edit' | 'view';
}

export interface AgencyYear {
  year: number;
  rows: AgencyPeriodRow[];
}

/** Whether the agency may still change a report of this status (a draft, or returned to it). */
export function isEditableStatus(status: ReportSummary['status']): boolean {
  return status === 'DRAFT' || status === 'RETURNED';
}

/**
 * The agency's periods, newest year first, each with its report or a start action: every
 * period of the current and the last year, and of any year in which the agency has a report.
 *
 * @example
 * agencyYears(periods, reports, 2026).map((y) => y.year) // [2026, 2025, 2021, 2020]
 */
export function agencyYears(periods: readonly ReportingPeriodDto[], reports: readonly ReportSummary[], currentYear: number): AgencyYear[] {
  const byPeriod = new Map(reports.map((r) => [r.periodId, r]));
  const years = new Set([currentYear, currentYear - 1]);
  for (const period of periods) if (byPeriod.has(period.id)) years.add(period.year);
  return [...years]
    .sort((a, b) => b - a)
    .map((year) => ({
      year,
      rows: periods
        .filter((p) => p.year === year)
        .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.windowTo.localeCompare(b.windowTo))
        .map((period): AgencyPeriodRow => {
          const report = byPeriod.get(period.id) ?? null;
          return { period, report, action: report === null ? 'start' : isEditableStatus(report.status) ? 'edit' : 'view' };
        }),
    }))
    .filter((y) => y.rows.length > 0);
}

/**
 * A report waiting for the approver's signature; `ready` when it has no errors, so it can be
 * signed now; `requestedAt` when a reporter put it before the approver ("Trình ký").
 */
export interface AwaitingSignatureRow {
  period: ReportingPeriodDto;
  report: ReportSummary;
  ready: boolean;
  requestedAt: string | null;
}

/**
 * The reports waiting for the approver's signature: the agency's drafts and returned reports
 * (the API has no separate "ready to sign" state; signing submits). Those a reporter put before
 * the approver come first, then those without errors, as the approver can sign them now; then the
 * earliest deadline.
 *
 * @example
 * awaitingSignature(agencyYears(periods, [{ ...draft, signatureRequestedAt: '2026-09-18T03:00:00.000Z' }, ...others], 2026)).map((r) => r.ready) // [false, true, true]
 */
export function awaitingSignature(years: readonly AgencyYear[]): AwaitingSignatureRow[] {
  return years
    .flatMap((year) => year.rows)
    .flatMap((row): AwaitingSignatureRow[] =>
      row.report && isEditableStatus(row.report.status)
        ? [{ period: row.period, report: row.report, ready: row.report.errorCount === 0, requestedAt: row.report.signatureRequestedAt }]
        : [],
    )
    .sort(
      (a, b) =>
        Number(b.requestedAt !== null) - Number(a.requestedAt !== null) || Number(b.ready) - Number(a.ready) || a.period.deadline.localeCompare(b.period.deadline),
    );
}
