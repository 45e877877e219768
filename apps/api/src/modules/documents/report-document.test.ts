import { ReportSchema, SNGV_M9_2020_REPORT, type Report } from '@cchc/domain';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { packDocument } from '../../common/documents/docx-package.js';
import { reportDocument, type ReportDocumentSource } from './report-document.js';

const seed = ReportSchema.parse(SNGV_M9_2020_REPORT);
const source = (overrides: Partial<ReportDocumentSource> = {}): ReportDocumentSource => ({
  content: seed,
  agency: { name: 'Sở Ngoại vụ', kind: 'department' },
  province: 'Quảng Ngãi',
  firstSubmittedAt: '2020-09-18T03:00:00Z',
  draft: false,
  ...overrides,
});
const moment = new Date('2020-09-18T03:00:00Z');
const render = (overrides: Partial<ReportDocumentSource> = {}): Promise<Buffer> => packDocument(reportDocument(source(overrides)), moment);
const textOf = async (docx: Buffer): Promise<string> => (await mammoth.extractRawText({ buffer: docx })).value;
const xmlOf = (docx: Buffer, part: string): string => {
  const file = unzipSync(docx)[part];
  if (!file) throw new Error(`No ${part} in the package`);
  return strFromU8(file);
};

/** Where each expected text first appears after the previous one; -1 for one missing or out of order. */
function positionsInOrder(text: string, expected: string[]): number[] {
  let from = 0;
  return expected.map((part) => {
    const at = text.indexOf(part, from);
    if (at >= 0) from = at + part.length;
    return at;
  });
}

describe('the report as a Word document', () => {
  it('reads back with every part of the seed report in the order of the official document', async () => {
    const text = await textOf(await render());
    const expected = [
      'UBND TỈNH QUẢNG NGÃI',
      'SỞ NGOẠI VỤ',
      'Số:       /BC-SNgV',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Quảng Ngãi, ngày    tháng 9 năm 2020',
      'BÁO CÁO',
      'Tình hình, kết quả thực hiện công tác cải cách hành chính 9 tháng đầu năm 2020',
      'Thực hiện chế độ thông tin, báo cáo định kỳ',
      ...seed.sections.map((s) => s.heading.replace(/^([IVX]+\. )(.*)$/u, (_, n: string, rest: string) => n + rest.toLocaleUpperCase('vi'))),
      'Nơi nhận:',
      '- VP UBND tỉnh;',
      '- Lưu: VT, TH.',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      'Nguyễn Văn Thành',
      'Phụ lục',
      '(Kèm theo Báo cáo số       /BC-SNgV ngày     /9/2020 của Sở Ngoại vụ)',
      'Kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính',
      'Tỷ lệ giải quyết đúng hạn',
      '100%',
      '565/KH-SNgV',
      '23/10/2019',
      '23/QĐ-SNgV',
      '323/SNgV-VP',
    ];
    const positions = positionsInOrder(text, expected);
    expect(expected.filter((_, i) => positions[i] === -1)).toEqual([]);
    expect(text).not.toContain('DỰ THẢO');
    expect(text).not.toMatch(/\*\*|#####/);
  });

  it('prints the registered number and the date of issue with the padding rule', async () => {
    const registered: Report = { ...seed, symbol: { number: '41', type: 'BC', issuer: 'STP' }, agencyCode: 'STP', signedOn: '2021-03-12', period: { year: 2021, kind: 'Q1' } };
    const text = await textOf(await render({ content: registered, agency: { name: 'Sở Tư pháp', kind: 'department' } }));
    expect(text).toContain('Số: 41/BC-STP');
    expect(text).toContain('Quảng Ngãi, ngày 12 tháng 3 năm 2021');
    expect(text).toContain('(Kèm theo Báo cáo số 41/BC-STP ngày 12/3/2021 của Sở Tư pháp)');
    const padded = await textOf(await render({ content: { ...registered, signedOn: '2021-02-05' } }));
    expect(padded).toContain('Quảng Ngãi, ngày 05 tháng 02 năm 2021');
  });

  it('lists the indicators the agency entered in the appendix, formatted, in the order of the set', async () => {
    const content: Report = {
      ...seed,
      period: { year: 2021, kind: 'M9' },
      programme: '76',
      indicators: [
        { code: 'DIGITAL_GOVERNMENT.ONLINE_PAYMENT_RATE', value: 98.5, note: '', asPublished: false },
        { code: 'PROCEDURES.SIMPLIFIED', value: 1245, note: 'Theo Quyết định 12/QĐ-UBND', asPublished: false },
      ],
    };
    const text = await textOf(await render({ content }));
    expect(positionsInOrder(text, ['Chỉ tiêu thống kê', 'Số thủ tục hành chính được đơn giản hóa', '1.245', 'Theo Quyết định 12/QĐ-UBND', 'Tỷ lệ hồ sơ thanh toán trực tuyến', '98,5%']).includes(-1)).toBe(false);
    expect(await textOf(await render())).not.toContain('Chỉ tiêu thống kê');
  });

  it('marks a draft, and writes a People\'s Committee without a parent line', async () => {
    const text = await textOf(await render({ draft: true, agency: { name: 'UBND huyện Bình Sơn', kind: 'district' } }));
    expect(text.trimStart().startsWith('DỰ THẢO')).toBe(true);
    expect(positionsInOrder(text, ['ỦY BAN NHÂN DÂN', 'HUYỆN BÌNH SƠN', 'CỘNG HÒA'])).not.toContain(-1);
    expect(text).not.toContain('UBND TỈNH');
  });

  it('is A4 with margins inside the decree\'s ranges, Times New Roman at 14 pt, and page numbers from page 2', async () => {
    const docx = await render();
    const document = xmlOf(docx, 'word/document.xml');
    const size = /<w:pgSz [^>]*w:w="(\d+)"[^>]*w:h="(\d+)"/.exec(document);
    expect(size?.slice(1).map(Number)).toEqual([11906, 16838]);
    const margin = Object.fromEntries([...(/<w:pgMar ([^>]*)\/>/.exec(document)?.[1] ?? '').matchAll(/w:(\w+)="(\d+)"/g)].map((m) => [m[1], Number(m[2]) / 56.7]));
    expect(margin.top).toBeGreaterThanOrEqual(20);
    expect(margin.top).toBeLessThanOrEqual(25);
    expect(margin.bottom).toBeGreaterThanOrEqual(20);
    expect(margin.bottom).toBeLessThanOrEqual(25);
    expect(margin.left).toBeGreaterThanOrEqual(30);
    expect(margin.left).toBeLessThanOrEqual(35);
    expect(margin.right).toBeGreaterThanOrEqual(15);
    expect(margin.right).toBeLessThanOrEqual(20);
    // A different first page (titlePg) whose header is empty; the other pages' header holds the page number.
    expect(document).toContain('<w:titlePg');
    const styles = xmlOf(docx, 'word/styles.xml');
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    expect(defaults).toMatch(/<w:rFonts [^>]*w:ascii="Times New Roman"/);
    const halfPoints = Number(/<w:sz w:val="(\d+)"/.exec(defaults)?.[1]);
    expect(halfPoints / 2).toBeGreaterThanOrEqual(13);
    expect(halfPoints / 2).toBeLessThanOrEqual(14);
    const headers = Object.keys(unzipSync(docx)).filter((p) => /^word\/header\d+\.xml$/.test(p)).map((p) => xmlOf(docx, p));
    expect(headers.filter((h) => h.includes('PAGE'))).toHaveLength(1);
    // No other font anywhere in the body.
    expect([...document.matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]).filter((f) => f !== 'Times New Roman')).toEqual([]);
  });

  it('gives the same bytes for the same content and moment, whenever it is rendered', async () => {
    const first = await render();
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await render()).equals(first)).toBe(true);
    expect((await packDocument(reportDocument(source()), new Date('2020-09-19T03:00:00Z'))).equals(first)).toBe(false);
  });
});
