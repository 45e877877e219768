import type { BrowserContext, Page } from 'playwright-core';
import { browserUnderTest, watchProblems, launchBrowser, startBuiltApp, type RunningApp } from './browser-support.js';

const { describeInBrowser, chromiumPath } = browserUnderTest();

describeInBrowser('Sign-in and sessions in a real browser', () => {
  let app: RunningApp;
  let browser: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];
  const failedRequests: string[] = [];

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

  it('sends a visitor to sign in, and refuses a wrong password', async () => {
    await page.goto(app.baseUrl, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await page.getByTestId('login-username').fill('snv');
    await page.getByTestId('login-password').fill('wrong');
    await page.getByTestId('login-submit').click();
    await page.getByText('Tên đăng nhập hoặc mật khẩu không đúng.').waitFor();
    // The refused sign-in is an expected 401 (the browser logs it), not a failure of the page.
    failedRequests.splice(0);
    pageErrors.splice(0);
  });

  it('signs the reviewer in and opens the Home Affairs dashboard', async () => {
    await page.getByTestId('login-password').fill('demo123');
    await page.getByTestId('login-submit').click();
    await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
    await expect(page.getByTestId('current-user').textContent()).resolves.toContain('Sở Nội vụ');
    // The dashboard itself is tested in dashboard-board.browser.test.ts.
    await page.locator('[data-testid="status-board"] tr[data-agency]').first().waitFor();
    // Let every panel finish loading (one chart per API answer): a request still running at
    // sign-out would be refused.
    for (const chart of ['chart-on-time-rate', 'chart-activity', 'chart-ranking']) await page.locator(`[data-testid="${chart}"] canvas`).waitFor();
    expect(pageErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
  });

  it('switches to English and back', async () => {
    await page.getByTestId('language-select').selectOption('en');
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    await page.getByTestId('language-select').selectOption('vi');
    await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('sends an agency user to their own reports after signing out and in', async () => {
    await page.getByTestId('logout').click();
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await page.getByTestId('login-username').fill('sngv');
    await page.getByTestId('login-password').fill('demo123');
    await page.getByTestId('login-submit').click();
    await page.getByRole('heading', { name: 'Báo cáo của đơn vị' }).waitFor();
    await expect(page.getByTestId('my-reports').textContent()).resolves.toContain('9 tháng đầu năm 2020');
    // Home Affairs pages are not theirs: they are sent back to their own start page.
    await page.goto(app.baseUrl, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { name: 'Báo cáo của đơn vị' }).waitFor();
    expect(pageErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
  });

  it('returns to sign-in when the session is refused, then back to the page', async () => {
    // The refused token is an expected 401 here.
    await page.evaluate(() => {
      const stored = JSON.parse(localStorage.getItem('cchc.session') ?? '{}') as { accessToken: string };
      localStorage.setItem('cchc.session', JSON.stringify({ ...stored, accessToken: 'revoked' }));
    });
    await page.goto(`${app.baseUrl}/reports`, { waitUntil: 'networkidle' });
    await page.getByText('Phiên làm việc đã hết hạn').waitFor();
    expect(new URL(page.url()).searchParams.get('redirect')).toBe('/reports');
    await page.getByTestId('login-username').fill('sngv');
    await page.getByTestId('login-password').fill('demo123');
    await page.getByTestId('login-submit').click();
    await page.getByRole('heading', { name: 'Báo cáo của đơn vị' }).waitFor();
  });
});
