import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { browserUnderTest, openAppInBrowser, screenshotDir, type AppInBrowser, type PageProblems, type RunningApp } from './browser-support.js';

const { describeInBrowser, chromiumPath } = browserUnderTest();

/** The setup code the server printed at start, read from its log as a person would. */
async function setupCodeFromLog(app: RunningApp): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const code = /setup code:\s+([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(app.output())?.[1];
    if (code) return code;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No setup code in the log:\n${app.output()}`);
}

describeInBrowser('First run in a real browser: creating the administrator', () => {
  let session: AppInBrowser;
  let app: RunningApp;
  let page: Page;
  let problems: PageProblems;

  beforeAll(async () => {
    session = await openAppInBrowser(chromiumPath, { data: 'empty' });
    ({ app, page, problems } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('explains, on the sign-in page, that no account exists and the two ways in', async () => {
    await page.goto(`${app.baseUrl}/`);
    // The router sends a signed-out visitor to the sign-in page once it knows no session exists.
    await page.waitForURL((url) => url.pathname === '/login');
    const setup = page.getByTestId('first-run');
    await setup.getByRole('heading', { name: 'Chưa có tài khoản quản trị' }).waitFor();
    await expect(setup.textContent()).resolves.toContain('mã thiết lập');
    await expect(setup.textContent()).resolves.toContain('npm run seed:demo');
    await page.screenshot({ path: join(screenshotDir(), 'first-run.png'), fullPage: true });
  });

  it('names the fields to fix before sending', async () => {
    const setup = page.getByTestId('first-run');
    await setup.getByLabel('Mật khẩu', { exact: true }).fill('mat-khau-dai');
    await setup.getByLabel('Nhập lại mật khẩu').fill('mat-khau-khac');
    await setup.getByTestId('setup-submit').click();
    await expect(page.locator('#setup-code-errors').textContent()).resolves.toContain('Bắt buộc nhập');
    await expect(page.locator('#setup-confirm-errors').textContent()).resolves.toContain('không khớp');
    expect(problems.failedRequests).toEqual([]);
  });

  it('creates the administrator with the code from the server log and lands signed in', async () => {
    const code = await setupCodeFromLog(app);
    const setup = page.getByTestId('first-run');
    await setup.getByLabel('Mã thiết lập').fill(code.toLowerCase());
    await setup.getByLabel('Tên đăng nhập').fill('quantri');
    await setup.getByLabel('Họ tên hiển thị').fill('Quản trị hệ thống tỉnh');
    await setup.getByLabel('Nhập lại mật khẩu').fill('mat-khau-dai');
    await setup.getByTestId('setup-submit').click();
    await page.waitForURL((url) => url.pathname === '/');
    await expect(page.getByTestId('current-user').textContent()).resolves.toContain('Quản trị hệ thống tỉnh');
    await page.getByTestId('nav-admin').waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: join(screenshotDir(), 'first-run-signed-in.png'), fullPage: true });
    expect(problems).toEqual({ pageErrors: [], failedRequests: [] });
  });

  it('shows the plain sign-in page once the administrator exists', async () => {
    await page.getByTestId('logout').click();
    await page.waitForURL((url) => url.pathname === '/login');
    await page.getByTestId('login-username').waitFor();
    await page.waitForLoadState('networkidle');
    await expect(page.getByTestId('first-run').count()).resolves.toBe(0);
  });
});
