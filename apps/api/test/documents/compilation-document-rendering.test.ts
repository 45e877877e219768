import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  compilationOutline,
  compileProvinceReport,
  INDICATOR_SET_76_V1,
  programmeForYear,
  ReportSchema,
  SNGV_M9_2020_REPORT,
  type CompilationAgency,
  type CompilationResponse,
} from '@cchc/domain';
import { packDocument } from '../../src/common/documents/docx-package.js';
import { REPO_ROOT } from '../../src/config/app-config.js';
import { compilationDocument } from '../../src/modules/compilations/compilation-document.js';
import { PdfConverter } from '../../src/modules/documents/pdf-converter.js';
import { documentRendering } from '../support/libreoffice.js';

// The province's compiled report printed as the People's Committee would sign it: Word to PDF by
// LibreOffice, PDF to PNG pages, saved in test-results/documents/ beside the agency's report.
const OUT = join(REPO_ROOT, 'test-results', 'documents');
const id = (n: number): string => `00000000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`;

function sampleCompilation(): CompilationResponse {
  const agencies: CompilationAgency[] = [
    { id: id(1), code: 'SNgV', name: { vi: 'Sở Ngoại vụ', en: 'Department of Foreign Affairs' }, kind: 'department' },
    { id: id(2), code: 'TPQN', name: { vi: 'UBND thành phố Quảng Ngãi', en: 'Quang Ngai City' }, kind: 'district' },
    { id: id(3), code: 'STP', name: { vi: 'Sở Tư pháp', en: 'Department of Justice' }, kind: 'department' },
  ];
  const content = (received: number) =>
    ReportSchema.parse({
      ...SNGV_M9_2020_REPORT,
      period: { year: 2021, kind: 'M9' },
      programme: '76',
      dossier: { ...SNGV_M9_2020_REPORT.dossier, receivedInPerson: received, resolvedOnTime: received - 2, stated: undefined },
      onlineServices: [{ level: 'LEVEL_3', count: 12 }],
      indicators: [
        { code: 'PROCEDURES.SIMPLIFIED', value: 3 },
        { code: 'DIGITAL_GOVERNMENT.ISO_9001', value: true },
      ],
    });
  const set = INDICATOR_SET_76_V1;
  const outline = compilationOutline(programmeForYear(2021), set);
  const snapshot = compileProvinceReport({
    set,
    outline,
    expected: agencies,
    agencies,
    includeSubmitted: false,
    reports: [
      { id: id(11), agencyId: id(1), status: 'ACCEPTED', version: 3, timing: 'ON_TIME', daysLate: 0, content: content(14) },
      { id: id(12), agencyId: id(2), status: 'ACCEPTED', version: 3, timing: 'LATE', daysLate: 3, content: content(1245) },
    ],
  });
  return {
    id: id(20),
    issuer: null,
    period: { id: id(30), year: 2021, kind: 'M9', label: { vi: '9 tháng đầu năm 2021', en: 'First 9 months of 2021' }, windowFrom: '2020-12-15', windowTo: '2021-09-14', deadline: '2021-09-20', graceDays: 0 },
    version: 2,
    content: {
      title: 'Tình hình, kết quả thực hiện công tác cải cách hành chính 9 tháng đầu năm 2021',
      includeSubmitted: false,
      narratives: {
        DIRECTION: 'Ủy ban nhân dân tỉnh ban hành Kế hoạch cải cách hành chính năm 2021 và chỉ đạo các cơ quan, đơn vị triển khai.',
        'AREA.PROCEDURES': 'Tiếp tục đẩy mạnh giải quyết thủ tục hành chính trên môi trường điện tử.',
        ASSESSMENT: 'Công tác cải cách hành chính 9 tháng đầu năm 2021 đạt nhiều kết quả; *một số cơ quan gửi báo cáo chưa đúng hạn*.',
      },
      stated: { 'DIGITAL_GOVERNMENT.ONLINE_PAYMENT_RATE': { value: 31.4, note: 'Theo Cổng dịch vụ công tỉnh' } },
      registration: { number: '215', issuedOn: '2021-09-22' },
      signer: { lines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], name: 'Trần Phước Hiền' },
      recipients: ['Bộ Nội vụ', 'Thường trực Tỉnh ủy', 'Thường trực HĐND tỉnh', 'CT, các PCT UBND tỉnh', 'Sở Nội vụ', 'Lưu: VT, NC'],
    },
    outline,
    set: { ...set, blocks: [...set.blocks], indicators: [...set.indicators] },
    snapshot,
    changes: [],
    createdAt: '2021-09-21T02:00:00.000Z',
    updatedAt: '2021-09-22T02:00:00.000Z',
    refreshedAt: '2021-09-21T02:00:00.000Z',
  };
}

documentRendering()("the province's compiled report printed through LibreOffice", () => {
  let pdfPath: string;
  let pages: number;

  beforeAll(async () => {
    const docx = await packDocument(compilationDocument({ compilation: sampleCompilation(), province: 'Quảng Ngãi' }), new Date('2021-09-22T02:00:00Z'));
    const pdf = await new PdfConverter({ sofficePath: null } as never).toPdf(docx);
    mkdirSync(OUT, { recursive: true });
    for (const old of readdirSync(OUT).filter((f) => f.startsWith('province-report'))) rmSync(join(OUT, old));
    writeFileSync(join(OUT, 'province-report.docx'), docx);
    pdfPath = join(OUT, 'province-report.pdf');
    writeFileSync(pdfPath, pdf);
    execFileSync('pdftoppm', ['-png', '-r', '70', pdfPath, join(OUT, 'province-report-page')]);
    pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))?.[1]);
  }, 180_000);

  const pageText = (page: number): string => execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdfPath, '-'], { encoding: 'utf8' });

  it('is an A4 PDF, each page saved as a PNG, numbered from page 2', () => {
    expect(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' })).toMatch(/Page size:\s+595(\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(readdirSync(OUT).filter((f) => /^province-report-page-\d+\.png$/.test(f))).toHaveLength(pages);
    const firstLine = (text: string): string => text.split('\n').find((line) => line.trim() !== '') ?? '';
    expect(firstLine(pageText(1))).toMatch(/^\s*ỦY BAN NHÂN DÂN\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\s*$/);
    for (let page = 2; page <= pages; page++) expect(firstLine(pageText(page)).trim()).toBe(String(page));
  });

  it("reads back the province's header, the registered number and date, the signature and the appendix", () => {
    const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' });
    for (const part of [
      'TỈNH QUẢNG NGÃI',
      'Số: 215/BC-UBND',
      'Quảng Ngãi, ngày 22 tháng 9 năm 2021',
      'KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH',
      'Số hồ sơ mới tiếp nhận: 1.259',
      'Gửi trễ hạn: UBND thành phố Quảng Ngãi (3 ngày)',
      'Chưa gửi báo cáo: Sở Tư pháp',
      'Tỷ lệ hồ sơ thanh toán trực tuyến: 31,4% (Theo Cổng dịch vụ công tỉnh)',
      'TM. ỦY BAN NHÂN DÂN',
      'Trần Phước Hiền',
      'SỐ LIỆU THỐNG KÊ CẢI CÁCH HÀNH CHÍNH',
      '(Kèm theo Báo cáo số 215/BC-UBND ngày 22/9/2021 của Ủy ban nhân dân tỉnh Quảng Ngãi)',
    ]) {
      expect([part, text.replace(/\s+/g, ' ').includes(part)]).toEqual([part, true]);
    }
  });
});
