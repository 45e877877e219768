import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import {
  browserUnderTest,
  launchBrowser,
  refuseSessionCookie,
  screenshotDir,
  signIn,
  startBuiltApp,
  watchProblems,
  type PageProblems,
  type RunningApp,
} from './browser-support.js';

const { describeInBrowser, chromiumPath } = browserUnderTest();

/** Everything a script of the page can read: its cookies and both storages. */
async function scriptReadable(page: Page): Promise<{ cookie: string; local: string; session: string }> {
  return page.evaluate(() => ({
    cookie: document.cookie,
    local: JSON.stringify({ ...localStorage }),
    session: JSON.stringify({ ...sessionStorage }),
  }));
}

const draftOf = (page: Page, reportId: string): Promise<string | null> => page.evaluate((id) => localStorage.getItem(`cchc.editor.${id}`), reportId);

describeInBrowser('Browser sessions no script of the page can read', () => {
  let app: RunningApp;
  let browser: BrowserContext;
  let page: Page;
  const problems: PageProblems = { pageErrors: [], failedRequests: [] };
  let reportId = '';

  beforeAll(async () => {
    app = await startBuiltApp();
    browser = await launchBrowser(chromiumPath);
    page = await browser.newPage();
    watchProblems(page, problems);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('forgets a token an earlier version kept, and keeps the new session out of reach of scripts', async () => {
    await page.goto(`${app.baseUrl}/login`, { waitUntil: 'networkidle' });
    await page.evaluate(() => localStorage.setItem('cchc.session', JSON.stringify({ accessToken: 'old-token', expiresAt: '2099-01-01T00:00:00Z' })));
    await page.reload({ waitUntil: 'networkidle' });
    await expect(page.evaluate(() => localStorage.getItem('cchc.session'))).resolves.toBeNull();

    await signIn(page, app.baseUrl, 'stp');
    await page.getByRole('heading', { name: 'Báo cáo của đơn vị' }).waitFor();
    const session = (await browser.cookies()).find((c) => c.name === 'cchc_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api' });
    const readable = await scriptReadable(page);
    for (const place of Object.values(readable)) expect(place).not.toContain(session?.value);
    expect(readable.cookie).not.toContain('cchc_session');
    // No signed token of any kind (a JWT starts with eyJ) is left where a script could take it.
    expect(JSON.stringify(readable)).not.toMatch(/eyJ[\w-]+\.[\w-]+/);

    // A reload keeps the person signed in: the page asks the API whose the cookie is.
    await page.reload({ waitUntil: 'networkidle' });
    await page.getByRole('heading', { name: 'Báo cáo của đơn vị' }).waitFor();
    await expect(page.getByTestId('current-user').textContent()).resolves.toContain('Sở Tư pháp');
    await page.screenshot({ path: join(screenshotDir(), 'session-cookie-signed-in.png'), fullPage: true });
    expect(problems.pageErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
  });

  it('keeps an unsaved draft through an expired session, and puts it back after signing in again', async () => {
    const editable = page.locator('tr[data-status="DRAFT"], tr[data-status="RETURNED"]').first();
    reportId = (await editable.getAttribute('data-report-id')) ?? '';
    expect(reportId).not.toBe('');
    await page.goto(`${app.baseUrl}/reports/${reportId}/edit`, { waitUntil: 'networkidle' });
    await page.locator('#field-preamble').waitFor();

    // The server refuses the session from now on, as when it expires; the page still holds its cookie.
    await refuseSessionCookie(page, app.baseUrl);
    await page.locator('#field-preamble').fill('Nội dung nhập khi phiên đã hết hạn.');
    await page.getByText('Phiên làm việc đã hết hạn').waitFor({ timeout: 15_000 });
    await expect(draftOf(page, reportId)).resolves.toContain('Nội dung nhập khi phiên đã hết hạn.');
    await page.screenshot({ path: join(screenshotDir(), 'session-expired-draft-kept.png'), fullPage: true });

    await page.getByTestId('login-username').fill('stp');
    await page.getByTestId('login-password').fill('demo123');
    await page.getByTestId('login-submit').click();
    await page.waitForURL(new RegExp(`/reports/${reportId}/edit$`));
    await page.getByTestId('restored').waitFor();
    await expect(page.locator('#field-preamble').inputValue()).resolves.toBe('Nội dung nhập khi phiên đã hết hạn.');
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor({ timeout: 15_000 });
    expect(problems.pageErrors).toEqual([]);
    // The refused saves are the expected failures; nothing else failed.
    expect(problems.failedRequests.length).toBeGreaterThan(0);
    expect(problems.failedRequests.filter((f) => f !== `401 PATCH /api/reports/${reportId}`)).toEqual([]);
    problems.failedRequests.splice(0);
  });

  it('forgets the drafts left on this device when the person signs out, but not the chosen language', async () => {
    // The connection drops: the edit cannot reach the server and stays on this device only.
    const reportUrl = new RegExp(`/api/reports/${reportId}$`);
    await page.route(reportUrl, (route) => (route.request().method() === 'PATCH' ? route.abort('internetdisconnected') : route.continue()));
    await page.evaluate(() => localStorage.setItem('cchc.locale', 'vi'));
    await page.locator('#field-preamble').fill('Bản nháp chưa lưu khi đăng xuất.');
    await expect(draftOf(page, reportId)).resolves.toContain('Bản nháp chưa lưu khi đăng xuất.');

    await page.getByTestId('logout').click();
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await page.unroute(reportUrl);
    await expect(page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('cchc.')))).resolves.toEqual(['cchc.locale']);
    await expect(page.evaluate(() => sessionStorage.length)).resolves.toBe(0);
    // Both session cookies are gone from the browser, not only ended on the server.
    expect((await browser.cookies()).map((c) => c.name).filter((n) => n.startsWith('cchc_'))).toEqual([]);

    // The next person to sign in on this computer finds the server's copy, not the draft.
    await signIn(page, app.baseUrl, 'stp');
    await page.goto(`${app.baseUrl}/reports/${reportId}/edit`, { waitUntil: 'networkidle' });
    await page.locator('#field-preamble').waitFor();
    await expect(page.locator('#field-preamble').inputValue()).resolves.toBe('Nội dung nhập khi phiên đã hết hạn.');
    await expect(page.getByTestId('restored').count()).resolves.toBe(0);
    expect(problems.pageErrors).toEqual([]);
    const unexpected = problems.failedRequests.filter((f) => !f.startsWith(`PATCH ${app.baseUrl}/api/reports/${reportId} `));
    expect(unexpected).toEqual([]);
  });
});
