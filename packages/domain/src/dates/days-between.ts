import { isIsoDate } from './is-iso-date.js';

const MS_PER_DAY = 86_400_000;

const dayNumber = (date: string): number => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
};

/**
 * Whole calendar days from `from` to `to` (negative when `to` comes first).
 *
 * @throws RangeError when either is not a real `YYYY-MM-DD` day.
 * @example
 * daysBetween('2020-09-20', '2020-09-23') // 3
 * daysBetween('2020-09-23', '2020-09-20') // -3
 */
export function daysBetween(from: string, to: string): number {
  if (!isIsoDate(from)) throw new RangeError(`Not a YYYY-MM-DD day: ${from}`);
  if (!isIsoDate(to)) throw new RangeError(`Not a YYYY-MM-DD day: ${to}`);
  return dayNumber(to) - dayNumber(from);
}
