import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PeriodFiguresResponse, ReportingPeriodDto } from '@cchc/domain';
import { apiAs, browserUnderTest, elementsPastRightEdge, openAppInBrowser, screenshotDir, signIn, type AppInBrowser } from './browser-support.js';

const { describeInBrowser, chromiumPath } = browserUnderTest();

/** A number as the table writes it (the thousands dot), to find it on the page. */
const vietnamese = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

describeInBrowser("The figures table in a real browser: every agency's values for a period", () => {
  let opened: AppInBrowser;
  let figures: PeriodFiguresResponse;
  let m9: ReportingPeriodDto;

  beforeAll(async () => {
    opened = await openAppInBrowser(chromiumPath);
    const { page, app } = opened;
    await signIn(page, app.baseUrl, 'snv');
    const periods = (await apiAs<ReportingPeriodDto[]>(page, 'GET', '/api/periods?year=2021')).body;
    m9 = periods.find((p) => p.kind === 'M9')!;
    figures = (await apiAs<PeriodFiguresResponse>(page, 'GET', `/api/periods/${m9.id}/figures`)).body;
  }, 180_000);

  afterAll(async () => {
    await opened?.close();
  });

  const rowCodes = (): Promise<string[]> =>
    opened.page.$$eval('[data-testid="figures-table"] tbody tr[data-agency]', (rows) => rows.map((row) => row.getAttribute('data-agency') ?? ''));
  const resolvedTotal = (): number => Number(figures.totals.find((t) => t.code === 'DOSSIERS.RESOLVED')?.value);

  it('opens from the menu, and shows the dossier figures of the period chosen with the province total', async () => {
    const { page } = opened;
    await page.getByTestId('nav-figures').click();
    await page.getByRole('heading', { name: 'Bảng số liệu' }).waitFor();
    await page.getByTestId('figures-period').selectOption(m9.id);
    await page.waitForURL(new RegExp(`period=${m9.id}`));
    await page.getByText('9 tháng đầu năm 2021').first().waitFor();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="figures-table"] tbody tr[data-agency]').length === n, figures.rows.length);
    await expect(rowCodes()).resolves.toHaveLength(figures.rows.length);
    const total = page.locator('tfoot tr[data-total="all"] td[data-indicator="DOSSIERS.RESOLVED"]');
    await expect(total.textContent()).resolves.toContain(vietnamese(resolvedTotal()));
    // A district-level subtotal is there too, and the accepted reports' rows link to them.
    await page.locator('tfoot tr[data-total="district"]').waitFor();
    const accepted = figures.rows.find((row) => row.status === 'ACCEPTED')!;
    await expect(page.locator(`tbody tr[data-agency="${accepted.agency.code}"] a`).getAttribute('href')).resolves.toBe(`/reports/${accepted.reportId}`);
    await page.screenshot({ path: join(screenshotDir(), 'figures-table.png'), fullPage: true });
  });

  it('sorts by a figure and filters by agency kind, the address keeping the view', async () => {
    const { page, app } = opened;
    await page.getByRole('button', { name: 'Sắp xếp theo Số hồ sơ đã giải quyết' }).click();
    await page.waitForURL(/sort=DOSSIERS.RESOLVED/);
    const resolved = (code: string): number | null => {
      const value = figures.rows.find((row) => row.agency.code === code)?.values?.find((v) => v.code === 'DOSSIERS.RESOLVED')?.value;
      return typeof value === 'number' ? value : null;
    };
    const sorted = (await rowCodes()).map(resolved);
    const withValues = sorted.filter((v): v is number => v !== null);
    expect(withValues).toEqual([...withValues].sort((a, b) => b - a));
    expect(sorted.slice(withValues.length).every((v) => v === null)).toBe(true);
    await expect(page.locator('th[data-indicator="DOSSIERS.RESOLVED"]').getAttribute('aria-sort')).resolves.toBe('descending');

    await page.getByTestId('figures-agency-kind').selectOption('district');
    const districts = figures.rows.filter((row) => row.agency.kind === 'district').map((row) => row.agency.code);
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="figures-table"] tbody tr[data-agency]').length === n, districts.length);
    await expect(rowCodes().then((codes) => codes.sort())).resolves.toEqual([...districts].sort());
    const shared = page.url();
    await page.goto(shared);
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="figures-table"] tbody tr[data-agency]').length === n, districts.length);
    await expect(page.getByTestId('figures-agency-kind').inputValue()).resolves.toBe('district');
    await page.getByTestId('figures-agency-kind').selectOption('');
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="figures-table"] tbody tr[data-agency]').length === n, figures.rows.length);
    expect(new URL(shared).origin).toBe(app.baseUrl);
  });

  it('opens the agencies a total is made of, each linking to its report', async () => {
    const { page } = opened;
    await page.getByRole('button', { name: /^Xem nguồn số liệu: Số hồ sơ đã giải quyết, Toàn tỉnh/ }).click();
    const panel = page.getByTestId('figures-provenance');
    await panel.waitFor();
    const total = figures.totals.find((t) => t.code === 'DOSSIERS.RESOLVED')!;
    await expect(panel.getByTestId('provenance-value').textContent()).resolves.toContain(vietnamese(resolvedTotal()));
    await expect(panel.locator('li[data-agency]').count()).resolves.toBe(total.contributions.length);
    const first = total.contributions[0]!;
    await expect(panel.locator('li[data-agency] a').first().getAttribute('href')).resolves.toBe(`/reports/${first.reportId}`);
    await page.screenshot({ path: join(screenshotDir(), 'figures-provenance.png'), fullPage: true });

    // A rate lists each agency's two parts.
    await page.getByTestId('figures-block').selectOption('DOSSIERS');
    await page.getByRole('button', { name: /^Xem nguồn số liệu: Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn, Toàn tỉnh/ }).click();
    await expect(panel.locator('li[data-agency]').first().textContent()).resolves.toMatch(/\(\d[\d.]*\/\d[\d.]*\)/);
    await panel.getByRole('button', { name: 'Đóng' }).click();
    await panel.waitFor({ state: 'detached' });
  });

  it('shows the entered indicators of another group, and downloads the same table as Excel', async () => {
    const { page, problems } = opened;
    await page.getByTestId('figures-block').selectOption('DIGITAL_GOVERNMENT');
    await page.locator('th[data-indicator="DIGITAL_GOVERNMENT.ONLINE_PAYMENT_RATE"]').waitFor();
    const iso = figures.totals.find((t) => t.code === 'DIGITAL_GOVERNMENT.ISO_9001')!;
    await expect(page.locator('tfoot tr[data-total="all"] td[data-indicator="DIGITAL_GOVERNMENT.ISO_9001"]').textContent()).resolves.toContain(String(iso.value));
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('figures-download').click()]);
    expect(file.suggestedFilename()).toBe('so-lieu-cchc_M9-2021.xlsx');
    const saved = join(screenshotDir(), 'figures-from-browser.xlsx');
    await file.saveAs(saved);
    expect(readFileSync(saved).subarray(0, 2).toString()).toBe('PK');
    expect(problems.pageErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
  });

  it('fits a phone: the table scrolls within itself', async () => {
    const { page } = opened;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForFunction(() => document.documentElement.clientWidth === 390);
    await expect(elementsPastRightEdge(page)).resolves.toEqual([]);
    await page.screenshot({ path: join(screenshotDir(), 'figures-phone.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
