import { SNGV_M9_2020_TEXT } from '@cchc/domain';
import { readReportText } from './read-report-text.js';
import { ReportTextError } from './report-text-error.js';
import { reportDocxFromText } from './testing/report-docx-from-text.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
/** A line as a person reads it: without Markdown marks and extra spaces. */
const bare = (line: string): string => line.replace(/[#*]/g, '').replace(/\s+/g, ' ').trim();
const lines = (text: string): string[] => text.split('\n').map(bare).filter((line) => line !== '');

/** Rejects with a ReportTextError of this code. */
async function expectCode(promise: Promise<unknown>, code: ReportTextError['code']): Promise<ReportTextError> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ReportTextError);
  expect((error as ReportTextError).code).toBe(code);
  return error as ReportTextError;
}

describe('readReportText: the seed as a Word file laid out as agencies do', () => {
  let text: string;
  let read: string[];
  beforeAll(async () => {
    const docx = await reportDocxFromText(SNGV_M9_2020_TEXT);
    const result = await readReportText(docx, 'BC CCHC 9 thang 2020.DOCX');
    expect(result.format).toBe('docx');
    text = result.text;
    read = lines(text);
  });

  it('keeps every paragraph of the seed, in order', () => {
    let at = 0;
    for (const paragraph of lines(SNGV_M9_2020_TEXT)) {
      const found = read.indexOf(paragraph, at);
      expect({ paragraph, found: found >= 0 }).toEqual({ paragraph, found: true });
      at = found + 1;
    }
  });

  it('puts each header line on its own line: the two columns are never joined', () => {
    const header = read.slice(0, read.indexOf('BÁO CÁO'));
    expect(header).toEqual([
      'Số: /BC-SNgV',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Quảng Ngãi, ngày tháng 9 năm 2020',
    ]);
  });

  it('reads the recipients, then the signature block, on separate lines', () => {
    const closing = read.slice(read.indexOf('Nơi nhận:'));
    expect(closing).toEqual([
      'Nơi nhận:',
      '- VP UBND tỉnh;',
      '- Sở Nội vụ;',
      '- SNgV: PGĐ, VP;',
      '- Lưu: VT, TH.',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      'Nguyễn Văn Thành',
    ]);
  });

  it('writes Word headings as Markdown headings and bullets as "- " lines', () => {
    const raw = text.split('\n');
    expect(raw).toContain('## BÁO CÁO');
    expect(raw).toContain('##### 1. Cải cách thể chế');
    expect(raw).toContain('- + Kế hoạch số 565/KH-SNgV ngày 23/10/2019 về công tác cải cách hành chính trong năm 2020 của Sở Ngoại vụ;');
  });

  it('leaves no empty paragraph behind: never two blank lines in a row, one newline at the end', () => {
    expect(text).not.toMatch(/\n\n\n/);
    expect(text.startsWith('\n')).toBe(false);
    expect(text.endsWith('\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
    expect(text).toBe(text.normalize('NFC'));
  });
});

describe('readReportText: a header with the parent body and the agency', () => {
  it('reads the whole left column, then the whole right column', async () => {
    const markdown = [
      'UBND TỈNH QUẢNG NGÃI',
      '**SỞ NGOẠI VỤ**',
      'Số: 41/BC-SNgV',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '*Quảng Ngãi, ngày 05 tháng 10 năm 2020*',
      '',
      '**BÁO CÁO**',
      '',
      'Nội dung báo cáo.',
      '',
      '***Nơi nhận:***',
      '- Sở Nội vụ;',
      '- Lưu: VT, TH.',
      '',
      '**GIÁM ĐỐC**',
      '',
      '**Nguyễn Văn A**',
    ].join('\n');
    const { text } = await readReportText(await reportDocxFromText(markdown), 'bao-cao.docx');
    expect(lines(text)).toEqual([
      'UBND TỈNH QUẢNG NGÃI',
      'SỞ NGOẠI VỤ',
      'Số: 41/BC-SNgV',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Quảng Ngãi, ngày 05 tháng 10 năm 2020',
      'BÁO CÁO',
      'Nội dung báo cáo.',
      'Nơi nhận:',
      '- Sở Nội vụ;',
      '- Lưu: VT, TH.',
      'GIÁM ĐỐC',
      'Nguyễn Văn A',
    ]);
    // The columns are separate blocks: a blank line between the left and the right.
    expect(text).toContain('Số: 41/BC-SNgV\n\n');
  });
});

describe('readReportText: data tables', () => {
  it('turns a table of figures into a Markdown table', async () => {
    const tables = [
      'Kết quả giải quyết hồ sơ:',
      '',
      '| STT | Chỉ tiêu | Số hồ sơ |',
      '|---|---|---|',
      '| 1 | Tiếp nhận mới | 14 |',
      '| 2 | Đã giải quyết đúng hạn | 12 |',
      '| 3 | Đang giải quyết | 02 |',
      '',
      'Hai cột số liệu:',
      '',
      '| Năm | Số hồ sơ |',
      '|---|---|',
      '| 2019 | 10 |',
      '| 2020 | 14 |',
    ].join('\n');
    const markdown = ['Số: /BC-SNgV', 'Quảng Ngãi, ngày tháng 9 năm 2020', '', '## BÁO CÁO', '', tables].join('\n');
    const { text } = await readReportText(await reportDocxFromText(markdown), 'bang.docx');
    // Written into Word and read back, the tables come out as they were typed.
    expect(text).toContain(tables);
  });
});

describe('readReportText: text files', () => {
  it('reads the seed as .md and .txt, unchanged', async () => {
    await expect(readReportText(utf8(SNGV_M9_2020_TEXT), 'seed.md')).resolves.toEqual({ format: 'md', text: SNGV_M9_2020_TEXT });
    await expect(readReportText(utf8(SNGV_M9_2020_TEXT), 'SEED.TXT')).resolves.toEqual({ format: 'txt', text: SNGV_M9_2020_TEXT });
  });

  it('drops a UTF-8 byte order mark', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Số: /BC-SNgV')]);
    await expect(readReportText(bytes, 'a.txt')).resolves.toEqual({ format: 'txt', text: 'Số: /BC-SNgV' });
  });

  it('reads UTF-16 little and big endian with a byte order mark', async () => {
    const text = 'Quảng Ngãi, ngày 05 tháng 10 năm 2020\nBÁO CÁO';
    const units = Array.from(text, (c) => c.charCodeAt(0));
    const le = new Uint8Array([0xff, 0xfe, ...units.flatMap((u) => [u & 0xff, u >> 8])]);
    const be = new Uint8Array([0xfe, 0xff, ...units.flatMap((u) => [u >> 8, u & 0xff])]);
    await expect(readReportText(le, 'le.txt')).resolves.toEqual({ format: 'txt', text });
    await expect(readReportText(be, 'be.md')).resolves.toEqual({ format: 'md', text });
  });

  it('turns CRLF and CR line ends into \\n, and decomposed letters into NFC', async () => {
    const decomposed = 'Quảng Ngãi'.normalize('NFD');
    expect(decomposed).not.toBe('Quảng Ngãi');
    const { text } = await readReportText(utf8(`Số: /BC-SNgV\r\n${decomposed}\rBÁO CÁO\r\n`), 'crlf.txt');
    expect(text).toBe('Số: /BC-SNgV\nQuảng Ngãi\nBÁO CÁO\n');
  });
});

describe('readReportText: errors', () => {
  it('refuses a format it does not read, naming the ones it does', async () => {
    for (const name of ['bao-cao.pdf', 'bao-cao.doc', 'bao-cao', 'bao-cao.docx.zip']) {
      const error = await expectCode(readReportText(utf8('text'), name), 'IMPORT_FORMAT');
      expect(error.message).toContain('.docx, .md, .txt');
      expect(error.fileName).toBe(name);
    }
  });

  it('refuses a .docx that is not a Word file', async () => {
    const docx = await reportDocxFromText(SNGV_M9_2020_TEXT);
    await expectCode(readReportText(docx.subarray(0, 600), 'cut.docx'), 'IMPORT_UNREADABLE');
    await expectCode(readReportText(utf8('not a word file'), 'text.docx'), 'IMPORT_UNREADABLE');
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const error = await expectCode(readReportText(doc, 'old.docx'), 'IMPORT_UNREADABLE');
    expect(error.message).toContain('Word 97-2003');
  });

  it('refuses text that is not UTF-8 (a legacy code page) or is binary', async () => {
    // "Quảng" in Windows-1258 is not valid UTF-8.
    await expectCode(readReportText(new Uint8Array([0x51, 0x75, 0xe1, 0xba, 0x6e, 0x67, 0xd2]), 'cp1258.txt'), 'IMPORT_UNREADABLE');
    await expectCode(readReportText(new Uint8Array([0x41, 0x00, 0x42, 0x00]), 'utf16-without-bom.txt'), 'IMPORT_UNREADABLE');
    await expectCode(readReportText(new Uint8Array([0xff, 0xfe, 0x41]), 'odd.txt'), 'IMPORT_UNREADABLE');
  });

  it('refuses a file without text', async () => {
    await expectCode(readReportText(new Uint8Array(), 'empty.txt'), 'IMPORT_EMPTY');
    await expectCode(readReportText(utf8(' \n\r\n\t'), 'blank.md'), 'IMPORT_EMPTY');
    await expectCode(readReportText(new Uint8Array([0xef, 0xbb, 0xbf]), 'bom.txt'), 'IMPORT_EMPTY');
    await expectCode(readReportText(await reportDocxFromText(''), 'empty.docx'), 'IMPORT_EMPTY');
  });
});
