import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { ReportSummary } from '@cchc/domain';
import { apiAs, browserUnderTest, watchProblems, launchBrowser, screenshotDir, startBuiltApp, type RunningApp } from './browser-support.js';

const { describeInBrowser, chromiumPath } = browserUnderTest();

const REASON = 'Đề nghị bổ sung số hồ sơ tiếp nhận trực tuyến và kết quả rà soát thủ tục hành chính.';

describeInBrowser('Review in a real browser', () => {
  let app: RunningApp;
  let browser: BrowserContext;
  let page: Page;
  let reportPath = '';
  const pageErrors: string[] = [];
  const failedRequests: string[] = [];

  async function signIn(username: string): Promise<void> {
    await page.goto(`${app.baseUrl}/login`, { waitUntil: 'networkidle' });
    await page.getByTestId('login-username').fill(username);
    await page.getByTestId('login-password').fill('demo123');
    await page.getByTestId('login-submit').click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  }

  async function switchUser(username: string): Promise<void> {
    await page.getByTestId('logout').click();
    // Wait for the sign-out to finish: navigating at once would cancel its request.
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await signIn(username);
  }

  beforeAll(async () => {
    app = await startBuiltApp();
    browser = await launchBrowser(chromiumPath);
    page = await browser.newPage();
    watchProblems(page, { pageErrors, failedRequests });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('shows the reviewer the queue, the oldest submission first', async () => {
    await signIn('snv');
    await page.getByTestId('nav-review').click();
    await page.getByRole('heading', { name: 'Báo cáo chờ duyệt' }).waitFor();
    const rows = page.locator('[data-testid="review-queue-table"] tbody tr');
    await rows.first().waitFor();
    // The Sở Ngoại vụ's 9-month 2020 report was submitted first of all those waiting.
    await expect(rows.first().textContent()).resolves.toMatch(/Sở Ngoại vụ.*9 tháng đầu năm 2020.*18\/09\/2020.*Đúng hạn/);
    await expect(page.getByTestId('queue-tab-returned').textContent()).resolves.toMatch(/Đã trả lại, chờ đơn vị sửa \(\d+\)/);

    // Filtering by agency kind keeps only district committees, which excludes the Sở Ngoại vụ.
    await page.getByTestId('queue-agency-kind').selectOption('district');
    await expect(page.locator('[data-testid="review-queue-table"]').textContent()).resolves.not.toContain('Sở Ngoại vụ');
    await page.getByTestId('queue-agency-kind').selectOption('');
    expect(pageErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
  });

  it('opens the report laid out like the official document, with its warnings', async () => {
    await page.locator('[data-testid="review-queue-table"] tbody tr', { hasText: '9 tháng đầu năm 2020' }).getByRole('link').click();
    await page.getByTestId('report-document').waitFor();
    reportPath = new URL(page.url()).pathname;
    expect(reportPath).toMatch(/^\/reports\/[0-9a-f-]{36}$/);

    await expect(page.getByTestId('report-title').textContent()).resolves.toContain('9 tháng đầu năm 2020');
    await expect(page.getByTestId('report-symbol').textContent()).resolves.toBe('Số:       /BC-SNgV');
    await expect(page.getByTestId('report-place-date').textContent()).resolves.toMatch(/^Quảng Ngãi, ngày\s+tháng 9 năm 2020$/);
    await expect(page.getByRole('heading', { name: '2. Cải cách thủ tục hành chính' }).count()).resolves.toBe(1);
    await expect(page.getByTestId('report-signature').textContent()).resolves.toMatch(/KT\. GIÁM ĐỐC.*PHÓ GIÁM ĐỐC.*Nguyễn Văn Thành/);

    const figure = (key: string) => page.locator(`[data-testid="dossier-table"] [data-figure="${key}"] td`).textContent();
    await expect(figure('received')).resolves.toBe('14');
    await expect(figure('resolvedOnTime')).resolves.toBe('12');
    await expect(figure('inProgress')).resolves.toBe('2');
    await expect(figure('onTimeRate')).resolves.toBe('100%');

    const findings = page.getByTestId('report-findings');
    // Judged as sent on 18/09/2020: 565/KH-SNgV dated 23/10/2020 is the one error.
    await expect(findings.textContent()).resolves.toContain('1 lỗi, 5 lưu ý');
    await expect(findings.locator('[data-code="REPORT_AREA_MISSING"]').textContent()).resolves.toContain('Cải cách tổ chức bộ máy');
    const conflicts = (await findings.locator('[data-code="CITATION_DATE_CONFLICT"]').allTextContents()).join(' ');
    expect(conflicts).toContain('565/KH-SNgV');
    expect(conflicts).toContain('05-NQ/TU');

    // A finding's link takes the reader to the part it is about.
    await findings.locator('[data-code="REPORT_AREA_MISSING"] a').click();
    await page.waitForFunction(() => document.activeElement?.id === 'report-part-sections');
    await expect(page.getByTestId('report-audit').textContent()).resolves.toContain('Gửi báo cáo');
    expect(pageErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
  });

  it('returns it with a reason attached to a section', async () => {
    await page.getByTestId('start-return').click();
    const form = page.getByTestId('return-form');
    // Sending without a message is refused on the page.
    await form.getByTestId('send-return').click();
    await form.getByText('Vui lòng ghi nội dung cho từng lý do.').waitFor();

    await form.getByTestId('reason-target').selectOption('sections[1]');
    await form.getByTestId('reason-message').fill(REASON);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: join(screenshotDir(), 'review.png'), fullPage: true });
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(1280);

    await form.getByTestId('send-return').click();
    await expect(page.getByTestId('review-outcome').textContent()).resolves.toContain('Đã trả lại báo cáo cho đơn vị.');
    await expect(page.getByTestId('report-status').textContent()).resolves.toContain('Trả lại');
    await expect(page.getByTestId('review-actions').count()).resolves.toBe(0);
    // The same content keeps the same verdict once returned (docs/domain.md §13).
    await expect(page.getByTestId('report-findings').textContent()).resolves.toContain('1 lỗi, 5 lưu ý');
    expect(pageErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
  });

  it('shows the agency the reason in place, with the Edit link', async () => {
    await switchUser('sngv');
    await page.goto(`${app.baseUrl}${reportPath}`, { waitUntil: 'networkidle' });
    await page.getByTestId('report-document').waitFor();
    const section = page.locator('#report-part-sections-1');
    await expect(section.getByTestId('reason-in-place').textContent()).resolves.toContain(REASON);
    await expect(page.getByTestId('return-reasons').textContent()).resolves.toContain('2. Cải cách thủ tục hành chính');
    await expect(page.getByTestId('edit-report').getAttribute('href')).resolves.toBe(`${reportPath}/edit`);
    // The agency reads; it does not review, and the audit trail is Home Affairs'.
    await expect(page.getByTestId('review-actions').count()).resolves.toBe(0);
    await expect(page.getByTestId('report-audit').count()).resolves.toBe(0);
    await expect(page.getByTestId('report-findings').textContent()).resolves.toContain('1 lỗi, 5 lưu ý');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(screenshotDir(), 'review-phone.png'), fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(pageErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
  });

  it("shows the agency's list with the same counts as the report page", async () => {
    await page.goto(`${app.baseUrl}/reports`, { waitUntil: 'networkidle' });
    await expect(page.locator(`tr[data-report-id="${reportPath.split('/').at(-1)}"]`).textContent()).resolves.toContain('1 lỗi, 5 lưu ý');
    expect(pageErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
  });

  it('shows a corrected report on time as first submitted, with the days its correction took', async () => {
    await switchUser('snv');
    const accepted = await apiAs<{ items: ReportSummary[] }>(page, 'GET', '/api/reports?status=ACCEPTED&year=2020');
    const corrected = accepted.body.items.find((r) => r.corrections.length > 0 && r.submissionTiming?.timing === 'ON_TIME')!;
    const round = corrected.corrections[0]!;
    await page.goto(`${app.baseUrl}/reports/${corrected.id}`, { waitUntil: 'networkidle' });
    const status = page.getByTestId('report-status');
    await status.waitFor();
    await expect(status.textContent()).resolves.toContain('Đúng hạn');
    await expect(page.getByTestId('report-first-submitted').textContent()).resolves.toContain('Gửi lần đầu');
    const day = (timestamp: string) => new Date(Date.parse(timestamp) + 7 * 3_600_000).toISOString().slice(0, 10).split('-').reverse().join('/');
    await expect(page.getByTestId('report-correction').first().textContent()).resolves.toMatch(
      new RegExp(`Sửa lần 1\\s*${round.days} ngày\\s*trả lại ${day(round.returnedAt)}, gửi lại ${day(round.resubmittedAt)}`),
    );
    await page.screenshot({ path: join(screenshotDir(), 'review-corrected.png') });
    expect(pageErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
  });

  it('says clearly when a report does not exist', async () => {
    await page.goto(`${app.baseUrl}/reports/00000000-0000-4000-8000-000000000000`, { waitUntil: 'networkidle' });
    await expect(page.getByTestId('report-not-found').textContent()).resolves.toContain('Không tìm thấy báo cáo này');
    // The 404 is the expected answer here, not a failure of the page.
    expect(failedRequests.every((r) => r.startsWith('404 '))).toBe(true);
    failedRequests.splice(0);
    pageErrors.splice(0, pageErrors.length, ...pageErrors.filter((e) => !e.includes('404')));
    expect(pageErrors).toEqual([]);
  });

  it('names each link of the queue with its period, so a list of links tells them apart', async () => {
    await signIn('snv');
    await page.getByTestId('nav-review').click();
    const rows = page.locator('[data-testid="review-queue-table"] tbody tr');
    await rows.first().waitFor();
    const shown = await rows.evaluateAll((trs) =>
      trs.map((tr) => ({
        name: tr.querySelector('th a')?.getAttribute('aria-label') ?? '',
        agency: tr.querySelector('th')?.textContent?.trim() ?? '',
        period: tr.querySelector('td')?.textContent?.trim() ?? '',
      })),
    );
    expect(shown.length).toBeGreaterThan(1);
    for (const row of shown) {
      expect(row.period).toMatch(/\d{4}$/);
      expect(row.name).toBe(`${row.agency} — ${row.period}`);
    }
    const sngv = shown.find((row) => row.agency === 'Sở Ngoại vụ');
    await expect(page.getByRole('link', { name: sngv?.name ?? 'none' }).count()).resolves.toBe(1);
  });

  it('marks the words changed since the last submission, and shows the return with its reasons and actors in the audit trail', async () => {
    // A demo report of 2021 waiting for correction: its agency corrects a sentence and sends it again.
    type Summary = { id: string; agencyId: string; version: number };
    const returned = (await apiAs<{ items: Summary[] }>(page, 'GET', '/api/reports?status=RETURNED&year=2021')).body.items[0];
    expect(returned).toBeDefined();
    const agencies = (await apiAs<{ id: string; code: string }[]>(page, 'GET', '/api/agencies')).body;
    const code = agencies.find((a) => a.id === returned?.agencyId)?.code ?? '';
    await page.getByTestId('logout').click();
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await signIn(`${code.replace(/[Đđ]/g, 'd').toLowerCase()}.ld`);
    type Report = { id: string; version: number; content: { sections: { narrative: string }[] } };
    const current = (await apiAs<Report>(page, 'GET', `/api/reports/${returned?.id ?? ''}`)).body;
    const section = current.content.sections.findIndex((s) => s.narrative.trim().split(/\s+/).length >= 4);
    const before = current.content.sections[section]?.narrative ?? '';
    const words = before.split(' ');
    const after = [...words.slice(0, 2), 'đã', 'khẩn trương', ...words.slice(3)].join(' ');
    const sections = current.content.sections.map((s, i) => (i === section ? { ...s, narrative: after } : s));
    const saved = await apiAs<Report>(page, 'PUT', `/api/reports/${current.id}`, { version: current.version, content: { ...current.content, sections } });
    expect(saved.status).toBe(200);
    const signing = { mode: 'KT.', onBehalfOf: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn A' };
    expect((await apiAs(page, 'POST', `/api/reports/${current.id}/submit`, { version: saved.body.version, signing })).status).toBe(200);
    await page.getByTestId('logout').click();
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();

    await signIn('snv');
    await page.goto(`${app.baseUrl}/reports/${current.id}`, { waitUntil: 'networkidle' });
    const changes = page.getByTestId('report-changes');
    await changes.waitFor();
    const row = changes.locator('tbody tr').filter({ has: page.locator('ins') }).first();
    // Only the words that changed are marked, each side with words a screen reader says.
    await expect(row.locator('del').allTextContents()).resolves.toEqual([`[đã xóa:  ${words[2] ?? ''}]`]);
    await expect(row.locator('ins').allTextContents()).resolves.toEqual(['[đã thêm:  đã khẩn trương]']);
    await expect(row.locator('td').nth(1).textContent()).resolves.toContain(words.slice(3).join(' '));

    const audit = page.getByTestId('report-audit');
    const returnStep = audit.locator('tr[data-action="RETURN"]').last();
    await expect(returnStep.locator('ul li').count()).resolves.toBeGreaterThan(0);
    await expect(returnStep.locator('td').first().textContent()).resolves.toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    await expect(audit.locator('tr[data-action="SUBMIT"]').last().getByTestId('audit-actor').textContent()).resolves.toContain(`${code.replace(/[Đđ]/g, 'd').toLowerCase()}.ld`);
    await changes.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(screenshotDir(), 'review-changes.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
  });
});
