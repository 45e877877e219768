import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReportSchema, SNGV_M9_2020_REPORT } from '@cchc/domain';
import { REPO_ROOT } from '../../src/config/app-config.js';
import { packDocument } from '../../src/common/documents/docx-package.js';
import { PdfConverter } from '../../src/modules/documents/pdf-converter.js';
import { reportDocument } from '../../src/modules/documents/report-document.js';
import { documentRendering } from '../support/libreoffice.js';

// The seed report rendered as a văn thư would print it: Word to PDF by LibreOffice, PDF to PNG
// pages by pdftoppm, saved in test-results/documents/ for a person to look at beside the browser
// screenshots; the PDF's text then shows where the page numbers fell.
const OUT = join(REPO_ROOT, 'test-results', 'documents');
const seed = ReportSchema.parse(SNGV_M9_2020_REPORT);

documentRendering()('the seed report printed through LibreOffice', () => {
  let pdfPath: string;
  let pages: number;

  beforeAll(async () => {
    const docx = await packDocument(
      reportDocument({ content: seed, agency: { name: 'Sở Ngoại vụ', kind: 'department' }, province: 'Quảng Ngãi', firstSubmittedAt: '2020-09-18T03:00:00Z', draft: false }),
      new Date('2020-09-18T03:00:00Z'),
    );
    const pdf = await new PdfConverter({ sofficePath: null } as never).toPdf(docx);
    mkdirSync(OUT, { recursive: true });
    for (const old of readdirSync(OUT).filter((f) => f.startsWith('seed-report'))) rmSync(join(OUT, old));
    writeFileSync(join(OUT, 'seed-report.docx'), docx);
    pdfPath = join(OUT, 'seed-report.pdf');
    writeFileSync(pdfPath, pdf);
    execFileSync('pdftoppm', ['-png', '-r', '70', pdfPath, join(OUT, 'seed-report-page')]);
    pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))?.[1]);
  }, 180_000);

  const pageText = (page: number): string => execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdfPath, '-'], { encoding: 'utf8' });

  it('is an A4 PDF of several pages, each saved as a PNG', () => {
    expect(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' })).toMatch(/Page size:\s+595(\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(readdirSync(OUT).filter((f) => /^seed-report-page-\d+\.png$/.test(f))).toHaveLength(pages);
  });

  it('has no page number on page 1 and its number centred at the top of page 2 on', () => {
    const firstLine = (text: string): string => text.split('\n').find((line) => line.trim() !== '') ?? '';
    expect(firstLine(pageText(1))).toMatch(/^\s*UBND TỈNH QUẢNG NGÃI\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\s*$/);
    for (let page = 2; page <= pages; page++) expect(firstLine(pageText(page)).trim()).toBe(String(page));
  });

  it('keeps the Vietnamese text whole: the header, the signature and the appendix read back from the PDF', () => {
    const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' });
    for (const part of ['SỞ NGOẠI VỤ', 'Độc lập - Tự do - Hạnh phúc', 'KT. GIÁM ĐỐC', 'Nguyễn Văn Thành', 'Lưu: VT, TH.', 'Phụ lục', '565/KH-SNgV']) {
      expect(text).toContain(part);
    }
  });
});
