import { parseDocumentSymbol } from '../symbols/parse-document-symbol.js';
import type { SymbolOptions } from '../symbols/symbol-options.js';
import { type IssuerName, readIssuerName } from './issuer-names-in-prose.js';
import { parseVietnameseDate } from './parse-vietnamese-date.js';

/** A document cited in running text. */
export interface Citation {
  /** The normalised symbol. */
  symbol: string;
  /** The document's date as the text gives it (see {@link findCitations}), `YYYY-MM-DD`, or null. */
  date: string | null;
  /** Offsets of the symbol as written in the (NFC) text: `text.slice(start, end)`. */
  start: number;
  end: number;
  /**
   * Offsets of the date as written, without "ngày" (`23/10/2019`, `5 tháng 9 năm 2020`); present
   * whenever a date was read, even one that does not exist (then `date` is null).
   */
  dateStart?: number;
  dateEnd?: number;
  /**
   * The issuer the text names right after the symbol or its date, "của <name>" ("UBND tỉnh",
   * "Chính phủ", "Ban Thường vụ Tỉnh ủy"), as written; only names `ISSUER_NAMES_IN_PROSE` knows.
   */
  issuerInProse?: string;
}

/** A date as written and its offsets. */
interface DateText {
  text: string;
  start: number;
  end: number;
}

const DASH = String.raw`[-\u2010-\u2015\u2212]`;
const SLASH = String.raw` ?[/\uFF0F] ?`;
const PART = String.raw`\p{L}[\p{L}\p{N}&]*`;
// A number, an optional Party type with a stray space on either side of its dash ("60- NQ/TW"),
// then the slash parts. Spaces are allowed around '/', not around the dashes after it, since
// running text puts " - " between words ("2016 - 2020"). What may stand before the number is
// checked in code (`opensSymbol`): a look-behind here makes the scan of a long text ten times
// slower, as the engine can no longer jump from digit to digit.
const CANDIDATE = new RegExp(
  String.raw`\d+\p{Ll}?(?: ?${DASH} ?${PART})?${SLASH}(?:\d{4}${SLASH})?${PART}(?:${DASH}${PART})*`,
  'gu',
);
const GLUED = /[\p{L}\p{N}/&-]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Whether a symbol may start at `at`: its number is not glued to a word, a number or a slash (so
 * "13/08/2020" offers no "08/2020"), unless the word is "số": "số581/BNV-CCHC" is a typing slip
 * (docs/domain.md §14), not a number glued to a word.
 */
const opensSymbol = (source: string, at: number): boolean => {
  const before = source[at - 1];
  if (before === undefined || !GLUED.test(before)) return true;
  return /^[sS][\u1ED1\u1ED0]$/u.test(source.slice(at - 2, at)) && !WORD_CHAR.test(source[at - 3] ?? ' ');
};
const DAY = String.raw`\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}`;
// "ngày …" right after a symbol or an issuer, possibly in parentheses: "(ngày 14/01/2020)".
const DATE_NEXT = new RegExp(String.raw`^\s*,?\s*\(?\s*(?:ban hành\s+)?ngày\s+(${DAY})`, 'iu');
// "của <issuer>" right after a symbol or its date.
const OF_NEXT = /^\s*\)?\s*,?\s*của\s+/iu;
// A date that may open the clause of a symbol: "Ngày 06/01/2023, UBND xã ban hành Quyết định số …".
const DATE_OPENING = new RegExp(String.raw`ngày\s+(${DAY})`, 'giu');
// Where a clause opens: the start of the text or a mark, then spaces and at most one bullet.
const OPENS_CLAUSE = String.raw`(?<=(?:^|[.;:!?,()\n])[^\S\n]*(?:[-+•*\u2013\u2014][^\S\n]*)?)`;
const SENTENCE_END = /[;!?\n]|\.(?=\s|$)/u;
const ANY_DAY = new RegExp(DAY, 'u');
const RANGE_NEXT = /^\s*(?:đến|tới|[-\u2013\u2014]\s*(?:ngày\s+)?\d)/iu;

/** The date written right after `at` ("ngày 23/10/2019", "(ngày 14/01/2020)"), if any. */
const dateNext = (source: string, at: number): DateText | undefined => {
  const match = DATE_NEXT.exec(source.slice(at, at + 60));
  const text = match?.[1];
  if (!match || text === undefined) return undefined;
  const end = at + match[0].length;
  return { text, start: end - text.length, end };
};

/** The issuer named "của <name>" right after `at`, if `ISSUER_NAMES_IN_PROSE` knows it. */
const issuerNext = (source: string, at: number): IssuerName | undefined => {
  const match = OF_NEXT.exec(source.slice(at, at + 20));
  return match ? readIssuerName(source, at + match[0].length) : undefined;
};

const opensClause = (source: string, at: number): boolean => {
  const pattern = new RegExp(OPENS_CLAUSE, 'uy');
  pattern.lastIndex = at;
  return pattern.test(source);
};

/**
 * The date that opens the symbol's sentence or clause ("Ngày 06/01/2023, UBND xã ban hành
 * Quyết định số 04/QĐ-UBND"), looked for between `from` (the end of what the citation before
 * took) and the symbol: only the last "ngày …" there, and only when it opens a clause, starts no
 * range ("ngày … đến ngày …") and no sentence end or other date stands between it and the symbol.
 */
const dateBefore = (source: string, from: number, symbolStart: number): DateText | undefined => {
  const last = [...source.slice(from, symbolStart).matchAll(DATE_OPENING)].at(-1);
  const text = last?.[1];
  if (!last || text === undefined) return undefined;
  const end = from + last.index + last[0].length;
  const between = source.slice(end, symbolStart);
  const usable =
    opensClause(source, from + last.index) && !RANGE_NEXT.test(between) && !SENTENCE_END.test(between) && !ANY_DAY.test(between);
  return usable ? { text, start: end - text.length, end } : undefined;
};

/**
 * Every document symbol cited in running text, in text order, with its date and the issuer the
 * text names (docs/domain.md §5, §14). The date is the one written right after the symbol in
 * either style ("ngày 23/10/2019", "ngày 5 tháng 9 năm 2020", "(ngày 14/01/2020)") or after the
 * issuer that follows it ("42/2022/NĐ-CP của Chính phủ ngày 24/6/2022"); failing that, the date
 * that opens the symbol's sentence or clause, as agencies cite their own documents ("Ngày
 * 06/01/2023, UBND xã ban hành Quyết định số 04/QĐ-UBND"), when no other symbol, date or
 * sentence end stands between. `issuerInProse` is the known issuer named "của <name>" after the
 * symbol or its date. A kind word before the symbol ("Kế hoạch số", "số") is not needed, and
 * typing slips are read: "số581/BNV-CCHC", "60- NQ/TW". The blank symbol of an unregistered report
 * ("Số: /BC-SNgV") has no number and is skipped. Text that is not NFC is normalised first, and
 * the offsets refer to the normalised text.
 *
 * @example
 * findCitations('Kế hoạch số 565/KH-SNgV ngày 23/10/2019 và số 05-NQ/TU ngày 5 tháng 2 năm 2016 của Tỉnh ủy')
 * // [{ symbol: '565/KH-SNgV', date: '2019-10-23', start: 12, end: 23, dateStart: 29, dateEnd: 39 },
 * //  { symbol: '05-NQ/TU', date: '2016-02-05', start: 46, end: 54, dateStart: 60, dateEnd: 78, issuerInProse: 'Tỉnh ủy' }]
 * findCitations('Ngày 06/01/2023, UBND xã ban hành Quyết định số 04/QĐ-UBND')[0].date // '2023-01-06'
 */
export function findCitations(text: string, options?: SymbolOptions): Citation[] {
  const source = text.normalize('NFC');
  const citations: Citation[] = [];
  // The end of what the citation before took (symbol, date, issuer): a date before a symbol
  // is looked for after it, so that no date serves two citations.
  let taken = 0;
  for (const match of source.matchAll(CANDIDATE)) {
    const start = match.index;
    if (!opensSymbol(source, start)) continue;
    const parsed = parseDocumentSymbol(match[0], options);
    if (!parsed) continue;
    const end = start + match[0].length;
    const next = dateNext(source, end);
    const issuer = issuerNext(source, next?.end ?? end);
    const dateText = next ?? (issuer && dateNext(source, issuer.end)) ?? dateBefore(source, taken, start);
    citations.push({
      symbol: parsed.symbol,
      date: dateText ? parseVietnameseDate(dateText.text) : null,
      start,
      end,
      ...(dateText ? { dateStart: dateText.start, dateEnd: dateText.end } : {}),
      ...(issuer ? { issuerInProse: issuer.name } : {}),
    });
    taken = Math.max(end, dateText?.end ?? end, issuer?.end ?? end);
  }
  return citations;
}
