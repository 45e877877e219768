import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompilationResponse, CompilationSummary, ReportingPeriodDto, ReportResponse, ReportSummary } from '@cchc/domain';
import { apiAs, browserUnderTest, openAppInBrowser, screenshotDir, signIn, type AppInBrowser } from './browser-support.js';

const { describeInBrowser, chromiumPath } = browserUnderTest();

describeInBrowser("The province's compiled report in a real browser", () => {
  let opened: AppInBrowser;
  let year: ReportingPeriodDto;
  let m9: ReportingPeriodDto;

  beforeAll(async () => {
    opened = await openAppInBrowser(chromiumPath);
    const { page, app } = opened;
    await signIn(page, app.baseUrl, 'snv');
    const periods = (await apiAs<ReportingPeriodDto[]>(page, 'GET', '/api/periods?year=2021')).body;
    year = periods.find((p) => p.kind === 'YEAR')!;
    m9 = periods.find((p) => p.kind === 'M9')!;
  }, 180_000);

  afterAll(async () => {
    await opened?.close();
  });

  const compiled = async (periodId: string): Promise<CompilationResponse> => {
    const [summary] = (await apiAs<CompilationSummary[]>(opened.page, 'GET', `/api/compilations?periodId=${periodId}`)).body;
    return (await apiAs<CompilationResponse>(opened.page, 'GET', `/api/compilations/${summary!.id}`)).body;
  };

  it('compiles a period that has none: the outline, the figures and the agencies’ text beside each part', async () => {
    const { page } = opened;
    await page.getByTestId('nav-compilation').click();
    await page.getByRole('heading', { name: 'Báo cáo tổng hợp của tỉnh' }).waitFor();
    await page.getByTestId('compilation-period').selectOption(year.id);
    await page.getByTestId('compilation-none').waitFor();
    await page.getByTestId('compilation-compile').click();
    await page.locator('[data-part="AREA.PROCEDURES"]').waitFor();
    const compilation = await compiled(year.id);
    await expect(page.locator('[data-part]').count()).resolves.toBe(compilation.outline.length);
    const received = compilation.snapshot.totals.find((t) => t.code === 'DOSSIERS.RECEIVED')!;
    await expect(page.locator('[data-part="AREA.PROCEDURES"] button[data-indicator="DOSSIERS.RECEIVED"]').textContent()).resolves.toContain(
      String(received.value).replace(/\B(?=(\d{3})+(?!\d))/g, '.'),
    );
    const sources = compilation.snapshot.parts.find((p) => p.key === 'AREA.PROCEDURES')!.sources;
    await expect(page.locator('[data-part="AREA.PROCEDURES"] .source').count()).resolves.toBe(sources.length);
    await expect(page.getByTestId('compilation-discipline').textContent()).resolves.toContain(`${compilation.snapshot.discipline.onTime.length}/${compilation.snapshot.discipline.expected} đúng hạn`);
    await page.screenshot({ path: join(screenshotDir(), 'compilation-page.png'), fullPage: false });
  });

  it('saves an edited part and opens the agencies behind a figure', async () => {
    const { page } = opened;
    const text = 'Tỷ lệ hồ sơ giải quyết đúng hạn cả năm được duy trì; cần đẩy mạnh tiếp nhận trực tuyến.';
    await page.getByTestId('compilation-text-AREA.PROCEDURES').fill(text);
    await expect(page.getByTestId('compilation-save-state').textContent()).resolves.toBe('Có nội dung chưa lưu.');
    await page.getByTestId('compilation-save').click();
    await page.getByText('Đã lưu (phiên bản 2).').waitFor();
    await expect(compiled(year.id).then((c) => c.content.narratives['AREA.PROCEDURES'])).resolves.toBe(text);

    // A province value that does not add up from the agencies is stated by Home Affairs, checked as typed.
    const payment = page.locator('[data-part="AREA.MODERNISATION"] [data-indicator="DIGITAL_GOVERNMENT.ONLINE_PAYMENT_RATE"]');
    await payment.locator('input').fill('120');
    await expect(payment.getByRole('alert').textContent()).resolves.toBe('Tỷ lệ phải từ 0 đến 100.');
    await payment.locator('input').fill('35,5');
    await expect(payment.getByRole('alert').count()).resolves.toBe(0);
    await page.getByTestId('compilation-save').click();
    await page.getByText('Đã lưu (phiên bản 3).').waitFor();
    await expect(compiled(year.id).then((c) => c.content.stated['DIGITAL_GOVERNMENT.ONLINE_PAYMENT_RATE'])).resolves.toEqual({ value: 35.5, note: '' });

    await page.locator('[data-part="AREA.PROCEDURES"] button[data-indicator="DOSSIERS.RESOLVED"]').click();
    const panel = page.getByTestId('figures-provenance');
    await panel.waitFor();
    const total = (await compiled(year.id)).snapshot.totals.find((t) => t.code === 'DOSSIERS.RESOLVED')!;
    await expect(panel.locator('li[data-agency]').count()).resolves.toBe(total.contributions.length);
    await expect(panel.locator('li[data-agency] a').first().getAttribute('href')).resolves.toBe(`/reports/${total.contributions[0]!.reportId}`);
    await page.screenshot({ path: join(screenshotDir(), 'compilation-provenance.png') });
    await page.locator('[data-part="AREA.MODERNISATION"]').screenshot({ path: join(screenshotDir(), 'compilation-part-stated.png') });
    await panel.getByRole('button', { name: 'Đóng' }).click();
  });

  it('says which reports changed since, and refreshes the figures keeping the text', async () => {
    const { page } = opened;
    const submitted = (await apiAs<{ items: ReportSummary[] }>(page, 'GET', `/api/reports?periodId=${year.id}&status=SUBMITTED`)).body.items[0]!;
    const report = (await apiAs<ReportResponse>(page, 'GET', `/api/reports/${submitted.id}`)).body;
    expect((await apiAs(page, 'POST', `/api/reports/${report.id}/accept`, { version: report.version })).status).toBe(200);
    await page.reload({ waitUntil: 'networkidle' });
    const changes = page.getByTestId('compilation-changes');
    await changes.waitFor();
    await expect(changes.textContent()).resolves.toContain('1 báo cáo đã thay đổi từ khi tổng hợp');
    await changes.getByTestId('compilation-refresh').click();
    await page.getByTestId('compilation-refreshed').waitFor();
    await expect(page.getByTestId('compilation-changes').count()).resolves.toBe(0);
    await expect(page.getByTestId('compilation-text-AREA.PROCEDURES').inputValue()).resolves.toContain('cần đẩy mạnh tiếp nhận trực tuyến');
    await page.getByTestId('compilation-head').screenshot({ path: join(screenshotDir(), 'compilation-refreshed.png') });
  });

  it('downloads the Word document and the Excel appendix, and shows the demo’s compiled 9 months with its text', async () => {
    const { page, problems } = opened;
    const [word] = await Promise.all([page.waitForEvent('download'), page.getByTestId('compilation-word').click()]);
    expect(word.suggestedFilename()).toBe('bao-cao-cchc-tinh_YEAR-2021.docx');
    const wordFile = join(screenshotDir(), 'compilation-from-browser.docx');
    await word.saveAs(wordFile);
    expect(readFileSync(wordFile).subarray(0, 2).toString()).toBe('PK');
    const [excel] = await Promise.all([page.waitForEvent('download'), page.getByTestId('compilation-excel').click()]);
    expect(excel.suggestedFilename()).toBe('phu-luc-cchc-tinh_YEAR-2021.xlsx');

    await page.getByTestId('compilation-period').selectOption(m9.id);
    await page.getByTestId('compilation-text-ASSESSMENT').waitFor();
    await expect(page.getByTestId('compilation-text-ASSESSMENT').inputValue()).resolves.toContain('9 tháng đầu năm 2021');
    expect(problems.pageErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
  });
});
