import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packDocument } from '../../src/common/documents/docx-package.js';
import { REPO_ROOT } from '../../src/config/app-config.js';
import { PdfConverter } from '../../src/modules/documents/pdf-converter.js';
import { reminderLetterDocument } from '../../src/modules/reminders/reminder-letter-document.js';
import { documentRendering } from '../support/libreoffice.js';

// Home Affairs' reminder letter printed as its văn thư would register it: Word to PDF by
// LibreOffice, PDF to PNG, saved in test-results/documents/ beside the reports.
const OUT = join(REPO_ROOT, 'test-results', 'documents');

documentRendering()('the reminder letter printed through LibreOffice', () => {
  let pdfPath: string;

  beforeAll(async () => {
    const docx = await packDocument(
      reminderLetterDocument({
        province: 'Quảng Ngãi',
        symbol: '152/SNV-CCHC',
        issuedOn: '2025-09-22',
        period: { year: 2025, kind: 'M9', deadline: '2025-09-20' },
        agencies: ['Sở Tư pháp', 'Sở Tài chính', 'UBND phường Cẩm Thành', 'UBND xã Bình Sơn'],
        replyBy: '2025-09-25',
        signer: { mode: 'KT.', onBehalfOf: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn An' },
      }),
      new Date('2025-09-22T02:00:00Z'),
    );
    const pdf = await new PdfConverter({ sofficePath: null } as never).toPdf(docx);
    mkdirSync(OUT, { recursive: true });
    for (const old of readdirSync(OUT).filter((f) => f.startsWith('reminder-letter'))) rmSync(join(OUT, old));
    writeFileSync(join(OUT, 'reminder-letter.docx'), docx);
    pdfPath = join(OUT, 'reminder-letter.pdf');
    writeFileSync(pdfPath, pdf);
    execFileSync('pdftoppm', ['-png', '-r', '70', pdfPath, join(OUT, 'reminder-letter-page')]);
  }, 180_000);

  it('is one A4 page, saved as a PNG', () => {
    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595(\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
    expect(info).toMatch(/Pages:\s+1\n/);
    expect(readdirSync(OUT).filter((f) => /^reminder-letter-page-\d+\.png$/.test(f))).toHaveLength(1);
  });

  it('reads as a Decree 30 letter: issuer and number with the summary under it, the motto and date, the addressees, the signature and recipients', () => {
    const layout = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    const lines = layout.split('\n').filter((line) => line.trim() !== '');
    expect(lines[0]).toMatch(/^\s*UBND TỈNH QUẢNG NGÃI\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\s*$/);
    expect(lines[1]).toMatch(/^\s*SỞ NỘI VỤ\s+Độc lập - Tự do - Hạnh phúc\s*$/);
    expect(layout).toMatch(/Số: 152\/SNV-CCHC\s+Quảng Ngãi, ngày 22 tháng 9 năm 2025/);
    const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const part of [
      'V/v đôn đốc gửi báo cáo cải cách hành chính 9 tháng đầu năm 2025',
      'Kính gửi:',
      '- Sở Tư pháp;',
      '- UBND xã Bình Sơn.',
      'trước ngày 25/09/2025',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      'Nguyễn Văn An',
      'Nơi nhận:',
      '- Lưu: VT, CCHC.',
    ]) {
      expect(text).toContain(part);
    }
  });
});
