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

  it('loads the reference data from the API and draws the charts', async () => {
    await page.goto(app.baseUrl, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();

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
});
