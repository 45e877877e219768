import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { apiAs, browserUnderTest, launchBrowser, screenshotDir, signIn, startBuiltApp, watchProblems, type PageProblems, type RunningApp } from './browser-support.js';

const { describeInBrowser, chromiumPath } = browserUnderTest();

interface ReportSummary {
  id: string;
  status: string;
  version: number;
}
interface NotificationList {
  items: { id: string; kind: string; reportId: string | null; readAt: string | null }[];
  unread: number;
  total: number;
}
interface Settings {
  email: string | null;
  emailKinds: string[];
  availableKinds: string[];
  emailEnabled: boolean;
  version: number;
}

/** A signed-in user of the API outside the browser (a bearer token), acting while the page watches. */
async function apiUser(baseUrl: string, username: string): Promise<<T>(method: string, path: string, body?: unknown) => Promise<{ status: number; body: T }>> {
  const login = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'demo123' }) });
  if (!login.ok) throw new Error(`${username} could not sign in: ${login.status}`);
  const { accessToken } = (await login.json()) as { accessToken: string };
  return async <T>(method: string, path: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${accessToken}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? null : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
  };
}

// The Sở Tư pháp's reporter puts a report before the agency's head ("Trình ký"): the head's bell
// counts it, its panel lists it, and opening it leads to the report, read. Then the page of every
// notification, and the e-mail settings: a malformed address refused under its field, a saved
// one, and settings changed elsewhere meanwhile reloaded.
describeInBrowser('Notifications in a real browser', () => {
  let app: RunningApp;
  let browser: BrowserContext;
  let page: Page;
  const problems: PageProblems = { pageErrors: [], failedRequests: [] };
  /** The refusals the tests provoke on purpose. */
  const expected = [/^409 PUT \/api\/account\/notifications$/, /^503 GET \/api\/notifications$/];
  let reportId = '';
  /** The approver's unread notifications before the test's own (the demo's workflow wrote some). */
  let before = 0;

  const bell = (): ReturnType<Page['getByTestId']> => page.getByTestId('notification-bell');
  const waitUnread = (count: number): Promise<void> => page.locator(`[data-testid="notification-bell"][data-unread="${count}"]`).waitFor({ timeout: 15_000 });
  /** The count the bell shows once it has asked. */
  const unreadOnBell = async (): Promise<number> => {
    await page.locator('[data-testid="notification-bell"]:not([data-unread=""])').waitFor({ timeout: 15_000 });
    return Number(await bell().getAttribute('data-unread'));
  };
  const focusedTestId = (): Promise<string | null> =>
    page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.closest('[data-testid]')?.getAttribute('data-testid') ?? null);

  /** The reporter asks for the approver's signature on the agency's draft or returned report. */
  async function requestSigning(): Promise<void> {
    const reporter = await apiUser(app.baseUrl, 'stp');
    const reports = (await reporter<{ items: ReportSummary[] }>('GET', '/api/reports')).body.items;
    const report = reportId ? reports.find((r) => r.id === reportId) : reports.find((r) => r.status === 'DRAFT' || r.status === 'RETURNED');
    expect(report).toBeDefined();
    reportId = report!.id;
    const answer = await reporter('POST', `/api/reports/${reportId}/request-signing`, { version: report!.version });
    expect(answer.status).toBe(200);
  }

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

  afterEach(() => {
    expect(problems.pageErrors).toEqual([]);
    expect(problems.failedRequests.filter((f) => !expected.some((e) => e.test(f)))).toEqual([]);
  });

  it("counts on the approver's bell the report the reporter puts before them, on the next page they open", async () => {
    await signIn(page, app.baseUrl, 'stp.ld');
    await page.getByRole('heading', { name: 'Báo cáo của đơn vị' }).waitFor();
    before = await unreadOnBell();
    expect(before).toBe((await apiAs<NotificationList>(page, 'GET', '/api/notifications?limit=1')).body.unread);
    if (before === 0) await expect(page.getByTestId('notification-badge').count()).resolves.toBe(0);
    else await expect(page.getByTestId('notification-badge').textContent()).resolves.toBe(String(before));
    await expect(bell().getAttribute('aria-expanded')).resolves.toBe('false');

    await requestSigning();
    await page.getByTestId('nav-import').click();
    await waitUnread(before + 1);
    await expect(page.getByTestId('notification-badge').textContent()).resolves.toBe(String(before + 1));
    await expect(bell().getAttribute('aria-label')).resolves.toBe(`Thông báo: ${before + 1} chưa đọc`);
    await page.locator('header.topbar').screenshot({ path: join(screenshotDir(), 'notifications-bell-badge.png') });
  });

  it('opens the panel from the keyboard, lists the notification unread, and closes on Escape and on a click outside', async () => {
    await bell().focus();
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('notification-panel');
    await panel.waitFor();
    await expect(bell().getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(focusedTestId()).resolves.toBe('notification-panel');
    const item = panel.getByTestId('notification-item').first();
    await item.waitFor();
    const total = (await apiAs<NotificationList>(page, 'GET', '/api/notifications?limit=1')).body.total;
    await expect(panel.getByTestId('notification-item').count()).resolves.toBe(Math.min(10, total));
    await expect(item.getAttribute('data-unread')).resolves.toBe('true');
    await expect(item.getByTestId('notification-title').textContent()).resolves.toMatch(/^Báo cáo .+ của Sở Tư pháp đang chờ ký$/);
    await expect(item.textContent()).resolves.toMatch(/Sở Tư pháp · .+\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    await expect(item.getAttribute('href')).resolves.toBe(`/reports/${reportId}`);
    await page.screenshot({ path: join(screenshotDir(), 'notifications-bell-open.png') });

    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    await expect(focusedTestId()).resolves.toBe('notification-bell');
    await expect(bell().getAttribute('aria-expanded')).resolves.toBe('false');

    await bell().click();
    await panel.waitFor();
    // A click on the page beside the panel.
    await page.mouse.click(1100, 700);
    await panel.waitFor({ state: 'detached' });
  });

  it('leads to the report on a click, the notification then read and the badge gone', async () => {
    await bell().click();
    await page.getByTestId('notification-panel').getByTestId('notification-item').first().click();
    await page.waitForURL(`${app.baseUrl}/reports/${reportId}`);
    await page.getByTestId('report-document').waitFor();
    await waitUnread(before);
    const list = (await apiAs<NotificationList>(page, 'GET', '/api/notifications')).body;
    expect(list.unread).toBe(before);
    expect(list.items[0]).toMatchObject({ kind: 'READY_FOR_SIGNATURE', reportId });
    expect(list.items[0]!.readAt).not.toBeNull();
  });

  it('asks again every minute while the tab is visible, without a route change', async () => {
    await page.clock.install();
    await page.reload({ waitUntil: 'networkidle' });
    await waitUnread(before);
    await requestSigning();
    await page.clock.runFor(61_000);
    await waitUnread(before + 1);
    expect(new URL(page.url()).pathname).toBe(`/reports/${reportId}`);
  });

  it('lists every notification on its page with its full text, 20 a page, all or the unread ones, and marks all read', async () => {
    // Enough requests for a second page.
    const count = async (): Promise<NotificationList> => (await apiAs<NotificationList>(page, 'GET', '/api/notifications?limit=1')).body;
    while ((await count()).total <= 20) await requestSigning();
    const { total, unread } = await count();

    await bell().click();
    await page.getByTestId('notification-see-all').click();
    await page.waitForURL(`${app.baseUrl}/notifications`);
    await page.getByRole('heading', { name: 'Thông báo', level: 1 }).waitFor();
    const items = page.getByTestId('notifications-list').getByTestId('notification-item');
    await items.first().waitFor();
    await expect(items.count()).resolves.toBe(20);
    await expect(items.nth(0).getAttribute('data-unread')).resolves.toBe('true');
    await expect(items.nth(0).getByTestId('notification-body').textContent()).resolves.toContain('đã trình ký dự thảo báo cáo');
    await expect(page.getByTestId('notifications-pager').textContent()).resolves.toContain(`1–20 trong ${total} thông báo`);
    await expect(page.getByTestId('notification-email-disabled').textContent()).resolves.toBe('Máy chủ chưa cấu hình gửi thư điện tử: thông báo chỉ hiển thị trong ứng dụng');
    await page.screenshot({ path: join(screenshotDir(), 'notifications-page.png'), fullPage: true });

    await page.getByTestId('notifications-next').click();
    await page.waitForURL(`${app.baseUrl}/notifications?page=2`);
    await page.getByTestId('notifications-pager').getByText(`21–${total} trong ${total} thông báo`).waitFor();
    await expect(items.count()).resolves.toBe(total - 20);
    // A returned report's reasons, a line each.
    const returned = page.getByTestId('notifications-list').locator('[data-testid="notification-body"]', { hasText: 'Sở Nội vụ đề nghị chỉnh sửa' }).first();
    if ((await returned.count()) > 0) await expect(returned.locator('.notification__line').count()).resolves.toBeGreaterThan(2);
    await page.screenshot({ path: join(screenshotDir(), 'notifications-page-2.png'), fullPage: true });
    await page.goBack();
    await page.waitForURL(`${app.baseUrl}/notifications`);

    await page.getByTestId('notifications-filter-unread').click();
    await page.waitForURL(`${app.baseUrl}/notifications?unread=1`);
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="notifications-list"] [data-testid="notification-item"][data-unread="true"]').length === n,
      Math.min(20, unread),
    );
    await page.getByTestId('notifications-read-all').click();
    await page.getByText('Không có thông báo nào chưa đọc.').waitFor();
    await waitUnread(0);
    await expect(page.getByTestId('notifications-read-all').isDisabled()).resolves.toBe(true);
    expect((await apiAs<NotificationList>(page, 'GET', '/api/notifications')).body.unread).toBe(0);
    await page.getByTestId('notifications-filter-all').click();
    await page.waitForURL(`${app.baseUrl}/notifications`);
    await page.locator('[data-testid="notifications-list"] [data-testid="notification-item"][data-unread="true"]').waitFor({ state: 'detached' });
  });

  it('keeps an e-mail address: a malformed one refused under its field, a good one saved with the kinds chosen', async () => {
    const email = page.getByTestId('notification-email');
    await email.waitFor();
    const kinds = page.getByTestId('notification-kind');
    await expect(kinds.evaluateAll((boxes) => boxes.map((box) => box.getAttribute('data-kind')))).resolves.toEqual([
      'READY_FOR_SIGNATURE',
      'RETURNED',
      'ACCEPTED',
      'DEADLINE_SOON',
      'DEADLINE_PASSED',
      'REMINDER_LETTER',
    ]);
    await email.fill('lanhdao.stp.quangngai.gov.vn');
    await page.getByTestId('notification-settings-save').click();
    await expect(page.getByTestId('notification-email-errors').textContent()).resolves.toContain('Địa chỉ thư điện tử không hợp lệ');
    await expect(email.getAttribute('aria-invalid')).resolves.toBe('true');

    await email.fill('lanhdao.stp@quangngai.gov.vn');
    const chosen = ['READY_FOR_SIGNATURE', 'ACCEPTED'];
    for (const kind of await kinds.evaluateAll((boxes) => boxes.map((box) => box.getAttribute('data-kind') ?? ''))) {
      await page.locator(`[data-testid="notification-kind"][data-kind="${kind}"]`).setChecked(chosen.includes(kind));
    }
    await page.getByTestId('notification-settings-save').click();
    await page.getByTestId('notification-settings-saved').waitFor();
    await expect(page.getByTestId('notification-email-errors').count()).resolves.toBe(0);
    const stored = (await apiAs<Settings>(page, 'GET', '/api/account/notifications')).body;
    expect(stored).toMatchObject({ email: 'lanhdao.stp@quangngai.gov.vn', emailKinds: ['READY_FOR_SIGNATURE', 'ACCEPTED'] });
    await page.getByTestId('notification-settings').screenshot({ path: join(screenshotDir(), 'notifications-email-saved.png') });
  });

  it('reloads the settings changed elsewhere meanwhile, and says so', async () => {
    const stored = (await apiAs<Settings>(page, 'GET', '/api/account/notifications')).body;
    const elsewhere = await apiAs<Settings>(page, 'PUT', '/api/account/notifications', { email: 'ld.khac@quangngai.gov.vn', emailKinds: ['RETURNED'], version: stored.version });
    expect(elsewhere.status).toBe(200);
    await page.locator('[data-testid="notification-kind"][data-kind="DEADLINE_SOON"]').check();
    await page.getByTestId('notification-settings-save').click();
    await page.getByTestId('notification-settings-changed').waitFor();
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('[data-testid="notification-email"]')?.value === 'ld.khac@quangngai.gov.vn');
    await expect(page.locator('[data-testid="notification-kind"][data-kind="RETURNED"]').isChecked()).resolves.toBe(true);
    await expect(page.locator('[data-testid="notification-kind"][data-kind="DEADLINE_SOON"]').isChecked()).resolves.toBe(false);
  });

  it('fits a phone: the open panel spans the screen under the header', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await bell().click();
      const panel = page.getByTestId('notification-panel');
      await panel.getByTestId('notification-item').first().waitFor();
      const box = await panel.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
      await page.screenshot({ path: join(screenshotDir(), 'notifications-bell-phone.png') });
      await page.keyboard.press('Escape');
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it('tells an administrator there is nothing to receive by e-mail', async () => {
    await page.getByTestId('logout').click();
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await signIn(page, app.baseUrl, 'admin');
    await waitUnread(0);
    await page.goto(`${app.baseUrl}/notifications`, { waitUntil: 'networkidle' });
    await page.getByTestId('notification-no-kinds').waitFor();
    await expect(page.getByText('Chưa có thông báo', { exact: true }).count()).resolves.toBe(1);
    await expect(page.getByTestId('notification-email').count()).resolves.toBe(0);
    await page.screenshot({ path: join(screenshotDir(), 'notifications-page-admin.png') });
  });

  it('shows the empty panel, and a failed load with a retry that works', async () => {
    await bell().click();
    const panel = page.getByTestId('notification-panel');
    await panel.getByText('Chưa có thông báo', { exact: true }).waitFor();
    await panel.screenshot({ path: join(screenshotDir(), 'notifications-bell-empty.png') });
    await page.keyboard.press('Escape');

    const down = (url: URL): boolean => url.pathname === '/api/notifications';
    await page.route(down, (route) => route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ code: 'DATABASE_UNAVAILABLE', message: 'Down.' }) }));
    await bell().click();
    await panel.getByRole('alert').waitFor();
    await expect(panel.getByRole('alert').textContent()).resolves.toContain('Máy chủ đang gặp sự cố');
    await panel.screenshot({ path: join(screenshotDir(), 'notifications-bell-error.png') });
    await page.unroute(down);
    await panel.getByRole('button', { name: 'Thử lại' }).click();
    await panel.getByText('Chưa có thông báo', { exact: true }).waitFor();
    await page.keyboard.press('Escape');
  });

  it('speaks English when asked', async () => {
    await page.getByTestId('language-select').selectOption('en');
    try {
      await expect(bell().getAttribute('aria-label')).resolves.toBe('Notifications');
      await page.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
      await page.getByRole('heading', { name: 'Notifications by e-mail' }).waitFor();
      await bell().click();
      await page.getByTestId('notification-panel').getByText('No notifications yet', { exact: true }).waitFor();
      await page.keyboard.press('Escape');
    } finally {
      await page.getByTestId('language-select').selectOption('vi');
    }
  });
});
