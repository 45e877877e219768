/**
 * Writes a `YYYY-MM-DD` day the way Vietnamese text and messages do: `dd/mm/yyyy`.
 *
 * @example
 * formatVietnameseDate('2019-10-23') // '23/10/2019'
 */
export function formatVietnameseDate(date: string): string {
  const [year = '', month = '', day = ''] = date.split('-');
  return `${day}/${month}/${year}`;
}
