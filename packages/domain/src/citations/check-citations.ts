import { formatVietnameseDate } from '../dates/format-vietnamese-date.js';
import type { Finding, FindingCode } from '../findings/finding.js';
import type { DocumentSymbol } from '../symbols/document-symbol.js';
import { documentIdentityKey } from '../symbols/document-identity-key.js';
import { NORMATIVE_ONLY_DOCUMENT_TYPES } from '../symbols/document-types.js';
import { formatDocumentSymbol } from '../symbols/format-document-symbol.js';
import { issuerCaseMismatches } from '../symbols/issuer-case-mismatches.js';
import { parseDocumentSymbol } from '../symbols/parse-document-symbol.js';
import { knownAgencyCode } from '../symbols/symbol-options.js';
import { issuerCodeOfName } from './issuer-names-in-prose.js';

/** A citation to check: a symbol, its date, and optionally where it stands in a report. */
export interface CitationToCheck {
  symbol: string;
  date: string | null;
  /** Path of the field it was read from; default `citations[<index>]`. */
  path?: string;
  /** The issuer the text names with it, "của <name>" ("UBND tỉnh"): see `findCitations`. */
  issuerInProse?: string;
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
  issuerInProse?: string;
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
const canonicalNumber = (number: string): string => number.replace(/^0+(?=\d)/, '');
const sameCode = (a: string, b: string): boolean => a.toLocaleUpperCase('vi') === b.toLocaleUpperCase('vi');
const isNormativeOnly = (type: string | undefined): boolean =>
  (NORMATIVE_ONLY_DOCUMENT_TYPES as readonly (string | undefined)[]).includes(type);

/**
 * A normative-only type written in the administrative shape ("107/NĐ-CP"), with the symbol it
 * should have when its date gives the year (`proposed`, else null); undefined for other symbols.
 */
const missingYear = (parsed: DocumentSymbol, date: string | null): { proposed: string | null } | undefined => {
  if (parsed.form !== 'administrative' || !isNormativeOnly(parsed.type)) return undefined;
  if (date === null) return { proposed: null };
  const issuer = parsed.unit === undefined ? parsed.issuer : `${parsed.issuer}-${parsed.unit}`;
  return { proposed: formatDocumentSymbol({ form: 'normative', number: parsed.number, year: Number(date.slice(0, 4)), type: parsed.type, issuer }) };
};

const withoutYearFinding = (entry: Entry, proposed: string | null): Finding => {
  const { symbol } = entry.parsed;
  const type = entry.parsed.type ?? '';
  return {
    code: 'CITATION_NORMATIVE_WITHOUT_YEAR',
    severity: 'warning',
    path: entry.path,
    message: proposed
      ? {
          vi: `Văn bản ${symbol}: thiếu năm ban hành trong số ký hiệu (${type} chỉ có dạng số/năm/${type}-cơ quan); đề xuất ${proposed}.`,
          en: `Document ${symbol}: cited without its year (a ${type} exists only as number/year/${type}-issuer); proposed ${proposed}.`,
        }
      : {
          vi: `Văn bản ${symbol}: thiếu năm ban hành trong số ký hiệu (${type} chỉ có dạng số/năm/${type}-cơ quan); cần bổ sung năm.`,
          en: `Document ${symbol}: cited without its year (a ${type} exists only as number/year/${type}-issuer); the year must be added.`,
        },
    details: { symbol, date: entry.date, proposedSymbol: proposed },
  };
};

/** Joint types: what follows the first issuer of "02/TTLT-BNG-BNV" are co-issuers, not a unit. */
const JOINT_TYPES: readonly (string | undefined)[] = ['TTLT', 'NQLT'];

/** The issuer parts of a symbol ("BNG-BNV" has two), a National Assembly term counting as QH. */
const issuerParts = (parsed: DocumentSymbol): string[] => {
  const issuers = JOINT_TYPES.includes(parsed.type) && parsed.unit !== undefined ? `${parsed.issuer}-${parsed.unit}` : parsed.issuer;
  return issuers.split('-').map((part) => part.replace(/^(QH)\d+$/iu, '$1'));
};

/** The code an issuer named in prose stands for, when it is known and contradicts the symbol. */
const contradictingCode = (entry: Entry): string | undefined => {
  const code = entry.issuerInProse === undefined ? undefined : issuerCodeOfName(entry.issuerInProse);
  return code !== undefined && !issuerParts(entry.parsed).some((part) => sameCode(part, code)) ? code : undefined;
};

const issuerProseFinding = (entry: Entry, issuerCode: string): Finding => {
  const { symbol, issuer } = entry.parsed;
  const name = entry.issuerInProse ?? '';
  return {
    code: 'CITATION_ISSUER_PROSE',
    severity: 'warning',
    path: entry.path,
    message: {
      vi: `Văn bản ${symbol}: văn bản ghi "của ${name}" (${issuerCode}) nhưng cơ quan ban hành trong số ký hiệu là ${issuer}; kiểm tra lại số ký hiệu hoặc cơ quan ban hành.`,
      en: `Document ${symbol}: the text says it is of "${name}" (${issuerCode}) but the symbol's issuer is ${issuer}; check the symbol or the issuer.`,
    },
    details: { symbol, issuer, issuerInProse: name, issuerCode },
  };
};

/**
 * Whether an administrative and a normative citation are one document: same number (leading
 * zeros aside), type and issuer (case aside; a drafting unit of the administrative form may be a
 * co-issuer: 02/TTLT-BNG-BNV), and the administrative date, when known, in the normative year.
 */
const sameDocument = (administrative: Entry, normative: Entry, agencyCodes?: readonly string[]): boolean => {
  const a = administrative.parsed;
  const n = normative.parsed;
  const canonical = (issuer: string): string =>
    issuer.split('-').map((part) => (knownAgencyCode(part, agencyCodes) ?? part).toLocaleUpperCase('vi')).join('-');
  const issuers = [a.issuer, ...(a.unit === undefined ? [] : [`${a.issuer}-${a.unit}`])].map(canonical);
  return (
    canonicalNumber(a.number) === canonicalNumber(n.number) &&
    a.type === n.type &&
    issuers.includes(canonical(n.issuer)) &&
    (administrative.date === null || Number(administrative.date.slice(0, 4)) === n.year)
  );
};

const twoFormsFinding = (administrative: Entry, normative: Entry): Finding => {
  const a = administrative.parsed.symbol;
  const n = normative.parsed.symbol;
  const type = administrative.parsed.type ?? '';
  const proposedSymbol = isNormativeOnly(type) ? n : null;
  return {
    code: 'CITATION_TWO_FORMS',
    severity: 'warning',
    path: administrative.path,
    message: proposedSymbol
      ? {
          vi: `Văn bản ${a} và ${n} là một văn bản được dẫn theo hai dạng; ${type} chỉ có dạng văn bản quy phạm pháp luật, dạng đúng là ${n}.`,
          en: `Documents ${a} and ${n} are one document cited in two forms; a ${type} exists only as a legal document, so the right form is ${n}.`,
        }
      : {
          vi: `Văn bản ${a} và ${n} có thể là một văn bản được dẫn theo hai dạng (hành chính và quy phạm pháp luật); cần người kiểm tra dạng đúng.`,
          en: `Documents ${a} and ${n} may be one document cited in two forms (administrative and legal); a person must check which form is right.`,
        },
    details: { symbol: a, normativeSymbol: n, proposedSymbol, paths: [administrative.path, normative.path] },
  };
};

/**
 * Consistency checks over a report's citations (docs/domain.md §5):
 * - `CITATION_DATE_CONFLICT` (warning): one symbol cited with different dates; the message names
 *   the symbol and proposes the one date that passes the other rules, or asks a person to decide
 *   when none or several do;
 * - `CITATION_DATE_AFTER_REPORT` (error): dated after the report;
 * - `CITATION_DATE_AFTER_WINDOW` (warning): dated after the data cut-off;
 * - `CITATION_NORMATIVE_YEAR_MISMATCH` (warning): `20/2013/QĐ-UBND` dated in another year;
 * - `CITATION_ISSUER_CASE` (warning): `SngV` written for `SNgV`;
 * - `CITATION_NORMATIVE_WITHOUT_YEAR` (warning): a type that exists only in the normative form
 *   (NĐ, TT, TTLT, NQLT) written without its year, `107/NĐ-CP`; proposes `107/<year>/NĐ-CP` when
 *   the citation's date is known (docs/domain.md §14);
 * - `CITATION_ISSUER_PROSE` (warning): the issuer the text names (`issuerInProse`, "của UBND
 *   tỉnh") is a known one (`issuerCodeOfName`) that is none of the symbol's issuers
 *   (`282/KH-KCNĐN`); unknown names are not checked;
 * - `CITATION_TWO_FORMS` (warning): one document cited in administrative and normative form,
 *   `25/QĐ-TTg` and `25/2021/QĐ-TTg` (same number, type and issuer, the administrative date in
 *   the normative year), once per pair; the normative form is proposed for a normative-only type,
 *   otherwise a person must decide;
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
    const path = citation.path ?? `citations[${index}]`;
    const { date, issuerInProse } = citation;
    return parsed ? [{ path, date, parsed, ...(issuerInProse === undefined ? {} : { issuerInProse }) }] : [];
  });
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const once = (key: string, finding: Finding): void => {
    if (seen.has(key)) return;
    seen.add(key);
    findings.push(finding);
  };

  // Per citation: date rules, the issuer's case, a missing year, the issuer named in prose.
  for (const entry of entries) {
    const { path, date, parsed } = entry;
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
    const withoutYear = missingYear(parsed, date);
    if (withoutYear) once(`NOYEAR|${parsed.symbol}|${withoutYear.proposed}`, withoutYearFinding(entry, withoutYear.proposed));
    const issuerCode = contradictingCode(entry);
    if (issuerCode !== undefined) once(`PROSE|${parsed.symbol}|${entry.issuerInProse}`, issuerProseFinding(entry, issuerCode));
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

  // One document in two forms: each administrative symbol against each normative one.
  const normatives = entries.filter((e) => e.parsed.form === 'normative');
  for (const administrative of entries.filter((e) => e.parsed.form === 'administrative')) {
    for (const normative of normatives) {
      if (!sameDocument(administrative, normative, options.agencyCodes)) continue;
      once(`TWO|${administrative.parsed.symbol}|${normative.parsed.symbol}`, twoFormsFinding(administrative, normative));
    }
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
