import { daysBetween } from '../dates/days-between.js';
import { toVietnamDate } from '../dates/to-vietnam-date.js';

/** One correction of a report: returned by Home Affairs, then submitted again. */
export interface CorrectionRound {
  /** When the reviewer returned the report (ISO timestamp). */
  returnedAt: string;
  /** When the agency submitted it again (ISO timestamp). */
  resubmittedAt: string;
  /** Calendar days from the return to the resubmission, in Vietnam time. */
  days: number;
}

/**
 * How long an agency took to correct a returned report: calendar days in Vietnam time from the
 * return to the resubmission. It is measured apart from the report's timeliness, which the first
 * submission alone decides (docs/domain.md §13).
 *
 * @example
 * correctionTurnaround('2020-09-25T03:00:00Z', '2020-09-28T03:00:00Z').days // 3
 * correctionTurnaround('2020-09-25T16:00:00Z', '2020-09-25T18:00:00Z').days // 1 (midnight in Hà Nội)
 */
export function correctionTurnaround(returnedAt: string, resubmittedAt: string): CorrectionRound {
  return { returnedAt, resubmittedAt, days: daysBetween(toVietnamDate(returnedAt), toVietnamDate(resubmittedAt)) };
}
