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

/**
 * A number with the Vietnamese separators, a dot between thousands and a comma before the
 * decimals, rounded to `digits` decimals and without trailing zeros.
 *
 * @example
 * formatDecimal(1245.25) // '1.245,3'
 * formatDecimal(3) // '3'
 */
export function formatDecimal(value: number, digits = 1): string {
  const factor = 10 ** digits;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const [whole = '0', fraction] = rounded.toFixed(digits).split('.');
  const decimals = (fraction ?? '').replace(/0+$/, '');
  const sign = value < 0 && rounded !== 0 ? '-' : '';
  return sign + formatNumber(Number(whole)) + (decimals ? `,${decimals}` : '');
}

