import { parseDocumentSymbol } from '../symbols/parse-document-symbol.js';
import type { SymbolOptions } from '../symbols/symbol-options.js';
import { parseVietnameseDate } from './parse-vietnamese-date.js';

/** A document cited in running text. */
export interface Citation {
  /** The normalised symbol. */
  symbol: string;
  /** The date written right after the symbol ("ngày …"), `YYYY-MM-DD`, or null. */
  date: string | null;
  /** Offsets of the symbol as written in the (NFC) text: `text.slice(start, end)`. */
  start: number;
  end: number;
}

const DASH = String.raw`[-\u2010-\u2015\u2212]`;
const SLASH = String.raw` ?[/\uFF0F] ?`;
const PART = String.raw`\p{L}[\p{L}\p{N}&]*`;
// A number not glued to a word, a number or a slash (so "13/08/2020" offers no "08/2020"), an
// optional Party type, then the slash parts. Spaces are allowed around '/', not around '-', since
// running text puts " - " between words ("2016 - 2020").
const CANDIDATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}/&-])\d+\p{Ll}?(?:${DASH}${PART})?${SLASH}(?:\d{4}${SLASH})?${PART}(?:${DASH}${PART})*`,
  'gu',
);
const DAY = String.raw`\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}`;
const DATE_AFTER = new RegExp(String.raw`^\s*,?\s*(?:ban hành\s+)?ngày\s+(${DAY})`, 'iu');

/**
 * Every document symbol cited in running text, in text order, with the date written right after
 * it in either style ("ngày 23/10/2019", "ngày 5 tháng 9 năm 2020"). A kind word before the symbol
 * ("Kế hoạch số", "Công văn số", "số") is not needed. The blank symbol of an unregistered report
 * ("Số: /BC-SNgV") has no number and is skipped. Text that is not NFC is normalised first, and
 * the offsets refer to the normalised text.
 *
 * @example
 * findCitations('Kế hoạch số 565/KH-SNgV ngày 23/10/2019 và số 05-NQ/TU ngày 5 tháng 2 năm 2016')
 * // [{ symbol: '565/KH-SNgV', date: '2019-10-23', start: 12, end: 23 },
 * //  { symbol: '05-NQ/TU', date: '2016-02-05', start: 46, end: 54 }]
 */
export function findCitations(text: string, options?: SymbolOptions): Citation[] {
  const source = text.normalize('NFC');
  const citations: Citation[] = [];
  for (const match of source.matchAll(CANDIDATE)) {
    const parsed = parseDocumentSymbol(match[0], options);
    if (!parsed) continue;
    const start = match.index;
    const end = start + match[0].length;
    const dateText = DATE_AFTER.exec(source.slice(end, end + 60))?.[1];
    citations.push({ symbol: parsed.symbol, date: dateText ? parseVietnameseDate(dateText) : null, start, end });
  }
  return citations;
}
