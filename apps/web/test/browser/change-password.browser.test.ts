import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { browserUnderTest, openAppInBrowser, screenshotDir, signIn, type AppInBrowser, type PageProblems, type RunningApp } from './browser-support.js';

const { describeInBrowser, chromiumPath } = browserUnderTest();

describeInBrowser('Passwords in a real browser', () => {
  let session: AppInBrowser;
  let app: RunningApp;
  let page: Page;
  let problems: PageProblems;

  beforeAll(async () => {
    session = await openAppInBrowser(chromiumPath);
    ({ app, page, problems } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('lets the administrator reset the password of the Sở Tư pháp reporter', async () => {
    await signIn(page, app.baseUrl, 'admin');
    await page.goto(`${app.baseUrl}/admin/users`, { waitUntil: 'networkidle' });
    await page.getByTestId('user-row-stp').getByRole('button', { name: 'Đặt lại mật khẩu stp' }).click();
    const form = page.getByTestId('password-form');
    await expect(form.textContent()).resolves.toContain('phải chọn mật khẩu mới');
    await form.getByLabel('Mật khẩu mới').fill('mat-khau-tam-thoi');
    await form.getByTestId('form-submit').click();
    await page.getByTestId('admin-done').waitFor();
    await page.getByTestId('logout').click();
    await page.waitForURL((url) => url.pathname === '/login');
  });

  it('makes the reporter choose a new password before anything else, then lands on their reports', async () => {
    await signIn(page, app.baseUrl, 'stp', 'mat-khau-tam-thoi');
    await page.waitForURL((url) => url.pathname === '/account/password');
    const form = page.getByTestId('password-change');
    await expect(form.textContent()).resolves.toContain('Quản trị viên đã đặt lại mật khẩu của bạn');
    // Nothing else is reachable meanwhile.
    await page.goto(`${app.baseUrl}/reports`, { waitUntil: 'networkidle' });
    expect(new URL(page.url()).pathname).toBe('/account/password');
    await expect(page.getByTestId('nav-change-password').count()).resolves.toBe(0);
    await page.screenshot({ path: join(screenshotDir(), 'password-forced.png'), fullPage: true });

    await form.getByLabel('Mật khẩu hiện tại').fill('mat-khau-tam-thoi');
    await form.getByLabel('Mật khẩu mới', { exact: true }).fill('mat-khau-cua-toi');
    await form.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-cua-toi');
    await form.getByTestId('password-submit').click();
    await page.waitForURL((url) => url.pathname === '/reports');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(problems).toEqual({ pageErrors: [], failedRequests: [] });
  });

  it('offers "Đổi mật khẩu" in the menu, refuses a wrong current password and changes it with the right one', async () => {
    await page.getByTestId('nav-change-password').click();
    await page.waitForURL((url) => url.pathname === '/account/password');
    const form = page.getByTestId('password-change');
    await expect(form.textContent()).resolves.not.toContain('Quản trị viên đã đặt lại');
    await form.getByLabel('Mật khẩu hiện tại').fill('khong-phai-mat-khau');
    await form.getByLabel('Mật khẩu mới', { exact: true }).fill('mat-khau-moi-hon');
    await form.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-moi-hon');
    await form.getByTestId('password-submit').click();
    await expect(page.locator('#password-current-errors').textContent()).resolves.toContain('Mật khẩu hiện tại không đúng');
    problems.failedRequests = problems.failedRequests.filter((request) => !request.startsWith('403 POST /api/auth/password'));

    await form.getByLabel('Mật khẩu hiện tại').fill('mat-khau-cua-toi');
    await form.getByTestId('password-submit').click();
    await expect(page.getByTestId('password-done').textContent()).resolves.toContain('Đã đổi mật khẩu');
    await page.screenshot({ path: join(screenshotDir(), 'password-change.png'), fullPage: true });
    // The session continues with the new token.
    await page.getByRole('link', { name: 'Báo cáo của đơn vị' }).click();
    await page.waitForURL((url) => url.pathname === '/reports');
    expect(problems).toEqual({ pageErrors: [], failedRequests: [] });
  });
});
