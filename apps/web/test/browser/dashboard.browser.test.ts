import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { INSTALL_HINT, findChromium, launchBrowser, screenshotDir, startBuiltApp, type RunningApp } from './browser-support.js';

const chromiumPath = findChromium();
if (!chromiumPath) {
  if (process.env.CI === 'true') {
    throw new Error(`No Chromium found (CHROMIUM_PATH or /usr/bin/chromium). Install it: ${INSTALL_HINT}`);
  }
  console.warn(`Browser tests skipped: no Chromium found. Install it with: ${INSTALL_HINT}`);
}
const describeInBrowser = chromiumPath ? describe : describe.skip;

/** Counts the pixels of a canvas that are not transparent: a drawn chart has many. */
async function paintedPixels(page: Page, selector: string): Promise<number> {
  return page.$eval(selector, (canvas) => {
    const element = canvas as HTMLCanvasElement;
    const context = element.getContext('2d');
    if (!context || element.width === 0 || element.height === 0) return 0;
    const { data } = context.getImageData(0, 0, element.width, element.height);
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted++;
    return painted;
  });
}

describeInBrowser('Dashboard in a real browser', () => {
  let app: RunningApp;
  let browser: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];
  const failedRequests: string[] = [];

  beforeAll(async () => {
    app = await startBuiltApp();
    browser = await launchBrowser(chromiumPath!);
    page = await browser.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    page.on('requestfailed', (request) => failedRequests.push(`${request.method()} ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) failedRequests.push(`${response.status()} ${response.url()}`);
    });
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

  it('signs the reviewer in, loads the reference data from the API and draws the charts', async () => {
    await page.getByTestId('login-password').fill('demo123');
    await page.getByTestId('login-submit').click();
    await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
    await expect(page.getByTestId('current-user').textContent()).resolves.toContain('Sở Nội vụ');

    const agencyCanvas = '[data-testid="chart-agencies-by-kind"] canvas';
    await page.waitForSelector(agencyCanvas);
    await page.waitForFunction((selector) => {
      const canvas = document.querySelector<HTMLCanvasElement>(selector);
      return !!canvas && canvas.width > 0;
    }, agencyCanvas);
    await page.waitForTimeout(600); // let the 300 ms draw animation finish
    expect(await paintedPixels(page, agencyCanvas)).toBeGreaterThan(2_000);
    expect(await paintedPixels(page, '[data-testid="chart-period-windows"] canvas')).toBeGreaterThan(2_000);
    await expect(page.locator('[data-testid="chart-agencies-by-kind"]').textContent()).resolves.toContain('33 cơ quan, đơn vị');

    await page.screenshot({ path: join(screenshotDir(), 'dashboard.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
  });

  it('shows the same data as a table, with Vietnamese dates', async () => {
    const card = page.locator('[data-testid="chart-period-windows"]');
    await page.getByTestId('year-select').selectOption('2020');
    await card.getByRole('button', { name: 'Xem dạng bảng' }).click();
    const row = card.getByRole('row', { name: /9 tháng đầu năm 2020/ });
    await expect(row.textContent()).resolves.toMatch(/15\/12\/2019.*14\/09\/2020.*20\/09\/2020/);
    await expect(page.locator('[data-testid="reform-areas"] li').count()).resolves.toBe(6);
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
