import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import {
  browserUnderTest,
  watchProblems,
  launchBrowser,
  paintedPixels,
  refuseSessionCookie,
  screenshotDir,
  startBuiltApp,
  waitForChartDrawn,
  type RunningApp,
} from './browser-support.js';

const { describeInBrowser, chromiumPath } = browserUnderTest();

/** The dashboard's charts, by the test id of their card. */
const CHARTS = ['chart-on-time-rate', 'chart-online-rate', 'chart-area-stacks', 'chart-activity', 'chart-ranking', 'chart-coverage'];

describeInBrowser('Sign-in and sessions in a real browser', () => {
  let app: RunningApp;
  let browser: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];
  const failedRequests: string[] = [];
  const scripts: string[] = [];
  /** Every request the page made to the API, as `METHOD /path?query`. */
  const apiRequests: string[] = [];
  const excelChunk = /\/assets\/xlsx-[^/]*\.js$/;
  /** The code of the pages people land on after signing in, and the dashboard's charts. */
  const landingCode = /\/assets\/(DashboardPage|MyReportsPage|charts)-[^/]*\.js$/;

  /** Clicks a download button and opens the file it saved as an Excel workbook. */
  async function downloadWorkbook(button: Locator): Promise<{ fileName: string; sheet: ExcelJS.Worksheet }> {
    const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const bytes = readFileSync(await file.path());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('The downloaded workbook has no sheet.');
    return { fileName: file.suggestedFilename(), sheet };
  }

  beforeAll(async () => {
    app = await startBuiltApp();
    browser = await launchBrowser(chromiumPath);
    page = await browser.newPage();
    watchProblems(page, { pageErrors, failedRequests });
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/')) apiRequests.push(`${request.method()} ${url.pathname}${url.search}`);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('sends a visitor to sign in, and refuses a wrong password', async () => {
    await page.goto(app.baseUrl, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    // While the sign-in page waits for someone to type, the code of the pages people land on
    // comes (main.ts): the dashboard for Home Affairs, the report list for agencies.
    expect(scripts.filter((url) => landingCode.test(url)).map((url) => url.replace(/^.*\/assets\/([A-Za-z]+)-.*$/, '$1')).sort()).toEqual(['DashboardPage', 'MyReportsPage', 'charts']);
    await page.getByTestId('login-username').fill('snv');
    await page.getByTestId('login-password').fill('wrong');
    await page.getByTestId('login-submit').click();
    await page.getByText('Tên đăng nhập hoặc mật khẩu không đúng.').waitFor();
    // The refused sign-in is an expected 401 (the browser logs it), not a failure of the page.
    failedRequests.splice(0);
    pageErrors.splice(0);
  });

  /** The bell in the header asks for the unread count on every page, apart from the page's own data. */
  const isBellCount = (request: string): boolean => request === 'GET /api/notifications?limit=10';
  const bellCounts = (): number => apiRequests.filter(isBellCount).length;

  /** Waits until every chart of the dashboard is drawn, and checks that each is painted. */
  async function everyChartPainted(): Promise<void> {
    for (const chart of CHARTS) {
      await waitForChartDrawn(page, `[data-testid="${chart}"] canvas`);
      expect(await paintedPixels(page, `[data-testid="${chart}"] canvas`)).toBeGreaterThan(2_000);
    }
  }

  it('signs the reviewer in and opens the Home Affairs dashboard in at most 3 requests to the API', async () => {
    await page.getByTestId('login-password').fill('demo123');
    apiRequests.splice(0);
    scripts.splice(0);
    await page.getByTestId('login-submit').click();
    await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
    await expect(page.getByTestId('current-user').textContent()).resolves.toContain('Sở Nội vụ');
    // The dashboard itself is tested in dashboard-board.browser.test.ts.
    await page.locator('[data-testid="status-board"] tr[data-agency]').first().waitFor();
    // Every panel has loaded and drawn (a request still running at sign-out would be refused).
    await everyChartPainted();
    await page.waitForLoadState('networkidle');
    // Beside the sign-in itself: the reference data and the dashboard's overview, one request each.
    // The bell's count came with the sign-in's answer; it is asked again only if the bell appeared
    // before the move to the dashboard (another page): at most 3 requests in all.
    const afterSignIn = apiRequests.filter((request) => request !== 'POST /api/auth/session');
    expect(afterSignIn.length).toBeLessThanOrEqual(3);
    expect(afterSignIn.filter((request) => !isBellCount(request)).sort()).toEqual(['GET /api/dashboard/overview', 'GET /api/reference-data']);
    expect([0, 1]).toContain(bellCounts());
    // The dashboard's code was there before the click: signing in waited for its data alone.
    expect(scripts.filter((url) => landingCode.test(url))).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
  });

  it('lands a signed-in reviewer on the dashboard in 3 requests: who is signed in, the reference data, the overview', async () => {
    apiRequests.splice(0);
    // The address keeps the year on show: the overview is asked for that year.
    expect(new URL(page.url()).searchParams.get('year')).toBe('2021');
    await page.reload();
    await page.locator('[data-testid="status-board"] tr[data-agency]').first().waitFor();
    await everyChartPainted();
    await page.waitForLoadState('networkidle');
    // The bell's count comes with GET /api/me: no request of its own.
    expect(apiRequests.map((request) => request.replace(/\?.*$/, '')).sort()).toEqual(['GET /api/dashboard/overview', 'GET /api/me', 'GET /api/reference-data']);
    expect(bellCounts()).toBe(0);
    expect(apiRequests).toContainEqual(expect.stringMatching(/^GET \/api\/dashboard\/overview\?year=2021&/));
    expect(pageErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
  });

  it("asks for a page's texts beside its code, not once the code has come", async () => {
    // The dashboard's code is held until its texts are asked for (5 s at most): asked only once
    // the code had come, as they were, they would wait for it, and the page for both in turn.
    const pageCode = /\/assets\/DashboardPage-[^/]*\.js$/;
    const texts = /\/assets\/dashboard\.messages-[^/]*\.js$/;
    let textsAsked = false;
    let textsBeforeCode: boolean | null = null;
    const watchTexts = (request: { url(): string }): void => {
      if (texts.test(request.url())) textsAsked = true;
    };
    page.on('request', watchTexts);
    await page.route(pageCode, async (route) => {
      const until = Date.now() + 5_000;
      while (!textsAsked && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
      textsBeforeCode ??= textsAsked;
      await route.continue();
    });
    try {
      await page.reload();
      await page.locator('[data-testid="status-board"] tr[data-agency]').first().waitFor();
      await everyChartPainted();
    } finally {
      await page.unroute(pageCode);
      page.off('request', watchTexts);
    }
    expect(textsBeforeCode).toBe(true);
    expect(pageErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
  });

  it('saves the data of a chart and the status board as Excel workbooks that hold numbers, loading Excel only then', async () => {
    // Neither the sign-in page nor the dashboard's first paint loaded the Excel code.
    expect(scripts.some((url) => excelChunk.test(url))).toBe(false);

    const ranking = await downloadWorkbook(page.locator('[data-testid="chart-ranking"] [data-action="xlsx"]'));
    expect(scripts.some((url) => excelChunk.test(url))).toBe(true);
    expect(ranking.fileName).toMatch(/^xep-hang-.*\.xlsx$/);
    const header = ranking.sheet.getRow(1);
    expect(header.getCell(1).value).toBe('Hạng');
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(ranking.sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const first = ranking.sheet.getRow(2);
    expect(first.getCell(1).type).toBe(ExcelJS.ValueType.Number);
    expect(first.getCell(1).value).toBe(1);
    expect(first.getCell(1).numFmt).toBe('#,##0');
    expect(first.getCell(2).type).toBe(ExcelJS.ValueType.String);
    // The figure is a rate: a fraction from 0 to 1 that Excel shows in percent.
    expect(first.getCell(3).type).toBe(ExcelJS.ValueType.Number);
    expect(first.getCell(3).value).toEqual(expect.any(Number));
    expect(Number(first.getCell(3).value)).toBeLessThanOrEqual(1);
    expect(first.getCell(3).numFmt).toBe('0.0%');

    const board = await downloadWorkbook(page.locator('[data-testid="status-board"] [data-action="xlsx"]'));
    expect(board.fileName).toMatch(/^tinh-hinh-gui-bao-cao-\d{4}\.xlsx$/);
    expect(board.sheet.getRow(1).getCell(2).value).toBe('Cơ quan, đơn vị');
    expect(board.sheet.rowCount).toBeGreaterThan(1);

    // The CSV stays, labelled as the machine format.
    await expect(page.locator('[data-testid="chart-ranking"] [data-action="csv"]').textContent()).resolves.toContain('CSV (cho phần mềm)');
    expect(pageErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
  });

  it('switches to English and back', async () => {
    await page.getByTestId('language-select').selectOption('en');
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    // An export made in English has English headers.
    const ranking = await downloadWorkbook(page.locator('[data-testid="chart-ranking"] [data-action="xlsx"]'));
    expect(ranking.sheet.getRow(1).getCell(1).value).toBe('Rank');
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
    // The refused session is an expected 401 here.
    await refuseSessionCookie(page, app.baseUrl);
    await page.goto(`${app.baseUrl}/reports`, { waitUntil: 'networkidle' });
    await page.getByText('Phiên làm việc đã hết hạn').waitFor();
    expect(new URL(page.url()).searchParams.get('redirect')).toBe('/reports');
    await page.getByTestId('login-username').fill('sngv');
    await page.getByTestId('login-password').fill('demo123');
    await page.getByTestId('login-submit').click();
    await page.getByRole('heading', { name: 'Báo cáo của đơn vị' }).waitFor();
  });

  it('says in words why the data did not load, keeping the error code out of the message', async () => {
    // The server cannot be reached for the list of reports (a dropped connection).
    await page.route(/\/api\/reports(\?|$)/, (route) => route.abort('internetdisconnected'));
    await page.goto(`${app.baseUrl}/reports`, { waitUntil: 'networkidle' });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.locator('span').first().textContent()).toBe(
      'Không tải được dữ liệu. Không kết nối được với máy chủ. Vui lòng kiểm tra kết nối mạng rồi thử lại.',
    );
    // The code is there for support, folded away: not in the text a person reads.
    expect(await alert.innerText()).not.toContain('NETWORK_ERROR');
    await expect(page.getByTestId('error-code').locator('code').textContent()).resolves.toBe('NETWORK_ERROR');
    await page.screenshot({ path: join(screenshotDir(), 'load-error.png'), fullPage: true });

    await page.unroute(/\/api\/reports(\?|$)/);
    failedRequests.splice(0);
    await alert.getByRole('button', { name: 'Thử lại' }).click();
    await expect(page.getByTestId('my-reports').textContent()).resolves.toContain('9 tháng đầu năm 2020');
    expect(pageErrors).toEqual([]);
  });
});
