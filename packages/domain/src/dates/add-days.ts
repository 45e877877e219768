import { formatIsoDate } from './format-iso-date.js';
import { isIsoDate } from './is-iso-date.js';

/**
 * The calendar day `days` after (or before, when negative) a `YYYY-MM-DD` day.
 *
 * @throws RangeError when `date` is not a real `YYYY-MM-DD` day or `days` is not a whole number.
 * @example
 * addDays('2020-09-20', 3) // '2020-09-23'
 * addDays('2020-03-01', -1) // '2020-02-29'
 */
export function addDays(date: string, days: number): string {
  if (!isIsoDate(date)) throw new RangeError(`Not a YYYY-MM-DD day: ${date}`);
  if (!Number.isInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return formatIsoDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}
