import { toVietnamDate } from '../dates/to-vietnam-date.js';
import type { ReportSymbol } from './report-symbol.js';

/** Where a report's reference date comes from (docs/domain.md §13). */
export type ReportReferenceBasis = 'ISSUED' | 'SUBMITTED' | 'TODAY';

export interface ReportReference {
  /** The report's date (`YYYY-MM-DD`): cited documents dated after it are errors. */
  date: string;
  basis: ReportReferenceBasis;
}

export interface ReportMoments {
  /** When the report first went to Home Affairs (ISO timestamp); null while never submitted. */
  firstSubmittedAt: string | null;
  /** The current time (ISO timestamp or `YYYY-MM-DD`); used only for a draft never submitted. */
  now: string;
}

/**
 * The reference date of a report, fixed per report (docs/domain.md §13): its date of issue when
 * the report is registered (the agency gave it a number and a date), else the day of its FIRST
 * submission, else (a draft never submitted) today. The first submission, not the latest: a
 * return is a correction of the same report, so a resubmission does not move its date, and the
 * counts shown while submitted, after a return and in the lists stay the same. Days are read in
 * Vietnam time. Every place that judges a report (the API's findings and counts, the editor's live
 * check) goes through this function, by way of `validateReport`.
 *
 * @example
 * const draft = { symbol: { number: null, type: 'BC', issuer: 'SNgV' }, signedOn: null };
 * reportReferenceDate(draft, { firstSubmittedAt: '2020-09-18T03:00:00Z', now: '2026-11-26' })
 * // { date: '2020-09-18', basis: 'SUBMITTED' }
 * reportReferenceDate({ ...draft, symbol: { ...draft.symbol, number: '125' }, signedOn: '2020-09-17' }, { firstSubmittedAt: null, now: '2020-09-16' })
 * // { date: '2020-09-17', basis: 'ISSUED' }
 */
export function reportReferenceDate(
  report: { symbol: Pick<ReportSymbol, 'number'>; signedOn: string | null },
  moments: ReportMoments,
): ReportReference {
  if (report.symbol.number !== null && report.signedOn !== null) return { date: report.signedOn, basis: 'ISSUED' };
  const date = toVietnamDate(moments.firstSubmittedAt ?? moments.now);
  return { date, basis: moments.firstSubmittedAt === null ? 'TODAY' : 'SUBMITTED' };
}
