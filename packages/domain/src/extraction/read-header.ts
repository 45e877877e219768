import { parseVietnameseDate } from '../citations/parse-vietnamese-date.js';
import type { StandardPeriodKind } from '../periods/period-kind.js';
import type { ReportSymbol } from '../reports/report-symbol.js';
import { knownAgencyCode } from '../symbols/symbol-options.js';
import type { Located, SourceText } from './source-text.js';

/** What the top of a report says: its symbol, agency, place and date, title and period. */
export interface ReportHeader {
  symbol: Located<ReportSymbol> | null;
  agencyCode: Located<string> | null;
  agencyName: Located<string> | null;
  place: Located<string> | null;
  signedOn: Located<string> | null;
  title: Located<string> | null;
  period: Located<{ year: number; kind: StandardPeriodKind }> | null;
  /** Index of the first line after the title: where the preamble starts. */
  bodyLine: number;
}

const SYMBOL_LINE = /^Số\s*:?\s*(\d*)\s*\/\s*(BC)\s*-\s*([\p{L}\p{N}&]+)(?:\s*-\s*([\p{L}\p{N}&]+))?/u;
const PLACE_DATE = /^([\p{L}][\p{L} .'-]*?)\s*,\s*ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/u;
const MOTTO = /^(CỘNG HÒA|CỘNG HOÀ|Độc lập|ĐỘC LẬP|[-_=]{3,})/u;
const DOCUMENT_KIND = /^BÁO\s*CÁO$/u;
const PREAMBLE_START = /^(Thực hiện|Căn cứ|Theo|Triển khai|Nhằm|Để)\b/u;

/** Period phrases, most specific first (docs/domain.md §4): the Q2 report is the 6-month one. */
const PERIOD_PATTERNS: readonly { pattern: RegExp; kind: StandardPeriodKind; sure: boolean }[] = [
  { pattern: /(?:\b9|\b09|chín)\s+tháng(?:\s+đầu)?(?:\s+năm)?\s*(\d{4})/iu, kind: 'M9', sure: true },
  { pattern: /(?:\b6|\b06|sáu)\s+tháng\s+đầu(?:\s+năm)?\s*(\d{4})/iu, kind: 'H1', sure: true },
  { pattern: /(?:\b6|\b06|sáu)\s+tháng(?:\s+năm)?\s*(\d{4})/iu, kind: 'H1', sure: false },
  { pattern: /quý\s+(?:IV|4)\s*(?:năm\s*|\/\s*)(\d{4})/iu, kind: 'YEAR', sure: false },
  { pattern: /quý\s+(?:III|3)\s*(?:năm\s*|\/\s*)(\d{4})/iu, kind: 'Q3', sure: true },
  { pattern: /quý\s+(?:II|2)\s*(?:năm\s*|\/\s*)(\d{4})/iu, kind: 'H1', sure: false },
  { pattern: /quý\s+(?:I|1)\s*(?:năm\s*|\/\s*)(\d{4})/iu, kind: 'Q1', sure: true },
  { pattern: /năm\s+(\d{4})/iu, kind: 'YEAR', sure: true },
];

/**
 * The period a title (or a sentence) names, with the offsets of the words that name it:
 * "9 tháng đầu năm 2020" is M9 of 2020, "quý I năm 2021" Q1, "6 tháng đầu năm 2025" H1, "năm
 * 2019" the year. A quarter II or IV report is read as the 6-month or year report it stands for,
 * with medium confidence.
 */
export function periodIn(text: string, offset = 0): Located<{ year: number; kind: StandardPeriodKind }> | null {
  for (const { pattern, kind, sure } of PERIOD_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const year = Number(match[1]);
    if (year < 2000 || year > 2100) continue;
    return { value: { year, kind }, start: offset + match.index, end: offset + match.index + match[0].length, confidence: sure ? 'high' : 'medium' };
  }
  return null;
}

/**
 * Reads the header of a report (docs/domain.md §11): "Số: /BC-SNgV" gives the symbol and the
 * agency's code, "Quảng Ngãi, ngày   tháng 9 năm 2020" the place and, when the day is written, the
 * date of issue; the capitals above the symbol the agency's name; the lines after "BÁO CÁO" the
 * title, whose words give the period. Header tables read from Word come column after column, so
 * no line order is assumed among them.
 */
export function readHeader(source: SourceText, agencyCodes?: readonly string[]): ReportHeader {
  const lines = source.lines;
  const kindLine = lines.findIndex((line, i) => i < 60 && DOCUMENT_KIND.test(line.clean));
  const headerEnd = kindLine >= 0 ? kindLine : Math.min(lines.length, 15);
  const header: ReportHeader = {
    symbol: null,
    agencyCode: null,
    agencyName: null,
    place: null,
    signedOn: null,
    title: null,
    period: null,
    bodyLine: kindLine >= 0 ? kindLine + 1 : 0,
  };
  const capitals: { text: string; start: number; end: number }[] = [];

  for (const line of lines.slice(0, headerEnd)) {
    const lineOffset = line.start + source.plain.slice(line.start, line.end).indexOf(line.clean.slice(0, 1));
    const symbol = SYMBOL_LINE.exec(line.clean);
    if (symbol && !header.symbol) {
      const [, number = '', type = 'BC', written = '', unit] = symbol;
      const issuer = knownAgencyCode(written, agencyCodes) ?? written;
      const at = { start: lineOffset, end: lineOffset + symbol[0].length };
      header.symbol = {
        value: { number: number === '' ? null : number, type, issuer: written, ...(unit ? { unit } : {}) },
        ...at,
        confidence: 'high',
      };
      header.agencyCode = { value: issuer, ...at, confidence: issuer === written ? 'high' : 'medium' };
      continue;
    }
    const placeDate = PLACE_DATE.exec(line.clean);
    if (placeDate && !header.place) {
      const [, place = '', day, month = '', year = ''] = placeDate;
      const at = { start: lineOffset, end: lineOffset + placeDate[0].length };
      header.place = { value: place.trim(), ...at, confidence: 'high' };
      const date = day ? parseVietnameseDate(`${day}/${month}/${year}`) : null;
      if (date) header.signedOn = { value: date, ...at, confidence: 'high' };
      continue;
    }
    if (line.clean && !MOTTO.test(line.clean) && line.clean === line.clean.toLocaleUpperCase('vi') && /\p{Lu}{2}/u.test(line.clean)) {
      capitals.push({ text: line.clean, start: lineOffset, end: lineOffset + line.clean.length });
    }
  }
  const name = capitals.at(-1);
  if (name) header.agencyName = { value: name.text, start: name.start, end: name.end, confidence: capitals.length > 1 ? 'high' : 'medium' };

  if (kindLine >= 0) {
    const titleLines: typeof lines[number][] = [];
    let i = kindLine + 1;
    for (; i < lines.length && titleLines.length < 4; i++) {
      const line = lines[i];
      if (!line) break;
      if (!line.clean) {
        if (titleLines.length > 0) {
          const next = lines.slice(i + 1).find((l) => l.clean);
          // A title's second line after a blank line is still bold or a heading in Markdown and Word.
          if (!next?.marked || !line) break;
        }
        continue;
      }
      if (/^[-_=]{3,}$/.test(line.clean)) continue;
      if (PREAMBLE_START.test(line.clean) || /^[IVX]+\s*[.)]/u.test(line.clean) || line.clean.length > 300) break;
      titleLines.push(line);
      if (/[.:;]$/.test(line.clean)) break;
    }
    const first = titleLines[0];
    const last = titleLines.at(-1);
    if (first && last) {
      const text = titleLines.map((l) => l.clean).join(' ').replace(/\s+/g, ' ').replace(/[.:;]$/, '').trim();
      const start = first.start + source.plain.slice(first.start, first.end).indexOf(first.clean.slice(0, 1));
      header.title = { value: text, start, end: last.end, confidence: 'high' };
      header.bodyLine = last.index + 1;
      for (const line of titleLines) {
        const period = periodIn(source.plain.slice(line.start, line.end), line.start);
        if (period) {
          header.period = period;
          break;
        }
      }
    }
  }
  if (!header.period) {
    // Reports without a title line name their period in the preamble ("… 9 tháng đầu năm 2020 như sau").
    for (const line of lines.slice(header.bodyLine, header.bodyLine + 8)) {
      const period = periodIn(source.plain.slice(line.start, line.end), line.start);
      if (period && period.value.kind !== 'YEAR') {
        header.period = { ...period, confidence: 'medium' };
        break;
      }
    }
  }
  return header;
}
