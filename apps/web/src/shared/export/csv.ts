import type { DataCell, DataColumn, DataTable } from '../charts/data-table.js';

/** Byte-order mark: without it Excel reads UTF-8 as the local code page and garbles Vietnamese. */
export const UTF8_BOM = '\uFEFF';

// Spreadsheets run a cell that starts with one of these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/** Rounds away binary noise (0.1 + 0.2) without changing what a person reads. */
const plain = (value: number, digits: number): string => String(Number(value.toFixed(digits)));

/**
 * One value as a CSV field, for software rather than people (people get the Excel export):
 * numbers without thousands separators and with a decimal point; a rate in percent (the header
 * says so); dates as ISO `YYYY-MM-DD`; text that a spreadsheet would run as a formula gets a
 * leading apostrophe; a field with a comma, quote or line break is quoted.
 *
 * @example
 * csvField(0.925, { header: 'Đúng hạn (%)', kind: 'rate' }) // '92.5'
 * csvField('2020-09-20', { header: 'Ngày gửi', kind: 'date' }) // '2020-09-20'
 * csvField('Sở Tư pháp, tỉnh', { header: 'Cơ quan', kind: 'text' }) // '"Sở Tư pháp, tỉnh"'
 */
export function csvField(value: DataCell, column: Pick<DataColumn, 'kind'>): string {
  let text: string;
  if (value === null) text = '';
  else if (typeof value === 'number') {
    text = column.kind === 'rate' ? plain(value * 100, 2) : column.kind === 'count' ? String(Math.round(value)) : plain(value, 4);
  } else text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A column header, with the unit of a rate column (its values are percentages). */
export function csvHeader(column: Pick<DataColumn, 'header' | 'kind'>): string {
  return csvField(column.kind === 'rate' ? `${column.header} (%)` : column.header, { kind: 'text' });
}

/**
 * A table as CSV for other software: UTF-8 with a byte-order mark (so that a spreadsheet that
 * opens it still reads Vietnamese), comma-separated (RFC 4180), CRLF line ends, the headers in
 * the language of the screen.
 *
 * @example
 * toCsv({ columns: [{ header: 'Kỳ', kind: 'text' }, { header: 'Đúng hạn', kind: 'rate' }], rows: [{ cells: ['Quý I', 0.9] }] })
 * // '\uFEFFKỳ,Đúng hạn (%)\r\nQuý I,90\r\n'
 */
export function toCsv(table: DataTable): string {
  const lines = [
    table.columns.map(csvHeader).join(','),
    ...table.rows.map((row) => table.columns.map((column, index) => csvField(row.cells[index] ?? null, column)).join(',')),
  ];
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}

/**
 * A file name from a chart title: no diacritics (đ as d), lower case, words joined by dashes,
 * at most 80 characters.
 *
 * @example
 * fileBaseName('Tỷ lệ hồ sơ đúng hạn — năm 2020') // 'ty-le-ho-so-dung-han-nam-2020'
 */
export function fileBaseName(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || 'bieu-do';
}
