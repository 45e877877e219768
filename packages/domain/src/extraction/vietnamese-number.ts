/** A number as Vietnamese texts write it: dots between thousands, a comma before decimals. */
export const VIETNAMESE_NUMBER = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;

/**
 * Reads a number written the Vietnamese way (docs/domain.md §14): "659.245" is 659245, "98,81"
 * is 98.81, "02" is 2, "1.234,5" is 1234.5. A dot not followed by groups of three digits reads as
 * a decimal point ("12.5", as English texts write). Returns null for anything else.
 *
 * @example
 * parseVietnameseNumber('659.245') // 659245
 * parseVietnameseNumber('98,81') // 98.81
 */
export function parseVietnameseNumber(text: string): number | null {
  const t = text.trim();
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  if (/^\d+(?:,\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  if (/^\d+\.\d+$/.test(t)) return Number(t);
  return null;
}
