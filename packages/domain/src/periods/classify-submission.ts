import { addDays } from '../dates/add-days.js';
import { daysBetween } from '../dates/days-between.js';
import { toVietnamDate } from '../dates/to-vietnam-date.js';

/** On time, late but within the grace period, or after it. */
export type SubmissionTiming = 'ON_TIME' | 'LATE' | 'AFTER_GRACE';

export interface SubmissionClassification {
  timing: SubmissionTiming;
  /** Calendar days after the deadline (0 when on time). */
  daysLate: number;
}

/**
 * Classifies a submission against a deadline day and a grace period in days. Days are Vietnamese
 * calendar days (Asia/Ho_Chi_Minh, UTC+7): a submission at 23:59 on the deadline day in Hà Nội is
 * on time. `submittedAt` is a `YYYY-MM-DD` day or an ISO timestamp (read as in {@link toVietnamDate});
 * the deadline is a day. Deadlines and grace are data per province and period (docs/domain.md §4).
 *
 * @throws RangeError on a malformed date or a grace that is not a whole number of days from 0.
 * @example
 * classifySubmission('2020-09-20T16:59:00Z', { deadline: '2020-09-20' }) // { timing: 'ON_TIME', daysLate: 0 }
 * classifySubmission('2020-09-22', { deadline: '2020-09-20', graceDays: 3 }) // { timing: 'LATE', daysLate: 2 }
 * classifySubmission('2020-09-24', { deadline: '2020-09-20', graceDays: 3 }) // { timing: 'AFTER_GRACE', daysLate: 4 }
 */
export function classifySubmission(
  submittedAt: string,
  { deadline, graceDays = 0 }: { deadline: string; graceDays?: number },
): SubmissionClassification {
  if (!Number.isInteger(graceDays) || graceDays < 0) throw new RangeError(`Invalid grace in days: ${graceDays}`);
  const submittedOn = toVietnamDate(submittedAt);
  const daysLate = Math.max(0, daysBetween(deadline, submittedOn));
  if (daysLate === 0) return { timing: 'ON_TIME', daysLate };
  return { timing: submittedOn <= addDays(deadline, graceDays) ? 'LATE' : 'AFTER_GRACE', daysLate };
}
