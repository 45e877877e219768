/**
 * Whether a text is a real calendar day written `YYYY-MM-DD` (leap years included).
 *
 * @example
 * isIsoDate('2020-02-29') // true
 * isIsoDate('2021-02-29') // false
 * isIsoDate('2020-9-1') // false
 */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  // Date.UTC is plain arithmetic on the proleptic Gregorian calendar: no clock, no time zone.
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}
