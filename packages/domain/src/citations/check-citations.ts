import { formatVietnameseDate } from '../dates/format-vietnamese-date.js';
import type { Finding, FindingCode } from '../findings/finding.js';
import type { DocumentSymbol } from '../symbols/document-symbol.js';
import { documentIdentityKey } from '../symbols/document-identity-key.js';
import { issuerCaseMismatches } from '../symbols/issuer-case-mismatches.js';
import { parseDocumentSymbol } from '../symbols/parse-document-symbol.js';

/** A citation to check: a symbol, its date, and optionally where it stands in a report. */
export interface CitationToCheck {
  symbol: string;
  date: string | null;
  /** Path of the field it was read from; default `citations[<index>]`. */
  path?: string;
}

export interface CheckCitationsOptions {
  /** The report's own date, `YYYY-MM-DD`: no cited document can be dated after it. */
  reportDate?: string;
  /** The period's data window: a cited document dated after `to` gets a warning. */
  window?: { from: string; to: string };
  /** Known agency codes, for the issuer-case warning. Default: `DEFAULT_AGENCY_CODES`. */
  agencyCodes?: readonly string[];
}

interface Entry {
  path: string;
  date: string | null;
  parsed: DocumentSymbol;
}

interface RuleBreak {
  code: FindingCode;
  severity: Finding['severity'];
  vi: string;
  en: string;
}

const d = formatVietnameseDate;

/** The per-date rules; a date that breaks none "passes the other rules" of a conflict. */
const ruleBreaks = (parsed: DocumentSymbol, date: string, options: CheckCitationsOptions): RuleBreak[] => {
  const breaks: RuleBreak[] = [];
  if (options.reportDate !== undefined && date > options.reportDate) {
    breaks.push({
      code: 'CITATION_DATE_AFTER_REPORT',
      severity: 'error',
      vi: `ngày ${d(date)} sau ngày báo cáo ${d(options.reportDate)}`,
      en: `${d(date)} is after the report date ${d(options.reportDate)}`,
    });
  } else if (options.window !== undefined && date > options.window.to) {
    breaks.push({
      code: 'CITATION_DATE_AFTER_WINDOW',
      severity: 'warning',
      vi: `ngày ${d(date)} sau ngày chốt số liệu ${d(options.window.to)}`,
      en: `${d(date)} is after the data cut-off ${d(options.window.to)}`,
    });
  }
  if (parsed.form === 'normative' && parsed.year !== undefined && Number(date.slice(0, 4)) !== parsed.year) {
    breaks.push({
      code: 'CITATION_NORMATIVE_YEAR_MISMATCH',
      severity: 'warning',
      vi: `năm trong số ký hiệu (${parsed.year}) khác năm ban hành ${d(date)}`,
      en: `the symbol's year (${parsed.year}) differs from the date ${d(date)}`,
    });
  }
  return breaks;
};

const numberValue = (number: string): number => Number.parseInt(number, 10);

/**
 * Consistency checks over a report's citations (docs/domain.md §5):
 * - `CITATION_DATE_CONFLICT` (warning): one symbol cited with different dates; the message names
 *   the symbol and proposes the one date that passes the other rules, or asks a person to decide
 *   when none or several do;
 * - `CITATION_DATE_AFTER_REPORT` (error): dated after the report;
 * - `CITATION_DATE_AFTER_WINDOW` (warning): dated after the data cut-off;
 * - `CITATION_NORMATIVE_YEAR_MISMATCH` (warning): `20/2013/QĐ-UBND` dated in another year;
 * - `CITATION_ISSUER_CASE` (warning): `SngV` written for `SNgV`;
 * - `CITATION_NUMBER_ORDER` (warning, soft): one issuer's numbers of one type fall as dates rise
 *   within a year.
 * Text that is not a symbol is ignored; a finding repeated for the same symbol and date is given once.
 *
 * @example
 * checkCitations(
 *   [{ symbol: '565/KH-SNgV', date: '2019-10-23' }, { symbol: '565/KH-SNgV', date: '2020-10-23' }],
 *   { window: { from: '2019-12-15', to: '2020-09-14' } },
 * ).map((f) => [f.code, f.details?.proposedDate])
 * // [['CITATION_DATE_AFTER_WINDOW', undefined], ['CITATION_DATE_CONFLICT', '2019-10-23']]
 */
export function checkCitations(citations: readonly CitationToCheck[], options: CheckCitationsOptions = {}): Finding[] {
  const entries: Entry[] = citations.flatMap((citation, index) => {
    const parsed = parseDocumentSymbol(citation.symbol, { agencyCodes: options.agencyCodes });
    return parsed ? [{ path: citation.path ?? `citations[${index}]`, date: citation.date, parsed }] : [];
  });
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const once = (key: string, finding: Finding): void => {
    if (seen.has(key)) return;
    seen.add(key);
    findings.push(finding);
  };

  // Per citation: date rules and the issuer's case.
  for (const { path, date, parsed } of entries) {
    if (date !== null) {
      for (const rule of ruleBreaks(parsed, date, options)) {
        once(`${rule.code}|${parsed.symbol}|${date}`, {
          code: rule.code,
          severity: rule.severity,
          path,
          message: { vi: `Văn bản ${parsed.symbol}: ${rule.vi}.`, en: `Document ${parsed.symbol}: ${rule.en}.` },
          details: { symbol: parsed.symbol, date },
        });
      }
    }
    for (const { written, known } of issuerCaseMismatches(parsed, options.agencyCodes)) {
      once(`CASE|${parsed.symbol}`, {
        code: 'CITATION_ISSUER_CASE',
        severity: 'warning',
        path,
        message: {
          vi: `Văn bản ${parsed.symbol}: cơ quan ban hành viết "${written}", đúng là "${known}" (ký hiệu phân biệt chữ hoa, chữ thường).`,
          en: `Document ${parsed.symbol}: issuer written "${written}", the agency code is "${known}" (symbols are case-sensitive).`,
        },
        details: { symbol: parsed.symbol, written, known },
      });
    }
  }

  // Same symbol, different dates.
  const bySymbol = new Map<string, Entry[]>();
  for (const entry of entries) {
    const key = documentIdentityKey(entry.parsed, null, { agencyCodes: options.agencyCodes });
    bySymbol.set(key, [...(bySymbol.get(key) ?? []), entry]);
  }
  for (const group of bySymbol.values()) {
    const dates = [...new Set(group.flatMap((e) => (e.date === null ? [] : [e.date])))].sort();
    const first = group[0];
    if (dates.length < 2 || !first) continue;
    const symbol = first.parsed.symbol;
    const passing = dates.filter((date) => ruleBreaks(first.parsed, date, options).length === 0);
    const proposedDate = passing.length === 1 ? (passing[0] ?? null) : null;
    const rejected = dates.filter((date) => date !== proposedDate);
    const reasons = proposedDate
      ? rejected.map((date) => ruleBreaks(first.parsed, date, options).map((r) => ({ vi: r.vi, en: r.en }))).flat()
      : [];
    const listed = dates.map(d).join(', ');
    const toFix = group.find((e) => e.date !== null && e.date !== (proposedDate ?? dates[0])) ?? first;
    findings.push({
      code: 'CITATION_DATE_CONFLICT',
      severity: 'warning',
      path: toFix.path,
      message: proposedDate
        ? {
            vi: `Văn bản ${symbol} được dẫn với ${dates.length} ngày khác nhau (${listed}); đề xuất ngày ${d(proposedDate)} vì ${reasons.map((r) => r.vi).join('; ')}.`,
            en: `Document ${symbol} is cited with ${dates.length} different dates (${listed}); proposed ${d(proposedDate)} because ${reasons.map((r) => r.en).join('; ')}.`,
          }
        : {
            vi: `Văn bản ${symbol} được dẫn với ${dates.length} ngày khác nhau (${listed}); không xác định được ngày đúng, cần người kiểm tra.`,
            en: `Document ${symbol} is cited with ${dates.length} different dates (${listed}); the rules cannot tell which is right: a person must check.`,
          },
      details: { symbol, dates, proposedDate, paths: group.map((e) => e.path) },
    });
  }

  // Soft: within one issuer, year and type, a later date should carry a higher number.
  const registers = new Map<string, { symbol: string; date: string; number: number; path: string }[]>();
  for (const { path, date, parsed } of entries) {
    if (date === null || parsed.form === 'party' || Number.isNaN(numberValue(parsed.number))) continue;
    const key = documentIdentityKey({ ...parsed, number: '' }, date, { agencyCodes: options.agencyCodes });
    registers.set(key, [...(registers.get(key) ?? []), { symbol: parsed.symbol, date, number: numberValue(parsed.number), path }]);
  }
  for (const register of registers.values()) {
    const byDate = [...register].sort((a, b) => a.date.localeCompare(b.date) || a.number - b.number);
    byDate.forEach((later, index) => {
      const earlier = byDate.slice(0, index).find((e) => e.date < later.date && e.number > later.number);
      if (!earlier) return;
      once(`ORDER|${earlier.symbol}|${later.symbol}`, {
        code: 'CITATION_NUMBER_ORDER',
        severity: 'warning',
        path: later.path,
        message: {
          vi: `Số văn bản giảm khi ngày tăng: ${earlier.symbol} ngày ${d(earlier.date)} nhưng ${later.symbol} ngày ${d(later.date)}; kiểm tra lại số hoặc ngày.`,
          en: `Numbers fall while dates rise: ${earlier.symbol} of ${d(earlier.date)} but ${later.symbol} of ${d(later.date)}; check the number or the date.`,
        },
        details: { symbol: later.symbol, earlierSymbol: earlier.symbol, date: later.date, earlierDate: earlier.date },
      });
    });
  }
  return findings;
}
