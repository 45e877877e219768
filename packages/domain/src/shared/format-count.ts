import type { LocalizedText } from './localized-text.js';

/**
 * A whole number as each language writes it in a finding's message: thousands grouped with a
 * dot in Vietnamese ("2.247", as reports print them, docs/domain.md §14) and a comma in English
 * ("2,247"). Written by hand rather than with `Intl` so the result is the same on every runtime.
 *
 * @example
 * formatCount(2247) // { vi: '2.247', en: '2,247' }
 * formatCount(-1200).vi // '-1.200'
 */
export function formatCount(value: number): LocalizedText {
  const digits = Math.abs(Math.trunc(value)).toString();
  const grouped = (separator: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  const sign = value < 0 ? '-' : '';
  return { vi: `${sign}${grouped('.')}`, en: `${sign}${grouped(',')}` };
}
