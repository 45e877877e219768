// Dashes a word processor or a PDF may put in a symbol: hyphen, non-breaking hyphen, figure dash,
// en and em dashes, horizontal bar, minus sign, small and full-width hyphen-minus.
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
// Fraction slash, division slash, full-width solidus.
const SLASHES = /[\u2044\u2215\uFF0F]/g;
// Whether any of the replacements below could change a text: a look-alike, a space beside a
// separator, or a space at either end. Most symbols need none (the validation of a report
// normalises every symbol it reads, several times), and one scan costs less than five.
const NEEDS_WORK = /[\u00D0\u0189\u00F0\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\u2044\u2215\uFF0F]|\s[/-]|[/-]\s|^\s|\s$/u;

/**
 * Normalises the text of a document symbol (docs/domain.md §5): Unicode NFC, the look-alike 'Ð'
 * (U+00D0, Icelandic eth) and 'ð' to 'Đ' and 'đ', every dash to '-', look-alike slashes to '/',
 * no spaces around '/' and '-', and no spaces at either end. Case is kept: it is significant
 * (SNgV, TTr, QyĐ, TTg).
 *
 * @example
 * normalizeSymbolText(' 565 / KH – SNgV ') // '565/KH-SNgV'
 * normalizeSymbolText('20/2013/QÐ-UBND') // '20/2013/QĐ-UBND' (with a real Đ)
 */
export function normalizeSymbolText(text: string): string {
  const composed = text.normalize('NFC');
  if (!NEEDS_WORK.test(composed)) return composed;
  return composed
    .replace(/\u00D0|\u0189/g, '\u0110')
    .replace(/\u00F0/g, '\u0111')
    .replace(DASHES, '-')
    .replace(SLASHES, '/')
    .replace(/\s*([/-])\s*/gu, '$1')
    .trim();
}
