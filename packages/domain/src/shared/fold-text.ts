/**
 * Text folded for a search that ignores accents and case: diacritics dropped, đ read as d, lower
 * case, so "so tu phap" finds "Sở Tư pháp" and "sngv" finds "SNgV".
 *
 * @example
 * foldText('Sở Tư pháp') // 'so tu phap'
 * foldText('Đắk Lắk') // 'dak lak'
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}
