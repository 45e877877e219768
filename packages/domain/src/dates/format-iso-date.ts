/**
 * Writes a calendar day as `YYYY-MM-DD`. The parts are not checked: use {@link isIsoDate} on the
 * result when they come from outside.
 *
 * @example
 * formatIsoDate(2020, 9, 5) // '2020-09-05'
 */
export function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
