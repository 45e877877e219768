import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Download, Locator, Page } from 'playwright-core';
import {
  apiAs,
  browserUnderTest,
  elementsPastRightEdge,
  launchBrowser,
  paintedPixels,
  screenshotDir,
  signIn,
  startBuiltApp,
  waitForChartDrawn,
  type RunningApp,
} from './browser-support.js';

const { describeInBrowser, chromiumPath } = browserUnderTest();

/** The dashboard's charts, by the test id of their card. */
const CHARTS = ['chart-on-time-rate', 'chart-online-rate', 'chart-area-stacks', 'chart-activity', 'chart-ranking', 'chart-coverage'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Text as the dashboard's searches compare it: no accents, đ as d, lower case. */
const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();

describeInBrowser('Home Affairs dashboard in a real browser', () => {
  let app: RunningApp;
  let browser: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];
  const failedRequests: string[] = [];
  const scripts: string[] = [];
  const apiCalls: string[] = [];

  const board = (): Locator => page.getByTestId('status-board');
  const card = (testId: string): Locator => page.getByTestId(testId);

  /**
   * Waits until the board shows what was last asked for: no page on its way and no search waiting
   * for the typing to pause (the API filters, sorts and pages the board).
   */
  async function boardSettled(): Promise<void> {
    await page.waitForFunction(() => document.querySelector('[data-testid="status-board"]')?.getAttribute('aria-busy') === 'false');
  }

  /** Waits until the chart of a card has a sized canvas and its drawing has settled. */
  async function chartDrawn(testId: string): Promise<void> {
    await waitForChartDrawn(page, `[data-testid="${testId}"] canvas`);
  }

  /** Waits until both comparison charts show what was last asked for (no answer on its way). */
  /** An answer to a comparison chart's request for its ends, without a search. */
  const unsearched = (path: string) => (response: { url: () => string }) => {
    const url = new URL(response.url());
    return url.pathname === path && url.searchParams.get('ends') === '10' && !url.searchParams.has('q');
  };

  async function comparisonSettled(): Promise<void> {
    await page.waitForFunction(() =>
      ['chart-ranking', 'chart-coverage'].every((id) => document.querySelector(`[data-testid="${id}"]`)?.getAttribute('aria-busy') === 'false'),
    );
  }

  /** The dashboard API's answer, fetched by the page with the reviewer's session. */
  async function api<T>(path: string): Promise<T> {
    return page.evaluate(async (url) => {
      // The session cookie goes along by itself.
      const response = await fetch(url, { credentials: 'same-origin' });
      return (await response.json()) as T;
    }, path);
  }

  async function download(from: Locator): Promise<{ download: Download; bytes: Buffer }> {
    const [file] = await Promise.all([page.waitForEvent('download'), from.click()]);
    return { download: file, bytes: readFileSync(await file.path()) };
  }

  beforeAll(async () => {
    app = await startBuiltApp();
    browser = await launchBrowser(chromiumPath);
    page = await browser.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    page.on('requestfailed', (request) => {
      // The dashboard cancels a request that a newer choice of filters made obsolete.
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') failedRequests.push(`${request.method()} ${request.url()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) failedRequests.push(`${response.status()} ${response.url()}`);
    });
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (request.resourceType() === 'script') scripts.push(url.pathname);
      if (url.pathname.startsWith('/api/dashboard/')) apiCalls.push(`${url.pathname}${url.search}`);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('loads Chart.js and the dashboard while the sign-in page waits, not with it, so signing in fetches no more code', async () => {
    const dashboardCode = (path: string): boolean => /\/assets\/(charts|DashboardPage)-/.test(path);
    await page.goto(`${app.baseUrl}/login`, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    // Not among what the page loads to show itself (compressed-assets.test.ts), but fetched once
    // it is idle (main.ts), while someone types.
    expect(scripts.filter(dashboardCode)).toHaveLength(2);
    const beforeClick = scripts.length;

    await page.getByTestId('login-username').fill('snv');
    await page.getByTestId('login-password').fill('demo123');
    await page.getByTestId('login-submit').click();
    await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
    await board().locator('tr[data-agency]').first().waitFor();
    expect(scripts.slice(beforeClick).filter(dashboardCode)).toEqual([]);
  });

  it('opens on the latest year with reports and shows every agency x period with its status and the reporting rate', async () => {
    // The demo has reports in 2020 and 2021 only, though periods run to this year.
    await expect(page.getByTestId('dashboard-year').inputValue()).resolves.toBe('2021');
    await page.getByTestId('dashboard-year').selectOption('2020');
    await page.getByText('Tình hình báo cáo cải cách hành chính năm 2020').waitFor();
    await board().locator('tr[data-agency]').first().waitFor();

    await expect(board().locator('thead th[data-period-kind]').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-period-kind')))).resolves.toEqual([
      'Q1',
      'H1',
      'M9',
      'YEAR',
    ]);
    await expect(board().locator('tr[data-agency]').count()).resolves.toBe(33);
    const sngv = board().locator('tr[data-agency="SNgV"] td');
    await expect(sngv.evaluateAll((tds) => tds.map((td) => td.getAttribute('data-state')))).resolves.toEqual([
      'ACCEPTED',
      'DRAFT',
      'SUBMITTED_ON_TIME',
      'MISSING',
    ]);
    const states = await board().locator('td[data-state]').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-state')));
    for (const state of ['SUBMITTED_ON_TIME', 'RETURNED', 'ACCEPTED', 'DRAFT', 'MISSING']) expect(states).toContain(state);
    await expect(board().textContent()).resolves.toMatch(/trễ \d+ ngày/);

    // 30 of the 33 agencies expected in the 9-month period of 2020 reported.
    const m9 = board().locator('thead th[data-period-kind="M9"]');
    await expect(m9.getByTestId('reporting-rate').textContent()).resolves.toMatch(/90,9%\s*30\/33 đơn vị/);
    await expect(m9.textContent()).resolves.toContain('Hạn nộp 20/09/2020');

    // A missing report has nothing to open: no link, and the cell says why.
    const missing = board().locator('tr[data-agency="SNgV"] td[data-period-kind="YEAR"]');
    await expect(missing.locator('a').count()).resolves.toBe(0);
    await expect(missing.textContent()).resolves.toContain('chưa có báo cáo để mở');
  });

  it('draws every chart', async () => {
    for (const chart of CHARTS) {
      await chartDrawn(chart);
      expect(await paintedPixels(page, `[data-testid="${chart}"] canvas`)).toBeGreaterThan(2_000);
    }
  });

  it('shows the coverage of the period compared, loading the areas again for another period, not for another figure', async () => {
    type Areas = { coverage: { agency: { code: string }; reports: { periodId: string }[] }[] };
    const compare = page.getByTestId('compare-period');
    // The areas of the year came with the coverage of the period compared by default (the year's),
    // its first and last ten agencies only: what the chart draws.
    const compared = await compare.inputValue();
    expect(apiCalls.filter((call) => call.startsWith('/api/dashboard/areas?')).at(-1)).toBe(`/api/dashboard/areas?year=2020&coveragePeriodId=${compared}&ends=10`);
    const [m9] = await api<{ id: string }[]>('/api/periods?year=2020&kind=M9');
    const areas = await api<Areas>(`/api/dashboard/areas?year=2020&coveragePeriodId=${m9?.id ?? ''}`);
    expect(areas.coverage.length).toBeGreaterThan(0);
    expect(areas.coverage.every((entry) => entry.reports.every((report) => report.periodId === m9?.id))).toBe(true);

    apiCalls.splice(0);
    const coverage = card('chart-coverage');
    await Promise.all([page.waitForResponse((response) => response.url().includes('/api/dashboard/areas?')), compare.selectOption(m9?.id ?? '')]);
    await coverage.getByRole('heading', { name: /9 tháng đầu năm 2020/ }).waitFor();
    await chartDrawn('chart-coverage');
    expect([...apiCalls].sort()).toEqual([
      `/api/dashboard/areas?year=2020&coveragePeriodId=${m9?.id ?? ''}&ends=10`,
      `/api/dashboard/ranking?periodId=${m9?.id ?? ''}&figure=onTimeRate&ends=10`,
    ]);
    await expect(coverage.locator('.card__summary').textContent()).resolves.toMatch(new RegExp(`/${areas.coverage.length} báo cáo thiếu lĩnh vực$`));
    await coverage.screenshot({ path: join(screenshotDir(), 'dashboard-coverage-m9.png') });

    // Another figure ranks again; the coverage stays.
    apiCalls.splice(0);
    await Promise.all([page.waitForResponse((response) => response.url().includes('/api/dashboard/ranking?')), page.getByTestId('ranking-figure').selectOption('received')]);
    await Promise.all([page.waitForResponse((response) => response.url().includes('/api/dashboard/ranking?')), page.getByTestId('ranking-figure').selectOption('onTimeRate')]);
    expect(apiCalls.every((call) => call.startsWith('/api/dashboard/ranking?'))).toBe(true);
    await chartDrawn('chart-ranking');
  });

  it('charts the busiest agencies until the reviewer picks among the reporting agencies of the year, a province\'s few needing no search', async () => {
    type Agency = { id: string; code: string; kind: string; validFrom: string; validTo: string | null; name: { vi: string } };
    type Dossier = { agencies: { agency: Agency }[] };
    const reference = await api<{ agencies: Agency[] }>('/api/reference-data');
    const ofYear = reference.agencies.filter((a) => a.kind !== 'province' && a.validFrom <= '2020-12-31' && (a.validTo === null || a.validTo >= '2020-01-01'));
    const busiest = (await api<Dossier>('/api/dashboard/dossier?year=2020&top=3')).agencies.map((entry) => entry.agency.id);
    expect(busiest).toHaveLength(3);
    const rates = card('chart-on-time-rate');
    const picker = page.getByTestId('agency-picker');
    const checked = (): Promise<string[]> =>
      picker.locator('input[type="checkbox"]:checked').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value).sort());
    /**
     * The agencies checked, once they are `expected`: an answer has arrived before the page has
     * applied it, so the picker is read when it shows them or after 10 s, whichever comes first.
     */
    async function checkedOnceSettled(expected: string[]): Promise<string[]> {
      const wanted = JSON.stringify([...expected].sort());
      const deadline = Date.now() + 10_000;
      let seen = await checked();
      while (JSON.stringify(seen) !== wanted && Date.now() < deadline) {
        await page.waitForTimeout(50);
        seen = await checked();
      }
      return seen;
    }
    /** The headers of the on-time chart's table: the period, the province, then one per agency charted. */
    async function charted(): Promise<string[]> {
      await rates.getByRole('button', { name: 'Xem dạng bảng' }).click();
      const headers = await rates.locator('thead th').allTextContents();
      await rates.getByRole('button', { name: 'Xem biểu đồ' }).click();
      await chartDrawn('chart-on-time-rate');
      return headers.slice(2).map((header) => header.trim());
    }

    // Every reporting agency of the year is there to pick, the province's few without a search;
    // the busiest three are charted and checked.
    await picker.locator('summary').click();
    await expect(picker.locator('input[type="checkbox"]').count()).resolves.toBe(ofYear.length);
    await expect(picker.getByTestId('picker-search').count()).resolves.toBe(0);
    await expect(checkedOnceSettled(busiest)).resolves.toEqual([...busiest].sort());
    await expect(picker.locator('summary').textContent()).resolves.toBe('Chọn cơ quan (3/6)');
    await expect(charted()).resolves.toHaveLength(3);

    // A pick loads the series of the agencies picked, charted in the order picked.
    const sngv = ofYear.find((a) => a.code === 'SNgV');
    expect(busiest).not.toContain(sngv?.id);
    apiCalls.splice(0);
    await Promise.all([
      page.waitForResponse((response) => response.url().includes('/api/dashboard/dossier?')),
      picker.locator(`input[value="${sngv?.id ?? ''}"]`).check(),
    ]);
    expect(apiCalls).toEqual([`/api/dashboard/dossier?year=2020&${new URLSearchParams({ agencyIds: [...busiest, sngv?.id ?? ''].sort().join(',') })}`]);
    await chartDrawn('chart-on-time-rate');
    await expect(checkedOnceSettled([...busiest, sngv?.id ?? ''])).resolves.toEqual([...busiest, sngv?.id ?? ''].sort());
    const headers = await charted();
    expect(headers).toHaveLength(4);
    expect(headers.at(-1)).toBe('Sở Ngoại vụ');
    await page.locator('.grid').filter({ has: picker }).screenshot({ path: join(screenshotDir(), 'dashboard-rates-picker.png') });
    await picker.locator('summary').click();
    await rates.screenshot({ path: join(screenshotDir(), 'dashboard-rates-picked.png') });

    // Cleared, the chart is back to the busiest.
    await picker.locator('summary').click();
    apiCalls.splice(0);
    await Promise.all([
      page.waitForResponse((response) => response.url().includes('/api/dashboard/dossier?')),
      picker.getByRole('button', { name: 'Bỏ chọn tất cả' }).click(),
    ]);
    expect(apiCalls).toEqual(['/api/dashboard/dossier?year=2020&top=3']);
    await expect(checkedOnceSettled(busiest)).resolves.toEqual([...busiest].sort());
    await picker.locator('summary').click();
    await chartDrawn('chart-on-time-rate');
  });

  it('narrows the board to a period kind and an agency kind', async () => {
    await page.getByTestId('dashboard-kind').selectOption({ label: '9 tháng' });
    await boardSettled();
    await expect(board().locator('thead th[data-period-kind]').count()).resolves.toBe(1);
    // The API narrows the board's columns to the kind.
    expect(apiCalls).toContain('/api/dashboard/status?year=2020&kind=M9&pageSize=50');
    await card('chart-ranking').getByRole('heading', { name: /9 tháng đầu năm 2020/ }).waitFor();

    await page.getByTestId('dashboard-agency-kind').selectOption('district');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="status-board"] tr[data-agency]').length === 13);
    await expect(board().locator('tbody[data-agency-kind]').evaluateAll((groups) => groups.map((g) => g.getAttribute('data-agency-kind')))).resolves.toEqual([
      'district',
    ]);
    await chartDrawn('chart-ranking');
    for (const panel of ['status', 'dossier', 'areas', 'ranking']) {
      expect(apiCalls.some((call) => call.startsWith(`/api/dashboard/${panel}?`) && call.includes('agencyKind=district'))).toBe(true);
    }

    await page.getByTestId('dashboard-agency-kind').selectOption({ label: 'Tất cả cơ quan, đơn vị' });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="status-board"] tr[data-agency]').length === 33);
    await chartDrawn('chart-ranking');
  });

  it('draws the ten best and the ten worst of a long ranking, counts the agencies between, and adds those the API finds for the search', async () => {
    type Row = { agency: { code: string; name: { vi: string } }; value: number | null; position: number };
    type Ranking = { rows: Row[]; shown: { total: number; found: number; q: string; trimmed: boolean } };
    const [m9] = await api<{ id: string }[]>('/api/periods?year=2020&kind=M9');
    const asked = `/api/dashboard/ranking?periodId=${m9?.id ?? ''}&figure=onTimeRate`;
    const ranking = await api<Ranking>(asked);
    const withValue = ranking.rows.filter((row) => row.value !== null);
    // The demo ranks more agencies than the two ends hold: the chart leaves some out.
    expect(withValue.length).toBeGreaterThan(20);
    const rankingCard = card('chart-ranking');
    await expect(rankingCard.getByTestId('ranking-shown').textContent()).resolves.toBe(
      `Biểu đồ hiện 10 đơn vị đầu và 10 đơn vị cuối trong số ${withValue.length} đơn vị; bảng dữ liệu có đủ.`,
    );
    await chartDrawn('chart-ranking');
    await rankingCard.screenshot({ path: join(screenshotDir(), 'dashboard-ranking-ends.png') });

    // Searched for without accents, an agency ranked between the ends joins the chart: the API is
    // asked once the typing paused, with the search, and sends that agency with its position.
    const middle = withValue[Math.floor(withValue.length / 2)];
    const needle = fold(middle?.agency.name.vi ?? '');
    const { found } = (await api<Ranking>(`${asked}&ends=10&q=${encodeURIComponent(needle)}`)).shown;
    expect(found).toBeGreaterThan(0);
    apiCalls.splice(0);
    const [answer] = await Promise.all([
      page.waitForResponse((response) => response.url().includes('/api/dashboard/ranking?') && new URL(response.url()).searchParams.has('q')),
      page.getByTestId('compare-search').fill(needle),
    ]);
    const searched = (await answer.json()) as Ranking;
    expect(new URL(answer.url()).searchParams.get('ends')).toBe('10');
    const sent = searched.rows.find((row) => row.agency.code === middle?.agency.code);
    expect(sent?.position).toBeGreaterThanOrEqual(10);
    expect(sent?.position).toBeLessThan(withValue.length - 10);
    await rankingCard.getByText(`Tìm thấy ${found} đơn vị, đã đưa vào biểu đồ (tên in đậm).`).waitFor();
    await comparisonSettled();
    await chartDrawn('chart-ranking');
    // One request per chart for the word typed, not one per letter.
    const q = new URLSearchParams({ q: needle }).toString();
    expect([...apiCalls].sort()).toEqual([
      `/api/dashboard/areas?year=2020&coveragePeriodId=${m9?.id ?? ''}&ends=10&${q}`,
      `${asked}&ends=10&${q}`,
    ]);
    await rankingCard.screenshot({ path: join(screenshotDir(), 'dashboard-ranking-search.png') });
    await page.getByTestId('compare-search').fill('khong co don vi nao ten nay');
    await rankingCard.getByText('Không tìm thấy đơn vị nào trên biểu đồ này.').waitFor();
    // Cleared, both charts are asked again once the typing paused: waited for here, so that no
    // answer of this test lands in the next one.
    await Promise.all([
      page.waitForResponse(unsearched('/api/dashboard/ranking')),
      page.waitForResponse(unsearched('/api/dashboard/areas')),
      page.getByTestId('compare-search').fill(''),
    ]);
    await rankingCard.getByTestId('ranking-shown').getByText(/^Biểu đồ hiện 10 đơn vị đầu/).waitFor();
    await comparisonSettled();
    await expect(rankingCard.getByText(/Tìm thấy/).count()).resolves.toBe(0);

    // However many agencies, the charts across agencies stay a screen or two high.
    for (const chart of ['chart-ranking', 'chart-coverage']) {
      await chartDrawn(chart);
      const box = await card(chart).locator('canvas').boundingBox();
      expect(box?.height ?? 0).toBeGreaterThan(200);
      expect(box?.height ?? Infinity).toBeLessThanOrEqual(1400);
    }
  });

  it('keeps the charts on show, dimmed and without their tools, while the answer to a search comes', async () => {
    const rankingCard = card('chart-ranking');
    await comparisonSettled();
    await chartDrawn('chart-ranking');
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const searched = /\/api\/dashboard\/(ranking|areas)\?.*[?&]q=/;
    // Each held request goes on once released, before the route is taken away.
    const going: Promise<void>[] = [];
    await page.route(searched, (route) => {
      const on = held.then(() => route.continue());
      going.push(on);
      return on;
    });
    try {
      // Both searches asked (and held) before the charts are looked at.
      await Promise.all([
        page.waitForRequest((r) => searched.test(r.url()) && r.url().includes('/api/dashboard/ranking?')),
        page.waitForRequest((r) => searched.test(r.url()) && r.url().includes('/api/dashboard/areas?')),
        page.getByTestId('compare-search').fill('huyen'),
      ]);
      await rankingCard.locator('.card__chart--stale canvas').waitFor();
      await expect(rankingCard.getAttribute('aria-busy')).resolves.toBe('true');
      await expect(rankingCard.locator('.state--loading').count()).resolves.toBe(0);
      await expect(rankingCard.locator('[data-action="csv"]').count()).resolves.toBe(0);
      await card('chart-coverage').locator('.card__chart--stale canvas').waitFor();
      // Dimmed once its short transition has run.
      await page.waitForFunction(() => Number(getComputedStyle(document.querySelector('[data-testid="chart-ranking"] .card__chart--stale')!).opacity) < 0.6);
      await rankingCard.screenshot({ path: join(screenshotDir(), 'dashboard-ranking-stale.png') });
    } finally {
      release();
      await Promise.all(going);
      await page.unroute(searched);
    }
    await comparisonSettled();
    await expect(rankingCard.locator('.card__chart--stale').count()).resolves.toBe(0);
    await expect(rankingCard.locator('[data-action="csv"]').count()).resolves.toBe(1);
    // The search cleared, both charts are asked for their ends again (after the typing's pause).
    await Promise.all([
      page.waitForResponse(unsearched('/api/dashboard/ranking')),
      page.waitForResponse(unsearched('/api/dashboard/areas')),
      page.getByTestId('compare-search').fill(''),
    ]);
    await comparisonSettled();
  });

  it("lists every agency in the table view of a chart that draws only its ends, fetching the whole ranking when the table is first shown", async () => {
    type Ranking = { rows: { agency: { name: { vi: string } }; value: number | null }[] };
    const [m9] = await api<{ id: string }[]>('/api/periods?year=2020&kind=M9');
    const whole = `/api/dashboard/ranking?periodId=${m9?.id ?? ''}&figure=onTimeRate`;
    const ranking = await api<Ranking>(whole);
    const rankingCard = card('chart-ranking');
    const toggle = rankingCard.getByRole('button', { name: 'Xem dạng bảng' });

    // The first showing fails: the table says so, with a retry, and the chart card stays.
    const wholePath = /\/api\/dashboard\/ranking\?(?!.*ends=)/;
    await page.route(wholePath, (route) =>
      route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ code: 'DATABASE_UNAVAILABLE', message: 'Unavailable.' }) }),
    );
    await toggle.click();
    const failure = rankingCard.locator('.card__table').getByRole('alert');
    await failure.waitFor();
    await expect(failure.locator('span').first().textContent()).resolves.toMatch(/^Không tải được dữ liệu\./);
    await page.unroute(wholePath);

    // Tried again, the whole ranking loads (the loading state meanwhile) and every agency is listed, then the province.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(wholePath, async (route) => {
      await held;
      await route.continue();
    });
    apiCalls.splice(0);
    await failure.getByRole('button', { name: 'Thử lại' }).click();
    await rankingCard.getByRole('status').filter({ hasText: 'Đang tải bảng dữ liệu đầy đủ…' }).waitFor();
    await rankingCard.screenshot({ path: join(screenshotDir(), 'dashboard-ranking-table-loading.png') });
    release();
    const rows = rankingCard.locator('tbody tr');
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="chart-ranking"] tbody tr').length === n,
      ranking.rows.length + 1,
    );
    await page.unroute(wholePath);
    expect(apiCalls).toEqual([whole]);
    const names = (await rows.locator('th').allTextContents()).map((name) => name.trim());
    expect(names.slice(0, -1)).toEqual(ranking.rows.map((row) => row.agency.name.vi));
    expect(names.at(-1)).toMatch(/^Toàn tỉnh: /);
    // The agencies without a value are there too, below the ranked ones.
    expect(ranking.rows.some((row) => row.value === null)).toBe(true);
    await rankingCard.screenshot({ path: join(screenshotDir(), 'dashboard-ranking-table.png') });

    // Shown again, the table asks nothing more.
    await rankingCard.getByRole('button', { name: 'Xem biểu đồ' }).click();
    await chartDrawn('chart-ranking');
    await toggle.click();
    await expect(rows.count()).resolves.toBe(ranking.rows.length + 1);
    expect(apiCalls).toEqual([whole]);
    await rankingCard.getByRole('button', { name: 'Xem biểu đồ' }).click();
    await chartDrawn('chart-ranking');

    // The refused request was this test's doing (a 503 the browser logs).
    expect(failedRequests.every((request) => request.startsWith('503 ') && request.includes('/api/dashboard/ranking?'))).toBe(true);
    failedRequests.splice(0);
    pageErrors.splice(0, pageErrors.length, ...pageErrors.filter((message) => !message.includes('503')));
    expect(pageErrors).toEqual([]);
  });

  it('saves the data of a chart and of the board as CSV for Excel, and a chart as a PNG image', async () => {
    const csv = await download(card('chart-ranking').locator('[data-action="csv"]'));
    expect(csv.download.suggestedFilename()).toMatch(/^xep-hang-.*9-thang-dau-nam-2020\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...lines] = csv.bytes.toString('utf8').slice(1).split('\r\n');
    expect(header).toBe('Hạng,"Cơ quan, đơn vị",Tỷ lệ hồ sơ giải quyết đúng hạn (%),Trạng thái báo cáo');
    expect(lines.some((line) => line.startsWith('1,Sở Ngoại vụ,100,Đã gửi'))).toBe(true);

    const boardCsv = await download(board().locator('[data-action="csv"]'));
    expect(boardCsv.download.suggestedFilename()).toBe('tinh-hinh-gui-bao-cao-2020.csv');
    expect(boardCsv.bytes.toString('utf8')).toContain('SNgV,Sở Ngoại vụ,"Sở, ngành",Gửi đúng hạn');
    // The board's file is the whole board of the view, asked for without a page.
    expect(apiCalls.at(-1)).toBe('/api/dashboard/status?year=2020&kind=M9');

    const png = await download(card('chart-on-time-rate').locator('[data-action="png"]'));
    expect(png.download.suggestedFilename()).toBe('ty-le-ho-so-giai-quyet-dung-han-nam-2020.png');
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.bytes.length).toBeGreaterThan(10_000);
  });

  it('shows a chart as a table, the text alternative, with links to the reports', async () => {
    const coverage = card('chart-coverage');
    await coverage.getByRole('button', { name: 'Xem dạng bảng' }).click();
    // The seed report leaves out apparatus reform (docs/domain.md §2).
    const row = coverage.getByRole('row', { name: /Sở Ngoại vụ/ });
    await expect(row.textContent()).resolves.toMatch(/Thiếu nội dung/);
    await expect(row.getByRole('link', { name: 'Sở Ngoại vụ' }).getAttribute('href')).resolves.toMatch(/^\/reports\/[0-9a-f-]{36}$/);
    await coverage.getByRole('button', { name: 'Xem biểu đồ' }).click();
    await chartDrawn('chart-coverage');
  });

  it('opens the report of a bar clicked on the ranking chart', async () => {
    const ranking = card('chart-ranking');
    await ranking.getByRole('button', { name: 'Xem dạng bảng' }).click();
    await ranking.locator('tbody tr[data-report-id]').first().waitFor();
    const reportIds = await ranking.locator('tbody tr[data-report-id]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-report-id')));
    await ranking.getByRole('button', { name: 'Xem biểu đồ' }).click();
    await chartDrawn('chart-ranking');

    // The first bar (rank 1) is the top band of the chart; a click anywhere across it picks it.
    const canvas = ranking.locator('canvas');
    const box = await canvas.boundingBox();
    await canvas.click({ position: { x: (box?.width ?? 0) / 2, y: 16 } });
    await page.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
    expect(new URL(page.url()).pathname).toBe(`/reports/${reportIds[0]}`);
    await page.goBack();
    await board().locator('tr[data-agency]').first().waitFor();
  });

  it("opens the Sở Ngoại vụ's 9-month report of 2020 from its status cell", async () => {
    const status = await api<{ rows: { agency: { code: string }; cells: { reportId: string | null }[] }[] }>('/api/dashboard/status?year=2020&kind=M9');
    const reportId = status.rows.find((row) => row.agency.code === 'SNgV')?.cells[0]?.reportId ?? '';
    expect(reportId).toMatch(UUID);

    await board().locator('tr[data-agency="SNgV"] td[data-period-kind="M9"] a').click();
    await page.waitForURL(`**/reports/${reportId}`);
    expect(new URL(page.url()).pathname).toBe(`/reports/${reportId}`);
    await page.waitForLoadState('networkidle');
    expect(pageErrors).toEqual([]);
  });

  it("answers \"who is late?\": the board's filter, its counts, the search and the link that shares the view", async () => {
    await page.goBack();
    await page.getByTestId('dashboard-kind').selectOption({ label: 'Tất cả các kỳ trong năm' });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="status-board"] thead th[data-period-kind]').length === 4);
    type Cell = { status: string; timing: string | null; overdue: boolean };
    const status = await api<{ rows: { agency: { code: string }; cells: Cell[] }[] }>('/api/dashboard/status?year=2020');
    const having = (test: (cell: Cell) => boolean): string[] =>
      status.rows.filter((row) => row.cells.some(test)).map((row) => row.agency.code).sort();
    const expected = {
      all: status.rows.map((row) => row.agency.code).sort(),
      late: having((cell) => cell.timing === 'LATE' || cell.timing === 'AFTER_GRACE'),
      missing: having((cell) => cell.overdue),
      returned: having((cell) => cell.status === 'RETURNED'),
      awaiting: having((cell) => cell.status === 'SUBMITTED'),
    };
    expect(expected.late.length).toBeGreaterThan(0);
    expect(expected.late.length).toBeLessThan(expected.all.length);

    const shown = async (): Promise<string[]> =>
      (await board().locator('tr[data-agency]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-agency') ?? ''))).sort();
    const filters = board().getByRole('radiogroup', { name: 'Lọc theo tình trạng' });
    // Every choice tells how many agencies it holds, the same count the API's data gives.
    for (const [filter, codes] of Object.entries(expected)) {
      await expect(filters.locator(`[data-filter="${filter}"] [data-count]`).textContent()).resolves.toBe(String(codes.length));
    }

    // Chosen from the keyboard: focus the choices, then the arrow keys move along them.
    await filters.getByRole('radio', { name: /^Tất cả/ }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(filters.getByRole('radio', { name: /^Trễ hạn/ }).isChecked()).resolves.toBe(true);
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="status-board"] tr[data-agency]').length === n, expected.late.length);
    await boardSettled();
    await expect(shown()).resolves.toEqual(expected.late);
    expect(new URL(page.url()).searchParams.get('board')).toBe('late');
    expect(apiCalls.at(-1)).toBe('/api/dashboard/status?year=2020&filter=late&pageSize=50');

    // Sorted by status: an agency still owing a report comes first, else the one most days late.
    await board().getByLabel('Sắp xếp').selectOption('status');
    const daysLate = (code: string): number =>
      Math.max(...(status.rows.find((row) => row.agency.code === code)?.cells ?? []).map((cell) => (cell as Cell & { daysLate: number | null }).daysLate ?? 0));
    const owing = expected.late.filter((code) => expected.missing.includes(code));
    const mostLate = Math.max(...expected.late.map(daysLate));
    const first = owing.length > 0 ? owing : expected.late.filter((code) => daysLate(code) === mostLate);
    await page.waitForURL(/sort=status/);
    await boardSettled();
    expect(first).toContain(await board().locator('tr[data-agency]').first().getAttribute('data-agency'));

    // The search ignores accents and reads codes too.
    await filters.getByRole('radio', { name: /^Tất cả/ }).check();
    await board().getByRole('searchbox', { name: 'Tìm cơ quan, đơn vị' }).fill('so tu phap');
    // The address follows the search at once; the API is asked once the typing paused.
    await page.waitForURL(/q=so\+tu\+phap/);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="status-board"] tr[data-agency]').length === 1);
    await expect(shown()).resolves.toEqual(['STP']);
    expect(apiCalls.at(-1)).toBe('/api/dashboard/status?year=2020&sort=status&q=so+tu+phap&pageSize=50');
    await board().getByRole('searchbox', { name: 'Tìm cơ quan, đơn vị' }).fill('sngv');
    await page.waitForFunction(() => document.querySelector('[data-testid="status-board"] tr[data-agency]')?.getAttribute('data-agency') === 'SNgV');

    // The address keeps the view: opened afresh, the link shows the same rows.
    await filters.getByRole('radio', { name: /^Trễ hạn/ }).check();
    await board().getByRole('searchbox', { name: 'Tìm cơ quan, đơn vị' }).fill('');
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="status-board"] tr[data-agency]').length === n, expected.late.length);
    const shared = page.url();
    expect(new URL(shared).searchParams.get('sort')).toBe('status');
    expect(new URL(shared).searchParams.get('year')).toBe('2020');
    apiCalls.splice(0);
    await page.goto(shared);
    await page.getByText('Tình hình báo cáo cải cách hành chính năm 2020').waitFor();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="status-board"] tr[data-agency]').length === n, expected.late.length);
    await expect(shown()).resolves.toEqual(expected.late);
    // Opened afresh, the link's view comes with the overview: no request of its own.
    expect(apiCalls.filter((call) => call.startsWith('/api/dashboard/status'))).toEqual([]);
    expect(apiCalls).toContainEqual(expect.stringMatching(/^\/api\/dashboard\/overview\?year=2020&.*board=late&boardSort=status/));
    await expect(filters.getByRole('radio', { name: /^Trễ hạn/ }).isChecked()).resolves.toBe(true);
    await board().screenshot({ path: join(screenshotDir(), 'dashboard-board-late.png') });

    await filters.getByRole('radio', { name: /^Tất cả/ }).check();
    await board().getByLabel('Sắp xếp').selectOption('name');
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="status-board"] tr[data-agency]').length === n, expected.all.length);
  });

  it('fits a 1280 x 800 screen and a 390 px phone, the board scrolling within itself', async () => {
    for (const chart of CHARTS) await chartDrawn(chart);
    await page.screenshot({ path: join(screenshotDir(), 'dashboard.png'), fullPage: true });

    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForFunction(() => document.documentElement.clientWidth === 390);
    for (const chart of CHARTS) await chartDrawn(chart);
    // Chart.js resizes its canvases from a ResizeObserver, a little after the viewport changes:
    // wait for the page to settle to the phone's width, then state what it is.
    await page.waitForFunction(() => document.documentElement.scrollWidth <= 390, undefined, { timeout: 10_000 }).catch(() => undefined);
    await expect(elementsPastRightEdge(page)).resolves.toEqual([]);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
    const scroll = board().locator('.board-scroll');
    await expect(scroll.evaluate((el) => el.scrollWidth > el.clientWidth)).resolves.toBe(true);
    await page.screenshot({ path: join(screenshotDir(), 'dashboard-phone.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });

    expect(pageErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
  });

  it('shows who owes what across the 2025 merger, and folds predecessors into their successor when asked', async () => {
    // docs/domain.md §8, §13: SNNPTNT and STNMT became SNNMT on 01/03/2025, entered as an administrator would.
    await page.getByTestId('logout').click();
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await signIn(page, app.baseUrl, 'admin');
    const agencies = (await apiAs<{ id: string; code: string }[]>(page, 'GET', '/api/agencies')).body;
    const idOf = (code: string): string => agencies.find((a) => a.code === code)?.id ?? '';
    const created = await apiAs<{ id: string }>(page, 'POST', '/api/agencies', {
      code: 'SNNMT',
      name: { vi: 'Sở Nông nghiệp và Môi trường', en: 'Department of Agriculture and Environment' },
      kind: 'department',
      validFrom: '2025-03-01',
    });
    expect(created.status).toBe(201);
    for (const code of ['SNNPTNT', 'STNMT']) {
      const merged = await apiAs(page, 'POST', `/api/agencies/${idOf(code)}/successors`, { successorId: created.body.id, effectiveOn: '2025-03-01', note: 'Nghị định 45/2025/NĐ-CP' });
      expect(merged.status).toBe(201);
    }
    // A department entered afresh as existing since 2020: it has no report, so no figures.
    const newcomer = await apiAs<{ id: string }>(page, 'POST', '/api/agencies', {
      code: 'SDL',
      name: { vi: 'Sở Du lịch', en: 'Department of Tourism' },
      kind: 'department',
      validFrom: '2020-01-01',
    });
    expect(newcomer.status).toBe(201);

    await page.goto(`${app.baseUrl}/?year=2025&agencyKind=department`);
    await board().locator('tr[data-agency="SNNMT"]').waitFor();
    const q1 = board().locator('tr[data-agency="SNNMT"] td[data-period-kind="Q1"]');
    await expect(q1.textContent()).resolves.toContain('Báo cáo gồm cả phần của Sở Nông nghiệp và Phát triển nông thôn, Sở Tài nguyên và Môi trường');
    await expect(q1.getAttribute('data-state')).resolves.toBe('MISSING');
    const predecessor = board().locator('tr[data-agency="SNNPTNT"]');
    await expect(predecessor.getByTestId('row-lineage').textContent()).resolves.toBe('→ SNNMT từ 01/03/2025');
    await expect(predecessor.locator('td[data-period-kind="Q1"]').textContent()).resolves.toContain('→ SNNMT từ 01/03/2025');
    await board().screenshot({ path: join(screenshotDir(), 'dashboard-board-2025.png') });
    await board().getByRole('searchbox', { name: 'Tìm cơ quan, đơn vị' }).fill('nong nghiep');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="status-board"] tr[data-agency]').length === 2);
    await board().screenshot({ path: join(screenshotDir(), 'dashboard-board-merger.png') });

    // Restated, the 2020 comparison shows the two old departments under SNNMT.
    await page.goto(`${app.baseUrl}/?year=2020&kind=M9&structure=restated`);
    await expect(page.getByTestId('dashboard-structure').inputValue()).resolves.toBe('restated');
    const ranking = card('chart-ranking');
    await ranking.getByRole('button', { name: 'Xem dạng bảng' }).click();
    await ranking.getByRole('row', { name: /Sở Nông nghiệp và Môi trường \(gộp SNNPTNT, STNMT\)/ }).waitFor();
    // The link opens with the overview, restated; the change back asks for the ranking alone.
    expect(apiCalls.some((call) => call.startsWith('/api/dashboard/overview?') && call.includes('structure=restated'))).toBe(true);

    // Picked, a predecessor is charted by the series it was folded into; an agency without a
    // report shows as such, with no line.
    const picker = page.getByTestId('agency-picker');
    await picker.locator('summary').click();
    for (const id of [idOf('SNNPTNT'), newcomer.body.id]) {
      await Promise.all([page.waitForResponse((response) => response.url().includes('/api/dashboard/dossier?')), picker.locator(`input[value="${id}"]`).check()]);
    }
    expect(apiCalls.at(-1)).toMatch(/^\/api\/dashboard\/dossier\?year=2020&structure=restated&agencyIds=/);
    await picker.locator('summary').click();
    const rates = card('chart-on-time-rate');
    await rates.getByRole('button', { name: 'Xem dạng bảng' }).click();
    const headers = (await rates.locator('thead th').allTextContents()).map((header) => header.trim());
    expect(headers.slice(-2)).toEqual(['Sở Nông nghiệp và Môi trường (gộp SNNPTNT, STNMT)', 'Sở Du lịch (chưa có số liệu)']);
    await rates.getByRole('button', { name: 'Xem biểu đồ' }).click();
    await chartDrawn('chart-on-time-rate');
    await rates.screenshot({ path: join(screenshotDir(), 'dashboard-rates-restated.png') });
    await page.getByTestId('dashboard-structure').selectOption('reported');
    await ranking.getByRole('row', { name: /Sở Nông nghiệp và Phát triển nông thôn/ }).waitFor();
    await expect(ranking.getByRole('row', { name: /gộp/ }).count()).resolves.toBe(0);
    expect(apiCalls.at(-1)).toMatch(/^\/api\/dashboard\/(ranking|dossier)\?/);
    expect(pageErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
  });

  it('pages a board of many agencies 50 rows at a time, the filters applying before the pages', async () => {
    // 60 communes more, as an administrator would enter them (still signed in as admin).
    for (let i = 1; i <= 60; i++) {
      const number = String(i).padStart(2, '0');
      const created = await apiAs(page, 'POST', '/api/agencies', {
        code: `XTN${number}`,
        name: { vi: `UBND xã Thử Nghiệm ${number}`, en: `Thử Nghiệm ${number} Commune` },
        kind: 'commune',
        validFrom: '2025-01-01',
      });
      expect(created.status).toBe(201);
    }
    const status = (await apiAs<{ rows: unknown[] }>(page, 'GET', '/api/dashboard/status?year=2025')).body;
    const total = status.rows.length;
    expect(total).toBeGreaterThan(50);
    const rows = (): Promise<number> => board().locator('tr[data-agency]').count();
    const range = (): Promise<string | null> => board().getByTestId('board-pager-top').getByTestId('board-range').textContent();
    /** Waits until the board shows the page that `text` names ("51–100 / 120"), loaded. */
    async function rangeIs(text: string): Promise<void> {
      await page.waitForFunction(
        (expected) => document.querySelector('[data-testid="board-pager-top"] [data-testid="board-range"]')?.textContent === expected,
        text,
      );
      await boardSettled();
      await expect(range()).resolves.toBe(text);
    }

    await page.goto(`${app.baseUrl}/?year=2025`);
    await board().locator('tr[data-agency]').first().waitFor();
    await expect(rows()).resolves.toBe(50);
    await expect(range()).resolves.toBe(`1–50 / ${total}`);
    const pages = Math.ceil(total / 50);
    await expect(board().getByTestId('board-pager-top').locator('select option').count()).resolves.toBe(pages);
    await expect(board().getByTestId('board-pager-top').getByRole('button', { name: 'Trang trước' }).isDisabled()).resolves.toBe(true);

    // The next page, from the buttons under the board: the rows after the first 50, the page in the address.
    await board().getByTestId('board-pager-bottom').getByRole('button', { name: 'Trang sau' }).click();
    await page.waitForURL(/page=2/);
    await rangeIs(`51–${Math.min(100, total)} / ${total}`);
    await expect(rows()).resolves.toBe(Math.min(50, total - 50));
    // The API sent that page alone.
    expect(apiCalls.at(-1)).toBe('/api/dashboard/status?year=2025&page=2&pageSize=50');
    await board().screenshot({ path: join(screenshotDir(), 'dashboard-board-pages.png') });
    // Opened afresh, the link shows the same page, which comes with the overview.
    await page.goto(page.url());
    await board().locator('tr[data-agency]').first().waitFor();
    await expect(range()).resolves.toBe(`51–${Math.min(100, total)} / ${total}`);
    expect(apiCalls.at(-1)).toMatch(/^\/api\/dashboard\/overview\?year=2025&.*boardPage=2/);

    // A filter, a search, an order: back to the first page, the count of what matches.
    await board().getByRole('searchbox', { name: 'Tìm cơ quan, đơn vị' }).fill('thu nghiem');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('page'));
    await rangeIs('1–50 / 60');

    // The export holds every agency of the search, not the 50 of the page on show.
    const [file] = await Promise.all([page.waitForEvent('download'), board().locator('[data-action="csv"]').click()]);
    const exported = readFileSync(await file.path(), 'utf8').split('\r\n');
    expect(exported.filter((line) => line.startsWith('XTN'))).toHaveLength(60);
    expect(apiCalls.at(-1)).toBe('/api/dashboard/status?year=2025&q=thu+nghiem');
    await expect(rows()).resolves.toBe(50);

    await board().getByTestId('board-pager-top').getByRole('button', { name: 'Trang cuối' }).click();
    await rangeIs('51–60 / 60');
    expect(apiCalls.at(-1)).toBe('/api/dashboard/status?year=2025&q=thu+nghiem&page=2&pageSize=50');
    await expect(board().locator('tr[data-agency]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-agency')))).resolves.toEqual(
      Array.from({ length: 10 }, (_, i) => `XTN${51 + i}`),
    );
    await board().getByTestId('board-pager-top').getByRole('combobox').selectOption('1');
    await rangeIs('1–50 / 60');
    await board().getByRole('searchbox', { name: 'Tìm cơ quan, đơn vị' }).fill('thu nghiem 07');
    await rangeIs('1–1 / 1');
    await expect(board().getByTestId('board-pager-bottom').count()).resolves.toBe(0);

    // In English, the same count; the API sorts by the English names.
    await board().getByRole('searchbox', { name: 'Tìm cơ quan, đơn vị' }).fill('');
    await page.getByTestId('language-select').selectOption('en');
    await rangeIs(`1–50 of ${total}`);
    expect(apiCalls.at(-1)).toBe('/api/dashboard/status?year=2025&lang=en&pageSize=50');
    await page.getByTestId('language-select').selectOption('vi');
    await rangeIs(`1–50 / ${total}`);
    expect(pageErrors).toEqual([]);
    expect(failedRequests).toEqual([]);

    // While a page loads, the rows on show stay, dimmed and out of reach, and the tools stay usable.
    const statusPath = /\/api\/dashboard\/status\?/;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(statusPath, async (route) => {
      await held;
      await route.continue();
    });
    await board().getByTestId('board-pager-top').getByRole('button', { name: 'Trang sau' }).click();
    await board().getByTestId('board-loading').waitFor();
    await expect(board().getAttribute('aria-busy')).resolves.toBe('true');
    await expect(board().locator('.board-scroll').getAttribute('inert')).resolves.not.toBeNull();
    await expect(rows()).resolves.toBe(50);
    await expect(board().getByRole('searchbox', { name: 'Tìm cơ quan, đơn vị' }).isEditable()).resolves.toBe(true);
    await expect(board().getByTestId('board-pager-top').getByRole('button', { name: 'Trang đầu' }).isEnabled()).resolves.toBe(true);
    await board().screenshot({ path: join(screenshotDir(), 'dashboard-board-loading.png') });
    release();
    await rangeIs(`51–${Math.min(100, total)} / ${total}`);
    await page.unroute(statusPath);

    // A page that fails says so with a retry, under the tools.
    await page.route(statusPath, (route) =>
      route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ code: 'DATABASE_UNAVAILABLE', message: 'Unavailable.' }) }),
    );
    await board().getByTestId('board-pager-top').getByRole('button', { name: 'Trang đầu' }).click();
    const failure = board().getByRole('alert');
    await failure.waitFor();
    await expect(board().getByRole('radiogroup', { name: 'Lọc theo tình trạng' }).isVisible()).resolves.toBe(true);
    await expect(rows()).resolves.toBe(0);
    await board().screenshot({ path: join(screenshotDir(), 'dashboard-board-error.png') });
    await page.unroute(statusPath);
    await failure.getByRole('button', { name: 'Thử lại' }).click();
    await rangeIs(`1–50 / ${total}`);
    // The refused page was this test's doing (a 503 the browser logs).
    expect(failedRequests.every((request) => request.startsWith('503 ') && request.includes('/api/dashboard/status?'))).toBe(true);
    failedRequests.splice(0);
    pageErrors.splice(0, pageErrors.length, ...pageErrors.filter((message) => !message.includes('503')));
    expect(pageErrors).toEqual([]);
  });
});
