import { join } from 'node:path';
import { SNGV_M9_2020_TEXT, type AgencyDto, type ImportListResponse, type ReportingPeriodDto, type ReportListResponse, type ReportResponse } from '@cchc/domain';
import type { Page } from 'playwright-core';
import { apiAs, browserUnderTest, elementsPastRightEdge, openAppInBrowser, screenshotDir, signIn, type AppInBrowser } from './browser-support.js';

const { describeInBrowser, chromiumPath } = browserUnderTest();

/** The seed report (Sở Ngoại vụ, 9 months of 2020) moved to another year, and to another agency's code when asked. */
function seedText(year: number, agencyCode = 'SNgV'): string {
  const moved = SNGV_M9_2020_TEXT.replaceAll('2020', String(year));
  return agencyCode === 'SNgV' ? moved : moved.replace('/BC-SNgV', `/BC-${agencyCode}`);
}

const file = (name: string, text: string, mimeType = 'text/markdown') => ({ name, mimeType, buffer: Buffer.from(text, 'utf8') });

/** A 9-month period of the years the demo has no report of (it has 2020 and 2021), the earliest first. */
async function freeM9Periods(page: Page, agencyId: string): Promise<ReportingPeriodDto[]> {
  const periods = (await apiAs<ReportingPeriodDto[]>(page, 'GET', '/api/periods?kind=M9')).body;
  const taken = new Set((await apiAs<ReportListResponse>(page, 'GET', `/api/reports?agencyId=${agencyId}`)).body.items.map((r) => r.periodId));
  return periods.filter((p) => !taken.has(p.id)).sort((a, b) => a.year - b.year);
}

/** The element's box lies inside the source pane's visible text (it scrolled to it). */
async function insideSourcePane(page: Page, testId: string): Promise<boolean> {
  return page.getByTestId(testId).first().evaluate((mark) => {
    const scroller = mark.closest('.source-pane__text');
    if (!scroller) return false;
    const inner = mark.getBoundingClientRect();
    const outer = scroller.getBoundingClientRect();
    return inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1;
  });
}

describeInBrowser('Importing report files in a real browser', () => {
  let opened: AppInBrowser;
  let sngv: AgencyDto;
  let importPath = '';

  beforeAll(async () => {
    opened = await openAppInBrowser(chromiumPath);
  }, 180_000);

  afterAll(async () => {
    await opened?.close();
  });

  it("lets the Sở Ngoại vụ's reporter upload its report of a period it has none for, and lists it", async () => {
    const { page, app } = opened;
    await signIn(page, app.baseUrl, 'sngv');
    sngv = (await apiAs<AgencyDto[]>(page, 'GET', '/api/agencies')).body.find((a) => a.code === 'SNgV')!;
    const [period] = await freeM9Periods(page, sngv.id);
    expect(period).toBeDefined();

    await page.getByTestId('nav-import').click();
    await page.getByRole('heading', { name: 'Nhập báo cáo từ tệp' }).waitFor();
    await page.getByTestId('import-file-input').setInputFiles([file(`Báo cáo CCHC 9 tháng ${period!.year}.md`, seedText(period!.year))]);
    await expect(page.getByTestId('import-upload-item').getAttribute('data-state')).resolves.toBe('waiting');
    await page.getByTestId('import-send').click();
    await page.locator('[data-testid="import-upload-item"][data-state="done"]').waitFor({ timeout: 60_000 });

    const row = page.locator('[data-testid="import-row"]').first();
    await expect(row.getAttribute('data-status')).resolves.toBe('PENDING');
    await expect(row.textContent()).resolves.toMatch(new RegExp(`Báo cáo CCHC 9 tháng ${period!.year}\\.md.*Mới.*Sở Ngoại vụ.*9 tháng đầu năm ${period!.year}.*Chờ xác nhận`, 's'));
    await page.screenshot({ path: join(screenshotDir(), 'import-list.png'), fullPage: true });

    await page.getByTestId('import-upload-open').click();
    await page.waitForURL(/\/import\/[0-9a-f-]+$/);
    importPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { name: 'Kiểm tra và xác nhận báo cáo' }).waitFor();
    // The agency is the reporter's own and fixed; the period is the one the title names.
    await expect(page.getByTestId('import-agency').inputValue()).resolves.toBe(sngv.id);
    await expect(page.getByTestId('import-agency').isDisabled()).resolves.toBe(true);
    await expect(page.getByTestId('import-period').inputValue()).resolves.toBe(period!.id);
    await page.screenshot({ path: join(screenshotDir(), 'import-page.png') });
  });

  it('highlights the sentence a dossier figure was read from, and marks what was only assumed', async () => {
    const { page } = opened;
    // The channel of the 14 dossiers is not written: the figure is assumed and said to be so, in words.
    await expect(page.getByTestId('low-imp-dossier-receivedInPerson').textContent()).resolves.toContain('Cần kiểm tra');
    await expect(page.getByTestId('import-findings').textContent()).resolves.toContain('Cảnh báo');
    // A finding leads to its field.
    await page.locator('[data-testid="import-findings"] [data-code="EXTRACTION_ASSUMPTION"] a').first().click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('imp-dossier-receivedInPerson');

    await page.getByTestId('source-imp-dossier-resolvedOnTime').click();
    await expect(page.getByTestId('source-imp-dossier-resolvedOnTime').getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.getByTestId('source-value').textContent()).resolves.toBe('12');
    const sentence = (await page.getByTestId('source-sentence').allTextContents()).join('');
    expect(sentence).toContain('Sở Ngoại vụ đã tiếp nhận và giải quyết');
    await expect(page.getByTestId('source-showing').textContent()).resolves.toContain('Giải quyết đúng hạn');
    await expect(insideSourcePane(page, 'source-value')).resolves.toBe(true);
    await page.screenshot({ path: join(screenshotDir(), 'import-source-highlight.png') });
    await page.screenshot({ path: join(screenshotDir(), 'import-page-full.png'), fullPage: true });
  });

  it('keeps the corrections through a reload, confirms, and opens the new draft in the editor with them', async () => {
    const { page, problems } = opened;
    // The agency knows 4 of the 14 dossiers came online: the channel the text did not state.
    await page.getByTestId('import-dossier-receivedOnline').fill('4');
    await page.getByTestId('import-dossier-receivedInPerson').fill('10');
    await expect(page.getByTestId('import-corrections').textContent()).resolves.toContain('2 sửa đổi chưa xác nhận');

    await page.reload({ waitUntil: 'networkidle' });
    await page.getByTestId('import-restored').waitFor();
    await expect(page.getByTestId('import-dossier-receivedOnline').inputValue()).resolves.toBe('4');
    await expect(page.getByTestId('import-dossier-receivedInPerson').inputValue()).resolves.toBe('10');

    // At phone width nothing sticks out past the right edge.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(elementsPastRightEdge(page)).resolves.toEqual([]);
    await page.screenshot({ path: join(screenshotDir(), 'import-page-phone.png') });
    await page.getByTestId('source-imp-dossier-pendingWithinTime').click();
    await expect(page.getByTestId('source-value').textContent()).resolves.toBe('02');
    await page.screenshot({ path: join(screenshotDir(), 'import-source-phone.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByTestId('import-confirm-card').screenshot({ path: join(screenshotDir(), 'import-confirm.png') });

    await page.getByTestId('import-confirm').click();
    await page.waitForURL(/\/reports\/[0-9a-f-]+\/edit$/, { timeout: 30_000 });
    await page.getByRole('heading', { name: /Soạn báo cáo/ }).waitFor();
    await expect(page.getByTestId('dossier-receivedOnline').inputValue()).resolves.toBe('4');
    await expect(page.getByTestId('dossier-receivedInPerson').inputValue()).resolves.toBe('10');
    const reportId = /\/reports\/([0-9a-f-]+)\/edit$/.exec(page.url())![1]!;
    const report = (await apiAs<ReportResponse>(page, 'GET', `/api/reports/${reportId}`)).body;
    expect(report.status).toBe('DRAFT');
    expect(report.content.signing?.name).toBe('Nguyễn Văn Thành');
    expect(report.content.dossier).toMatchObject({ receivedOnline: 4, receivedInPerson: 10, resolvedOnTime: 12, pendingWithinTime: 2 });
    await page.screenshot({ path: join(screenshotDir(), 'import-editor.png') });

    // The import is confirmed: its page says so and links the report; nothing is kept on the device.
    await page.goto(`${opened.app.baseUrl}${importPath}`, { waitUntil: 'networkidle' });
    await page.getByTestId('import-confirmed').waitFor();
    await expect(page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('cchc.import.')))).resolves.toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
  });

  it('lets Home Affairs upload two files at once, refuses a period the agency has a report for, and accepts the other', async () => {
    const { page, app, problems } = opened;
    await page.getByTestId('logout').click();
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await signIn(page, app.baseUrl, 'snv');
    const agencies = (await apiAs<AgencyDto[]>(page, 'GET', '/api/agencies')).body;
    const stp = agencies.find((a) => a.code === 'STP')!;
    const [year] = (await freeM9Periods(page, stp.id)).filter((p) => p.year > 2021);
    expect(year).toBeDefined();

    await page.getByTestId('nav-import').click();
    await page.getByRole('heading', { name: 'Nhập báo cáo từ tệp' }).waitFor();
    // Two reports, a PDF refused before it is sent, and a "Word" file the server cannot read.
    await page.getByTestId('import-file-input').setInputFiles([
      file(`SNgV 9 tháng ${year!.year}.md`, seedText(year!.year)),
      file(`STP 9 tháng ${year!.year}.txt`, seedText(year!.year, 'STP'), 'text/plain'),
      file('Bản chụp.pdf', '%PDF-1.4', 'application/pdf'),
      file('Hỏng.docx', 'not a word file', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
    ]);
    const items = page.getByTestId('import-upload-item');
    await expect(items.count()).resolves.toBe(4);
    await expect(items.nth(2).getAttribute('data-state')).resolves.toBe('failed');
    await expect(items.nth(2).getByRole('alert').textContent()).resolves.toContain('Chỉ nhập được tệp Word (.docx), Markdown (.md) hoặc văn bản (.txt).');
    await page.getByTestId('import-send').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="import-upload-item"]:is([data-state="done"], [data-state="failed"])').length === 4, null, { timeout: 90_000 });
    await expect(page.locator('[data-testid="import-upload-item"][data-state="done"]').count()).resolves.toBe(2);
    await expect(items.nth(3).getByRole('alert').textContent()).resolves.toContain('Không đọc được nội dung tệp');
    await page.getByTestId('import-upload').screenshot({ path: join(screenshotDir(), 'import-upload-home-affairs.png') });
    const names = [`SNgV 9 tháng ${year!.year}.md`, `STP 9 tháng ${year!.year}.txt`];
    const imports = (await apiAs<ImportListResponse>(page, 'GET', '/api/imports')).body.items.filter((i) => names.includes(i.fileName));
    expect(imports.map((i) => i.agencyCode).sort()).toEqual(['SNgV', 'STP']);
    const stpImport = imports.find((i) => i.agencyCode === 'STP')!;
    expect(stpImport.agencyId).toBe(stp.id);
    const rows = page.locator('[data-testid="import-row"][data-status="PENDING"]');
    await expect(rows.count()).resolves.toBeGreaterThanOrEqual(2);
    await expect(page.locator(`[data-testid="import-row"][data-import-id="${stpImport.id}"]`).textContent()).resolves.toContain('Sở Tư pháp');
    await page.screenshot({ path: join(screenshotDir(), 'import-list-home-affairs.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(elementsPastRightEdge(page)).resolves.toEqual([]);
    await page.screenshot({ path: join(screenshotDir(), 'import-list-phone.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });

    // The agency already has its 9-month report of 2021: confirming into that period is refused, with a link to it.
    await page.locator(`[data-testid="import-row"][data-import-id="${stpImport.id}"] a`).first().click();
    await page.getByRole('heading', { name: 'Kiểm tra và xác nhận báo cáo' }).waitFor();
    await expect(page.getByTestId('import-agency').inputValue()).resolves.toBe(stp.id);
    await expect(page.getByTestId('import-agency').isDisabled()).resolves.toBe(false);
    const taken = (await apiAs<ReportListResponse>(page, 'GET', `/api/reports?agencyId=${stp.id}`)).body.items[0]!;
    await page.getByTestId('import-period').selectOption(taken.periodId);
    await page.getByTestId('import-confirm').click();
    const failure = page.getByTestId('import-confirm-failure');
    await failure.waitFor();
    await expect(failure.getAttribute('data-code')).resolves.toBe('REPORT_EXISTS');
    await expect(failure.getByTestId('import-existing-report').getAttribute('href')).resolves.toBe(`/reports/${taken.id}`);
    await page.getByTestId('import-confirm-card').screenshot({ path: join(screenshotDir(), 'import-report-exists.png') });

    await page.getByTestId('import-period').selectOption(year!.id);
    await page.getByTestId('import-confirm').click();
    await page.waitForURL(/\/reports\/[0-9a-f-]+$/, { timeout: 30_000 });
    const reportId = /\/reports\/([0-9a-f-]+)$/.exec(page.url())![1]!;
    const report = (await apiAs<ReportResponse>(page, 'GET', `/api/reports/${reportId}`)).body;
    expect(report).toMatchObject({ status: 'ACCEPTED', agencyId: stp.id, periodId: year!.id });
    expect(report.content.agencyCode).toBe('STP');
    expect(problems.pageErrors).toEqual([]);
    // The expected refusals: the unreadable file, and the period the agency has a report for.
    expect(problems.failedRequests.filter((f) => !/^(400 POST \/api\/imports|409 POST \/api\/imports\/[0-9a-f-]+\/confirm)$/.test(f))).toEqual([]);
  });
});
