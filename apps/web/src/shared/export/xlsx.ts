import { isIsoDate } from '@cchc/domain';
import ExcelJS from 'exceljs';
import { formatCell, type DataCell, type DataColumn, type DataTable } from '../charts/data-table.js';

// The Excel export. exceljs is large (about 250 kB gzip): this module is only ever loaded with a
// dynamic import (download.ts), so neither the sign-in page nor the dashboard's first paint
// carries it.

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Characters Excel refuses in a sheet name; a name has at most 31 characters. */
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g;
const SHEET_NAME_MAX = 31;
const WIDTH_MIN = 6;
const WIDTH_MAX = 60;

/**
 * The Excel number format of a column. Excel stores the format without a locale and shows it
 * with the reader's separators: under Vietnamese settings `#,##0` reads 1.245 and `0.0%` reads
 * 99,1%. A signed column shows a plus sign on gains.
 *
 * @example
 * xlsxNumberFormat({ kind: 'rate' }) // '0.0%'
 * xlsxNumberFormat({ kind: 'count', signed: true }) // '+#,##0;-#,##0;0'
 */
export function xlsxNumberFormat(column: Pick<DataColumn, 'kind' | 'signed'>): string | undefined {
  const signed = (format: string): string => (column.signed ? `+${format};-${format};${format.replace('+', '')}` : format);
  switch (column.kind) {
    case 'count':
      return signed('#,##0');
    case 'number':
      return signed('#,##0.0');
    case 'rate':
      return signed('0.0%');
    case 'date':
      return 'dd/mm/yyyy';
    case 'text':
      return undefined;
  }
}

/**
 * One value as an Excel cell value: numbers stay numbers (a rate stays a fraction, which the
 * `%` format shows in percent), a `YYYY-MM-DD` date becomes a real date (UTC midnight, which
 * Excel stores as that day without a time), anything else text; no value is an empty cell.
 *
 * @example
 * xlsxValue(0.925, { kind: 'rate' }) // 0.925
 * xlsxValue('2020-09-20', { kind: 'date' }) // new Date(Date.UTC(2020, 8, 20))
 */
export function xlsxValue(value: DataCell, column: Pick<DataColumn, 'kind'>): string | number | Date | null {
  if (value === null || value === '') return null;
  if (typeof value === 'number') return column.kind === 'count' ? Math.round(value) : value;
  if (column.kind === 'date' && isIsoDate(value)) {
    const [year, month, day] = value.split('-').map(Number) as [number, number, number];
    return new Date(Date.UTC(year, month - 1, day));
  }
  return value;
}

/**
 * A sheet name Excel accepts: without `[]:*?/\`, at most 31 characters, never empty.
 *
 * @example
 * xlsxSheetName('Tỷ lệ hồ sơ giải quyết đúng hạn: năm 2020') // 'Tỷ lệ hồ sơ giải quyết đúng hạ'
 */
export function xlsxSheetName(title: string): string {
  const name = title.replace(SHEET_NAME_FORBIDDEN, ' ').replace(/\s+/g, ' ').trim().slice(0, SHEET_NAME_MAX).trim();
  return name || 'Sheet1';
}

/**
 * A table as an Excel workbook of one sheet: the headers (in the language of the screen) in a
 * bold row that stays in view when scrolling, numbers, rates and dates as such with a format
 * (see {@link xlsxNumberFormat}), and each column as wide as its longest value as shown on screen.
 *
 * @example
 * const sheet = tableWorkbook({ columns: [{ header: 'Đúng hạn', kind: 'rate' }], rows: [{ cells: [0.991] }] }, 'Tỷ lệ').worksheets[0]
 * sheet.getCell('A2').value // 0.991, shown as 99,1% by a Vietnamese Excel
 */
export function tableWorkbook(table: DataTable, sheetName: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CCHC';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(xlsxSheetName(sheetName), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((column, index) => {
    const shown = table.rows.map((row) => formatCell(row.cells[index] ?? null, column).length);
    const width = Math.min(WIDTH_MAX, Math.max(WIDTH_MIN, column.header.length, ...shown) + 2);
    const numFmt = xlsxNumberFormat(column);
    return { header: column.header, key: `c${index}`, width, ...(numFmt ? { style: { numFmt } } : {}) };
  });
  for (const row of table.rows) sheet.addRow(table.columns.map((column, index) => xlsxValue(row.cells[index] ?? null, column)));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  // The column style gives header cells the number format too; a header is text.
  header.eachCell((cell) => {
    cell.numFmt = 'General';
  });
  return workbook;
}

/** A table as an .xlsx file (see {@link tableWorkbook}). */
export async function toXlsx(table: DataTable, sheetName: string): Promise<Blob> {
  const buffer = await tableWorkbook(table, sheetName).xlsx.writeBuffer();
  return new Blob([buffer], { type: XLSX_TYPE });
}
