import { addDays } from '../dates/add-days.js';
import { daysBetween } from '../dates/days-between.js';

/** The days the deadline reminders go out: before the deadline, and after it without a submission. */
export interface ReminderDays {
  before: readonly number[];
  after: readonly number[];
}

/** One deadline reminder of a period: N days before its deadline, or N days after it. */
export interface ReminderStep {
  kind: 'DEADLINE_SOON' | 'DEADLINE_PASSED';
  /** Days before (DEADLINE_SOON) or after (DEADLINE_PASSED) the deadline. */
  days: number;
  /** The day it is due (Vietnam date). */
  on: string;
  /** Its key in the claims, once per period, agency and step: BEFORE_5, AFTER_1. */
  key: string;
}

/** A step not sent on its day (the app was down) is still sent this many days later, not after. */
export const REMINDER_CATCH_UP_DAYS = 7;

/**
 * The deadline reminder due on `today` for a period with this deadline, if any (docs/domain.md
 * §16): the latest step whose day has come, unless a later step's day has come too (only the
 * latest is sent, never a burst of old ones) or it is more than a week old (an app that was down
 * catches up within a week; periods long past are left alone). A reminder before the deadline is
 * not sent after it.
 *
 * @example
 * dueReminderStep('2025-09-20', '2025-09-15', { before: [5, 1], after: [1] })?.key // 'BEFORE_5'
 * dueReminderStep('2025-09-20', '2025-09-17', { before: [5, 1], after: [1] })?.key // 'BEFORE_5' (still due until BEFORE_1's day)
 * dueReminderStep('2025-09-20', '2025-09-21', { before: [5, 1], after: [1] })?.key // 'AFTER_1'
 * dueReminderStep('2025-09-20', '2025-09-14', { before: [5, 1], after: [1] }) // null
 */
export function dueReminderStep(deadline: string, today: string, days: ReminderDays): ReminderStep | null {
  const steps: ReminderStep[] = [
    ...days.before.map((n) => ({ kind: 'DEADLINE_SOON' as const, days: n, on: addDays(deadline, -n), key: `BEFORE_${n}` })),
    ...days.after.map((n) => ({ kind: 'DEADLINE_PASSED' as const, days: n, on: addDays(deadline, n), key: `AFTER_${n}` })),
  ].sort((a, b) => a.on.localeCompare(b.on));
  const due = steps.filter((step) => step.on <= today).at(-1);
  if (!due || daysBetween(due.on, today) > REMINDER_CATCH_UP_DAYS) return null;
  // A reminder that the deadline is near is never sent once it has passed.
  if (due.kind === 'DEADLINE_SOON' && today > deadline) return null;
  return due;
}
