/** Days typed as a list ("5, 1"), as the reminders' settings take them; null where the text is not such a list. */
export interface ParsedDays {
  days: number[] | null;
  /** What is wrong, as a message key of admin.reminders.errors. */
  error: 'notNumbers' | 'range' | 'duplicate' | 'tooMany' | null;
}

/**
 * Reads the days of a reminder step from what an administrator typed: whole numbers from 1 to 60
 * separated by commas or spaces, each once, at most five; an empty field is no reminder at all.
 *
 * @example
 * parseReminderDays('5, 1') // { days: [5, 1], error: null }
 * parseReminderDays('') // { days: [], error: null }
 * parseReminderDays('5, x') // { days: null, error: 'notNumbers' }
 */
export function parseReminderDays(text: string): ParsedDays {
  const parts = text.split(/[\s,;]+/).filter((part) => part !== '');
  if (parts.some((part) => !/^\d+$/.test(part))) return { days: null, error: 'notNumbers' };
  const days = parts.map(Number);
  if (days.some((day) => day < 1 || day > 60)) return { days: null, error: 'range' };
  if (new Set(days).size !== days.length) return { days: null, error: 'duplicate' };
  if (days.length > 5) return { days: null, error: 'tooMany' };
  return { days, error: null };
}

/** Days as the field shows them. */
export const formatReminderDays = (days: readonly number[]): string => days.join(', ');
