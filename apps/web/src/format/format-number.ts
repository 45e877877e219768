/**
 * A whole number with the Vietnamese thousands separator (a dot).
 *
 * @example
 * formatNumber(1245) // '1.245'
 */
export function formatNumber(value: number): string {
  const sign = value < 0 ? '-' : '';
  const digits = String(Math.trunc(Math.abs(value)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
