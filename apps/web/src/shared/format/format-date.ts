/**
 * A `YYYY-MM-DD` date as Vietnamese readers write it, `dd/mm/yyyy`.
 *
 * @example
 * formatDate('2020-09-14') // '14/09/2020'
 */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : isoDate;
}
