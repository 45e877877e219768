import ExcelJS from 'exceljs';
import { tableWorkbook, xlsxNumberFormat, xlsxSheetName, xlsxValue } from './xlsx.js';
import type { DataTable } from '../charts/data-table.js';

const TABLE: DataTable = {
  columns: [
    { header: 'Cơ quan, đơn vị', kind: 'text' },
    { header: 'Số hồ sơ', kind: 'count' },
    { header: 'Tỷ lệ đúng hạn', kind: 'rate' },
    { header: 'Thay đổi', kind: 'rate', signed: true },
    { header: 'Ngày gửi', kind: 'date' },
    { header: 'Bình quân', kind: 'number' },
  ],
  rows: [
    { cells: ['Sở Ngoại vụ', 1245, 0.9914, 0.012, '2020-09-20', 3.44] },
    { cells: ['=HYPERLINK("x")', null, null, -0.05, null, 0] },
  ],
};

/** The workbook written to .xlsx bytes and read back, as Excel would open the file. */
async function roundTrip(table: DataTable, sheetName: string): Promise<ExcelJS.Worksheet> {
  const bytes = await tableWorkbook(table, sheetName).xlsx.writeBuffer();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('The workbook has no sheet.');
  return sheet;
}

describe(tableWorkbook.name, () => {
  it('writes numbers, rates and dates as such, with a format, in a file Excel opens', async () => {
    const sheet = await roundTrip(TABLE, 'Xếp hạng');
    expect(sheet.name).toBe('Xếp hạng');
    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toBe('Sở Ngoại vụ');
    expect(row.getCell(2).type).toBe(ExcelJS.ValueType.Number);
    expect(row.getCell(2).value).toBe(1245);
    expect(row.getCell(2).numFmt).toBe('#,##0');
    expect(row.getCell(3).type).toBe(ExcelJS.ValueType.Number);
    expect(row.getCell(3).value).toBe(0.9914);
    expect(row.getCell(3).numFmt).toBe('0.0%');
    expect(row.getCell(4).numFmt).toBe('+0.0%;-0.0%;0.0%');
    expect(row.getCell(5).type).toBe(ExcelJS.ValueType.Date);
    expect(row.getCell(5).value).toEqual(new Date(Date.UTC(2020, 8, 20)));
    expect(row.getCell(5).numFmt).toBe('dd/mm/yyyy');
    expect(row.getCell(6).value).toBe(3.44);
    expect(row.getCell(6).numFmt).toBe('#,##0.0');
  });

  it('leaves a missing value empty and keeps text that looks like a formula as text', async () => {
    const row = (await roundTrip(TABLE, 'Xếp hạng')).getRow(3);
    expect(row.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(1).value).toBe('=HYPERLINK("x")');
    expect(row.getCell(2).type).toBe(ExcelJS.ValueType.Null);
    expect(row.getCell(4).value).toBe(-0.05);
  });

  it('puts the headers in a bold row that stays in view, as text, and sizes the columns', async () => {
    const sheet = await roundTrip(TABLE, 'Xếp hạng');
    const header = sheet.getRow(1);
    expect(TABLE.columns.map((_, index) => header.getCell(index + 1).value)).toEqual(TABLE.columns.map((column) => column.header));
    expect(header.getCell(3).font?.bold).toBe(true);
    expect(header.getCell(3).numFmt ?? 'General').toBe('General');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(1).width).toBe('=HYPERLINK("x")'.length + 2);
    expect(sheet.getColumn(2).width).toBe('Số hồ sơ'.length + 2);
  });

  it('names the sheet within what Excel accepts', async () => {
    const sheet = await roundTrip({ columns: [{ header: 'A', kind: 'text' }], rows: [] }, 'Tỷ lệ hồ sơ giải quyết đúng hạn: năm 2020');
    expect(sheet.name).toBe('Tỷ lệ hồ sơ giải quyết đúng hạn');
    expect(sheet.rowCount).toBe(1);
  });
});

describe(xlsxNumberFormat.name, () => {
  it('gives counts thousands separators, rates a percent format and dates dd/mm/yyyy', () => {
    expect(xlsxNumberFormat({ kind: 'count' })).toBe('#,##0');
    expect(xlsxNumberFormat({ kind: 'count', signed: true })).toBe('+#,##0;-#,##0;#,##0');
    expect(xlsxNumberFormat({ kind: 'rate' })).toBe('0.0%');
    expect(xlsxNumberFormat({ kind: 'date' })).toBe('dd/mm/yyyy');
    expect(xlsxNumberFormat({ kind: 'text' })).toBeUndefined();
  });
});

describe(xlsxValue.name, () => {
  it('rounds counts, keeps rates as fractions and turns dates into UTC days', () => {
    expect(xlsxValue(12.6, { kind: 'count' })).toBe(13);
    expect(xlsxValue(0.925, { kind: 'rate' })).toBe(0.925);
    expect(xlsxValue('2021-01-05', { kind: 'date' })).toEqual(new Date(Date.UTC(2021, 0, 5)));
    expect(xlsxValue('không rõ', { kind: 'date' })).toBe('không rõ');
    expect(xlsxValue('', { kind: 'text' })).toBeNull();
  });
});

describe(xlsxSheetName.name, () => {
  it('drops the characters Excel refuses and never leaves the name empty', () => {
    expect(xlsxSheetName('Quý I/2020 [bản nháp]')).toBe('Quý I 2020 bản nháp');
    expect(xlsxSheetName('???')).toBe('Sheet1');
  });
});
