import { UTF8_BOM, csvField, csvHeader, fileBaseName, toCsv } from './csv.js';
import type { DataTable } from '../charts/data-table.js';

describe(csvField.name, () => {
  it('leaves an empty field for no value', () => {
    expect(csvField(null, { kind: 'count' })).toBe('');
  });

  it('writes numbers without thousands separators and with a decimal point', () => {
    expect(csvField(19312, { kind: 'count' })).toBe('19312');
    expect(csvField(3.456, { kind: 'number' })).toBe('3.456');
    expect(csvField(0.1 + 0.2, { kind: 'number' })).toBe('0.3');
  });

  it('writes a rate in percent, rounded to two decimals', () => {
    expect(csvField(0.925, { kind: 'rate' })).toBe('92.5');
    expect(csvField(0.983180753672557, { kind: 'rate' })).toBe('98.32');
    expect(csvField(1, { kind: 'rate' })).toBe('100');
  });

  it('writes dates as ISO YYYY-MM-DD, which software reads whatever its locale', () => {
    expect(csvField('2020-09-20', { kind: 'date' })).toBe('2020-09-20');
  });

  it('quotes a field with a comma, a quote or a line break, doubling the quotes', () => {
    expect(csvField('Sở Lao động, Thương binh', { kind: 'text' })).toBe('"Sở Lao động, Thương binh"');
    expect(csvField('Kế hoạch "565"', { kind: 'text' })).toBe('"Kế hoạch ""565"""');
    expect(csvField('hai\ndòng', { kind: 'text' })).toBe('"hai\ndòng"');
  });

  it('keeps text that a spreadsheet would run as a formula from running', () => {
    expect(csvField('=HYPERLINK("x")', { kind: 'text' })).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-5', { kind: 'text' })).toBe("'-5");
  });
});

describe(csvHeader.name, () => {
  it('names the unit of a rate column', () => {
    expect(csvHeader({ header: 'Tỷ lệ đúng hạn', kind: 'rate' })).toBe('Tỷ lệ đúng hạn (%)');
    expect(csvHeader({ header: 'Số hồ sơ', kind: 'count' })).toBe('Số hồ sơ');
  });
});

describe(toCsv.name, () => {
  const table: DataTable = {
    columns: [
      { header: 'Kỳ báo cáo', kind: 'text' },
      { header: 'Tỷ lệ đúng hạn', kind: 'rate' },
      { header: 'Hạn nộp', kind: 'date' },
    ],
    rows: [{ cells: ['9 tháng đầu năm 2020', 0.9, '2020-09-20'] }, { cells: ['Năm 2020', null] }],
  };

  it('starts with the UTF-8 byte-order mark so that Excel reads Vietnamese', () => {
    expect(toCsv(table).startsWith(UTF8_BOM)).toBe(true);
    expect(new TextEncoder().encode(toCsv(table)).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('writes the Vietnamese headers, then one line per row, with CRLF line ends', () => {
    expect(toCsv(table)).toBe(`${UTF8_BOM}Kỳ báo cáo,Tỷ lệ đúng hạn (%),Hạn nộp\r\n9 tháng đầu năm 2020,90,2020-09-20\r\nNăm 2020,,\r\n`);
  });

  it('writes only the headers for a table without rows', () => {
    expect(toCsv({ ...table, rows: [] })).toBe(`${UTF8_BOM}Kỳ báo cáo,Tỷ lệ đúng hạn (%),Hạn nộp\r\n`);
  });
});

describe(fileBaseName.name, () => {
  it('drops the diacritics and writes đ as d', () => {
    expect(fileBaseName('Tỷ lệ hồ sơ đúng hạn — năm 2020')).toBe('ty-le-ho-so-dung-han-nam-2020');
    expect(fileBaseName('ĐÀO TẠO, BỒI DƯỠNG')).toBe('dao-tao-boi-duong');
  });

  it('falls back to a name for a title without letters or digits', () => {
    expect(fileBaseName('—')).toBe('bieu-do');
  });

  it('keeps names short', () => {
    expect(fileBaseName('a '.repeat(100)).length).toBeLessThanOrEqual(80);
    expect(fileBaseName('a '.repeat(100)).endsWith('-')).toBe(false);
  });
});
