import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import {
  apiAs,
  browserUnderTest,
  launchBrowser,
  paintedPixels,
  screenshotDir,
  signIn,
  startBuiltApp,
  watchProblems,
  type PageProblems,
  waitForChartDrawn,
  isNativelyDisabled,
  type RunningApp,
} from './browser-support.js';

const { describeInBrowser, chromiumPath } = browserUnderTest();

const CHARTS = ['chart-on-time-rate', 'chart-area-stacks', 'chart-activity', 'chart-ranking'];

// The whole review cycle, end to end through the real screens: Home Affairs reads the board and
// the seed report; another agency drafts, is blocked by a broken dossier identity, fixes it and
// submits; Home Affairs returns it with a reason; the agency corrects and resubmits; Home
// Affairs accepts; the board shows it. No page error and no unexpected failed request anywhere.
describeInBrowser('Acceptance: from the board to an accepted report', () => {
  let app: RunningApp;
  let browser: BrowserContext;
  let page: Page;
  let problems: PageProblems;
  /** The refusals the flow provokes on purpose. */
  const expected = [/^409 POST \/api\/reports\/[0-9a-f-]+\/submit$/];
  let reportPath = '';
  let periodId = '';
  let periodYear = 0;
  let periodKind = '';

  const unexpectedFailures = (): string[] => problems.failedRequests.filter((f) => !expected.some((e) => e.test(f)));
  const switchUser = async (username: string): Promise<void> => {
    await page.getByTestId('logout').click();
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await signIn(page, app.baseUrl, username);
  };

  beforeAll(async () => {
    app = await startBuiltApp();
    browser = await launchBrowser(chromiumPath);
    page = await browser.newPage();
    problems = watchProblems(page);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  afterEach(() => {
    expect(problems.pageErrors).toEqual([]);
    expect(unexpectedFailures()).toEqual([]);
  });

  it('shows the reviewer the status board and four drawn charts', async () => {
    await signIn(page, app.baseUrl, 'snv');
    await page.getByTestId('status-board').locator('tr[data-agency]').first().waitFor();
    await page.getByTestId('dashboard-year').selectOption('2020');
    await page.getByTestId('status-board').locator('tr[data-agency="SNgV"]').waitFor();
    for (const chart of CHARTS) {
      const selector = `[data-testid="${chart}"] canvas`;
      await page.waitForSelector(selector);
      await waitForChartDrawn(page, selector);
    }
    for (const chart of CHARTS) expect(await paintedPixels(page, `[data-testid="${chart}"] canvas`)).toBeGreaterThan(2_000);
    await page.screenshot({ path: join(screenshotDir(), 'flow-1-dashboard.png'), fullPage: true });
  });

  it("drills down into the Sở Ngoại vụ's 9-month 2020 report and sees its warnings", async () => {
    await page.getByTestId('status-board').locator('tr[data-agency="SNgV"] td[data-period-kind="M9"] a').click();
    await page.getByTestId('report-document').waitFor();
    await expect(page.getByTestId('report-title').textContent()).resolves.toContain('9 tháng đầu năm 2020');
    const findings = page.getByTestId('report-findings');
    await expect(findings.locator('[data-code="REPORT_AREA_MISSING"]').textContent()).resolves.toContain('Cải cách tổ chức bộ máy');
    const conflicts = (await findings.locator('[data-code="CITATION_DATE_CONFLICT"]').allTextContents()).join(' ');
    expect(conflicts).toContain('565/KH-SNgV');
    expect(conflicts).toContain('05-NQ/TU');
  });

  it('lets a reporter of another agency draft a report with a symbol and broken dossier figures', async () => {
    await switchUser('stp');
    await page.getByRole('heading', { name: 'Báo cáo của đơn vị' }).waitFor();
    // A period the Sở Tư pháp has no report for (the demo leaves some missing), nearest 2021.
    const periods = (await apiAs<{ id: string; year: number; kind: string }[]>(page, 'GET', '/api/periods')).body;
    const taken = new Set((await apiAs<{ items: { periodId: string }[] }>(page, 'GET', '/api/reports')).body.items.map((r) => r.periodId));
    const free = periods.filter((p) => !taken.has(p.id)).sort((a, b) => Math.abs(a.year - 2021) - Math.abs(b.year - 2021))[0]!;
    ({ id: periodId, year: periodYear, kind: periodKind } = free);

    await page.locator(`tr[data-period-id="${periodId}"]`).getByTestId('start-report').click();
    await page.waitForURL(/\/reports\/[0-9a-f-]+\/edit$/);
    reportPath = new URL(page.url()).pathname.replace(/\/edit$/, '');
    await page.getByTestId('section-1-narrative').fill(`Rà soát văn bản quy phạm pháp luật theo Kế hoạch số 45/KH-STP ngày 15/01/${periodYear}.`);

    await page.getByTestId('plans-add').click();
    await page.locator('#plans-form-symbol').fill('45/KH-STP');
    const reading = page.getByTestId('plans-form-symbol-reading');
    await expect(reading.getAttribute('data-state')).resolves.toBe('ok');
    await expect(reading.locator('[data-part="issuer"]').textContent()).resolves.toBe('STP');
    await page.locator('#plans-form-date').fill(`${periodYear}-01-15`);
    await page.locator('#plans-form-title').fill(`Kế hoạch cải cách hành chính năm ${periodYear}`);
    await page.getByTestId('plans-apply').click();

    await page.getByTestId('dossier-add').click();
    const figures = { carriedOver: 0, receivedOnline: 3, receivedInPerson: 11, receivedPostal: 0, resolvedEarly: 1, resolvedOnTime: 11, resolvedLate: 0, pendingWithinTime: 2, pendingOverdue: 0, returned: 1 };
    for (const [field, value] of Object.entries(figures)) await page.getByTestId(`dossier-${field}`).fill(String(value));
    await expect(page.getByTestId('dossier-identity').textContent()).resolves.toContain('Số liệu không khớp');
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(screenshotDir(), 'flow-2-editor.png'), fullPage: true });
  });

  it('blocks the approver while the identity is broken, then submits once it is fixed', async () => {
    await switchUser('stp.ld');
    await page.goto(`${app.baseUrl}${reportPath}/edit`, { waitUntil: 'networkidle' });
    await page.getByTestId('submit-panel').waitFor();
    await expect(isNativelyDisabled(page, 'submit-report')).resolves.toBe(true);
    // The API refuses it too, whatever the page shows.
    const refused = await apiAs<{ code: string }>(page, 'POST', `/api/${reportPath.slice(1)}/submit`, {
      version: (await apiAs<{ version: number }>(page, 'GET', `/api${reportPath}`)).body.version,
    });
    expect([refused.status, refused.body.code]).toEqual([409, 'SUBMISSION_BLOCKED']);

    await page.getByTestId('dossier-returned').fill('0');
    await expect(page.getByTestId('dossier-identity').textContent()).resolves.toContain('Số liệu khớp.');
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor({ timeout: 15_000 });
    await page.getByTestId('signing-mode').selectOption('KT.');
    await page.getByTestId('signing-onBehalfOf').fill('GIÁM ĐỐC');
    await page.getByTestId('signing-title').fill('PHÓ GIÁM ĐỐC');
    await page.getByTestId('signing-name').fill('Nguyễn Văn An');
    await page.getByTestId('submit-report').click();
    await page.getByTestId('submit-confirm-ok').click();
    await page.getByTestId('submitted-notice').waitFor();
  });

  it('lets the reviewer return it with a reason attached to a section', async () => {
    await switchUser('snv');
    await page.getByTestId('nav-review').click();
    await page.locator(`[data-testid="review-queue-table"] a[href="${reportPath}"]`).first().click();
    await page.getByTestId('report-document').waitFor();
    await page.getByTestId('start-return').click();
    const form = page.getByTestId('return-form');
    await form.getByTestId('reason-target').selectOption('sections[1]');
    await form.getByTestId('reason-message').fill('Nêu rõ số văn bản đã rà soát và kết quả xử lý.');
    await page.screenshot({ path: join(screenshotDir(), 'flow-3-review.png'), fullPage: true });
    await form.getByTestId('send-return').click();
    await expect(page.getByTestId('review-outcome').textContent()).resolves.toContain('Đã trả lại báo cáo cho đơn vị.');
  });

  it('shows the reporter the reason; the report is corrected and resubmitted', async () => {
    await switchUser('stp');
    await page.goto(`${app.baseUrl}${reportPath}`, { waitUntil: 'networkidle' });
    await expect(page.locator('#report-part-sections-1').getByTestId('reason-in-place').textContent()).resolves.toContain('Nêu rõ số văn bản');
    await page.getByTestId('edit-report').click();
    await page.getByTestId('return-reasons').waitFor();
    await page.getByTestId('section-1-narrative').fill(`Rà soát 12 văn bản quy phạm pháp luật, đề nghị sửa đổi 2 văn bản (Kế hoạch số 45/KH-STP ngày 15/01/${periodYear}).`);
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor({ timeout: 15_000 });

    await switchUser('stp.ld');
    await page.goto(`${app.baseUrl}${reportPath}/edit`, { waitUntil: 'networkidle' });
    await page.getByTestId('submit-panel').waitFor();
    await page.getByTestId('submit-report').click();
    await page.getByTestId('submit-confirm-ok').click();
    await page.getByTestId('submitted-notice').waitFor();
  });

  it('lets the reviewer accept it, and the board shows the new status', async () => {
    await switchUser('snv');
    await page.goto(`${app.baseUrl}${reportPath}`, { waitUntil: 'networkidle' });
    await page.getByTestId('start-accept').click();
    await page.getByTestId('confirm-accept').click();
    await page.getByTestId('report-status').getByText('Đã tiếp nhận').waitFor();

    await page.goto(`${app.baseUrl}/`, { waitUntil: 'networkidle' });
    await page.getByTestId('dashboard-year').selectOption(String(periodYear));
    const cell = page.getByTestId('status-board').locator(`tr[data-agency="STP"] td[data-period-kind="${periodKind}"]`);
    await cell.waitFor();
    await page.waitForFunction(
      (selector) => document.querySelector(selector)?.getAttribute('data-state') === 'ACCEPTED',
      `[data-testid="status-board"] tr[data-agency="STP"] td[data-period-kind="${periodKind}"]`,
    );
    await expect(cell.locator('a').getAttribute('href')).resolves.toBe(reportPath);
    const audit = (await apiAs<{ action: string }[]>(page, 'GET', `/api/audit?reportId=${reportPath.split('/').pop()}`)).body.map((e) => e.action);
    expect(audit.filter((a) => a === 'SUBMIT')).toHaveLength(2);
    expect(audit.at(-1)).toBe('ACCEPT');
    expect(periodId).not.toBe('');
  });
});
