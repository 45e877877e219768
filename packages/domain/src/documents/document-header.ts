import type { AgencyKind } from '../agencies/agency-kind.js';
import { toVietnamDate } from '../dates/to-vietnam-date.js';
import { periodWindow } from '../periods/period-window.js';
import { formatPlaceAndDate } from '../reports/format-place-and-date.js';
import type { Report } from '../reports/report.schema.js';
import { symbolAfterNumber, type ReportSymbol } from '../reports/report-symbol.js';

/** The left column of a document's header: the parent body (regular) and the issuer (bold). */
export interface IssuerLines {
  parent: string | null;
  issuer: string[];
}

/** The room a văn thư leaves for the number written by hand on an unregistered document. */
const NUMBER_BLANK = '      ';

/**
 * The issuer's lines of the header (docs/domain.md §11), in capitals. A department or board is
 * under the provincial People's Committee, printed above it ("UBND TỈNH QUẢNG NGÃI" / "SỞ NGOẠI
 * VỤ"); a People's Committee has no parent line and writes its name on two lines ("ỦY BAN NHÂN
 * DÂN" / "HUYỆN BÌNH SƠN"), the province's own too ("ỦY BAN NHÂN DÂN" / "TỈNH QUẢNG NGÃI").
 *
 * @example
 * issuerLines({ name: 'Sở Ngoại vụ', kind: 'department' }, 'Quảng Ngãi')
 * // { parent: 'UBND TỈNH QUẢNG NGÃI', issuer: ['SỞ NGOẠI VỤ'] }
 * issuerLines({ name: 'UBND huyện Bình Sơn', kind: 'district' }, 'Quảng Ngãi')
 * // { parent: null, issuer: ['ỦY BAN NHÂN DÂN', 'HUYỆN BÌNH SƠN'] }
 */
export function issuerLines(agency: { name: string; kind: AgencyKind }, province: string): IssuerLines {
  const upper = (text: string): string => text.trim().toLocaleUpperCase('vi');
  if (agency.kind === 'district' || agency.kind === 'commune' || agency.kind === 'province') {
    const locality = /^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(.+)$/iu.exec(agency.name.trim())?.[1];
    return { parent: null, issuer: locality ? ['ỦY BAN NHÂN DÂN', upper(locality)] : [upper(agency.name)] };
  }
  return { parent: `UBND TỈNH ${upper(province)}`, issuer: [upper(agency.name)] };
}

/**
 * The issuer's lines of the province's own documents (its report to the Ministry, docs/domain.md
 * §12): the provincial People's Committee on two lines, with no parent line.
 *
 * @example
 * provinceIssuerLines('Quảng Ngãi') // { parent: null, issuer: ['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NGÃI'] }
 */
export function provinceIssuerLines(province: string): IssuerLines {
  return { parent: null, issuer: ['ỦY BAN NHÂN DÂN', `TỈNH ${province.trim().toLocaleUpperCase('vi')}`] };
}

/**
 * The "Số:" line of the document: the registered number, or the blank a văn thư fills in by hand
 * while the report is not registered, as in the seed ("Số:      /BC-SNgV").
 *
 * @example
 * documentSymbolLine({ number: '41', type: 'BC', issuer: 'STP' }) // 'Số: 41/BC-STP'
 * documentSymbolLine({ number: null, type: 'BC', issuer: 'SNgV' }) // 'Số:      /BC-SNgV'
 */
export function documentSymbolLine(symbol: ReportSymbol): string {
  return `Số: ${documentSymbol(symbol)}`;
}

/** The symbol with its number, or with the blank: "41/BC-STP", "      /BC-SNgV". */
const documentSymbol = (symbol: ReportSymbol): string => `${symbol.number ?? NUMBER_BLANK}${symbolAfterNumber(symbol)}`;

/**
 * The place-and-date line of a report (docs/domain.md §11, §13): its date of issue when given;
 * otherwise the day is left blank in the month of the report's date, which is the month of its
 * first submission, or, for a draft never submitted, the month of the period's deadline.
 *
 * @example
 * reportDateLine({ place: 'Quảng Ngãi', signedOn: '2021-03-12', period: { year: 2021, kind: 'Q1' } }, null)
 * // 'Quảng Ngãi, ngày 12 tháng 3 năm 2021'
 * reportDateLine({ place: 'Quảng Ngãi', signedOn: null, period: { year: 2020, kind: 'M9' } }, '2020-09-18T03:00:00Z')
 * // 'Quảng Ngãi, ngày    tháng 9 năm 2020'
 */
export function reportDateLine(report: Pick<Report, 'place' | 'signedOn' | 'period'>, firstSubmittedAt: string | null): string {
  return formatPlaceAndDate(report.place, reportDate(report, firstSubmittedAt));
}

/** The date of issue (`YYYY-MM-DD`), or the month (`YYYY-MM`) whose day is left blank. */
function reportDate(report: Pick<Report, 'signedOn' | 'period'>, firstSubmittedAt: string | null): string {
  return report.signedOn ?? (firstSubmittedAt ? toVietnamDate(firstSubmittedAt).slice(0, 7) : periodWindow(report.period).deadline.slice(0, 7));
}

/**
 * The line under an appendix's title naming the report it goes with (docs/domain.md §11), with
 * the same blanks as the header while the report is not registered.
 *
 * @example
 * appendixReference({ symbol: { number: '41', type: 'BC', issuer: 'STP' }, signedOn: '2021-03-12', period: { year: 2021, kind: 'Q1' } }, 'Sở Tư pháp', null)
 * // '(Kèm theo Báo cáo số 41/BC-STP ngày 12/3/2021 của Sở Tư pháp)'
 */
export function appendixReference(report: Pick<Report, 'symbol' | 'signedOn' | 'period'>, agencyName: string, firstSubmittedAt: string | null): string {
  const [year, month, day] = reportDate(report, firstSubmittedAt).split('-');
  const date = `${day === undefined ? '    ' : String(Number(day))}/${Number(month)}/${year}`;
  return `(Kèm theo Báo cáo số ${documentSymbol(report.symbol)} ngày ${date} của ${agencyName})`;
}
