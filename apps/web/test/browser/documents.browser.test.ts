import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportResponse, ReportSummary } from '@cchc/domain';
import { apiAs, browserUnderTest, openAppInBrowser, screenshotDir, signIn, type AppInBrowser } from './browser-support.js';

const { describeInBrowser, chromiumPath } = browserUnderTest();

/** The text of one page of a PDF, as poppler reads it (installed with LibreOffice for the document tests). */
const pdfPageText = (file: string, page: number): string =>
  execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });

describeInBrowser('Report documents in a real browser: Word, PDF, print and registration', () => {
  let opened: AppInBrowser;
  let seedPath = '';

  beforeAll(async () => {
    opened = await openAppInBrowser(chromiumPath);
  }, 120_000);

  afterAll(async () => {
    await opened?.close();
  });

  it('downloads the seed report as Word and PDF from its page', async () => {
    const { page, app, problems } = opened;
    await signIn(page, app.baseUrl, 'snv');
    const list = await apiAs<{ items: ReportSummary[] }>(page, 'GET', '/api/reports?year=2020');
    const seed = list.body.items.find((r) => r.title.includes('9 tháng đầu năm 2020') && r.errorCount > 0);
    expect(seed).toBeDefined();
    seedPath = `/reports/${seed?.id ?? ''}`;
    await page.goto(`${app.baseUrl}${seedPath}`, { waitUntil: 'networkidle' });
    const card = page.getByTestId('report-documents');
    await card.getByRole('button', { name: 'Tải Word' }).first().waitFor();

    const [word] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Tải Word' }).first().click()]);
    expect(word.suggestedFilename()).toBe('BC-SNgV_M9-2020.docx');
    const wordFile = join(screenshotDir(), 'seed-report-from-browser.docx');
    await word.saveAs(wordFile);
    expect(readFileSync(wordFile).subarray(0, 2).toString()).toBe('PK');

    // The server has LibreOffice (CI installs it): PDF is offered, and says it is working meanwhile.
    const pdfButton = card.getByRole('button', { name: 'Tải PDF' }).first();
    await pdfButton.waitFor();
    const [pdf] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), pdfButton.click()]);
    expect(pdf.suggestedFilename()).toBe('BC-SNgV_M9-2020.pdf');
    const pdfFile = join(screenshotDir(), 'seed-report-from-browser.pdf');
    await pdf.saveAs(pdfFile);
    expect(pdfPageText(pdfFile, 1)).toMatch(/UBND TỈNH QUẢNG NGÃI\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);

    // Each submission has its own download, as it was sent.
    await expect(card.locator('li[data-sequence="1"]').textContent()).resolves.toContain('Lần 1 (18/09/2020)');
    await page.screenshot({ path: join(screenshotDir(), 'report-documents-card.png') });
    expect(problems.pageErrors).toEqual([]);
  }, 180_000);

  it("prints the report page as the document only: the app's bar, panels and buttons stay off paper", async () => {
    const { page } = opened;
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(screenshotDir(), 'report-print-media.png'), fullPage: true });
    const file = join(screenshotDir(), 'report-print.pdf');
    writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
    await page.emulateMedia({ media: 'screen' });
    const first = pdfPageText(file, 1);
    const firstLine = first.split('\n').find((line) => line.trim() !== '') ?? '';
    expect(firstLine).toMatch(/^\s*UBND TỈNH QUẢNG NGÃI\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\s*$/);
    for (const screenOnly of ['Đăng xuất', 'Tải Word', 'Tổng quan', 'Kết quả kiểm tra', '← Danh sách chờ duyệt']) expect(first).not.toContain(screenOnly);
    const all = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(all).toContain('Nguyễn Văn Thành');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', file, join(screenshotDir(), 'report-print-page')]);
  }, 60_000);

  it("lets the agency record the number and date of issue of the report it sent, and the page shows them", async () => {
    const { page, app, problems } = opened;
    await page.getByTestId('logout').click();
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await signIn(page, app.baseUrl, 'sngv');
    await page.goto(`${app.baseUrl}${seedPath}`, { waitUntil: 'networkidle' });
    const panel = page.getByTestId('registration-panel');
    await expect(panel.getByTestId('registration-state').textContent()).resolves.toContain('chưa có số và ngày ban hành');

    await panel.getByTestId('registration-number').fill('125');
    await panel.getByTestId('registration-save').click();
    await expect(panel.locator('#registration-date-error').textContent()).resolves.toBe('Nhập cả số và ngày ban hành, hoặc để trống cả hai.');

    await panel.getByTestId('registration-date').fill('18/9/2020');
    await panel.getByTestId('registration-save').click();
    await page.getByTestId('review-outcome').waitFor();
    await expect(page.getByTestId('review-outcome').textContent()).resolves.toContain('Đã ghi số và ngày ban hành');
    await expect(page.getByTestId('report-symbol').textContent()).resolves.toBe('Số: 125/BC-SNgV');
    await expect(page.getByTestId('report-place-date').textContent()).resolves.toBe('Quảng Ngãi, ngày 18 tháng 9 năm 2020');
    const stored = await apiAs<ReportResponse>(page, 'GET', `/api${seedPath}`);
    expect(stored.body.status).toBe('SUBMITTED');
    expect(stored.body.content.symbol.number).toBe('125');
    await page.screenshot({ path: join(screenshotDir(), 'report-registered.png'), fullPage: false });
    expect(problems.pageErrors).toEqual([]);
  }, 60_000);

  it('offers the draft as a Word file marked DỰ THẢO in the editor, and the approver registers at submission', async () => {
    const { page, app, problems } = opened;
    await page.getByTestId('logout').click();
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await signIn(page, app.baseUrl, 'sngv.ld');
    const drafts = (await apiAs<{ items: ReportSummary[] }>(page, 'GET', '/api/reports?status=DRAFT')).body.items.filter((r) => r.errorCount === 0);
    const draft = drafts[0];
    expect(draft).toBeDefined();
    await page.goto(`${app.baseUrl}/reports/${draft?.id ?? ''}/edit`, { waitUntil: 'networkidle' });
    await page.getByTestId('submit-panel').waitFor();
    const downloads = page.getByTestId('document-downloads').first();
    await expect(downloads.getByTestId('document-draft-note').textContent()).resolves.toContain('DỰ THẢO');
    const [word] = await Promise.all([page.waitForEvent('download'), downloads.getByRole('button', { name: 'Tải Word' }).click()]);
    expect(word.suggestedFilename()).toMatch(/^BC-SNgV_[A-Z0-9]+-\d{4}_du-thao\.docx$/);

    const panel = page.getByTestId('submit-panel');
    await panel.getByTestId('signing-title').fill('PHÓ GIÁM ĐỐC');
    await panel.getByTestId('signing-name').fill('Nguyễn Văn A');
    await panel.getByTestId('registration-number').fill('7');
    await panel.getByTestId('registration-date').fill('');
    await panel.getByTestId('submit-report').click();
    await expect(panel.locator('#submit-registration-date-error').textContent()).resolves.toBe('Nhập cả số và ngày ban hành, hoặc để trống cả hai.');
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    await panel.getByTestId('registration-date').fill(`${today.slice(8, 10)}/${today.slice(5, 7)}/${today.slice(0, 4)}`);
    await panel.getByTestId('submit-report').click();
    const dialog = page.getByTestId('submit-confirm');
    await expect(dialog.textContent()).resolves.toContain('Số: 7/BC-SNgV');
    await page.screenshot({ path: join(screenshotDir(), 'submit-with-registration.png') });
    await dialog.getByTestId('submit-confirm-ok').click();
    await page.waitForFunction(async (id) => {
      const response = await fetch(`/api/reports/${id}`, { credentials: 'same-origin' });
      return ((await response.json()) as { status: string }).status === 'SUBMITTED';
    }, draft?.id ?? '');
    const stored = await apiAs<ReportResponse>(page, 'GET', `/api/reports/${draft?.id ?? ''}`);
    expect(stored.body.content.symbol.number).toBe('7');
    expect(stored.body.content.signedOn).toBe(today);
    expect(problems.pageErrors).toEqual([]);
  }, 90_000);
});
