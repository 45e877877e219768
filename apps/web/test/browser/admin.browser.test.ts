import { join } from 'node:path';
import type { BrowserContext, Page, Response } from 'playwright-core';
import { browserUnderTest, launchBrowser, screenshotDir, startBuiltApp, type RunningApp } from './browser-support.js';

const { describeInBrowser, chromiumPath } = browserUnderTest();

/** The one refusal this test provokes on purpose: a stale period edit (409 VERSION_CONFLICT). */
const isExpectedConflict = (text: string): boolean => /409/.test(text) && /\/api\/periods\//.test(text);

describeInBrowser('Administration in a real browser', () => {
  let app: RunningApp;
  let browser: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];
  const failedRequests: string[] = [];
  let expectedConflicts = 0;

  function watch(target: Page): void {
    target.on('pageerror', (error) => pageErrors.push(error.message));
    target.on('console', (message) => {
      // Chromium also logs a refused request as a console error: the expected 409 is not one.
      if (message.type() === 'error' && !(message.text().includes('409') && expectedConflicts > 0)) pageErrors.push(message.text());
    });
    target.on('requestfailed', (request) => {
      // A request cancelled by navigating on is not a failure.
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') failedRequests.push(`${request.method()} ${request.url()}`);
    });
    target.on('response', (response: Response) => {
      if (response.status() < 400) return;
      const text = `${response.status()} ${response.request().method()} ${response.url()}`;
      if (isExpectedConflict(text)) expectedConflicts++;
      else failedRequests.push(text);
    });
  }

  const row = (target: Page, testId: string) => target.getByTestId(testId);
  const done = (target: Page) => target.getByTestId('admin-done');
  /** Waits until a cell of a row reads `text` (tables refresh after each save). */
  const cellReads = (target: Page, rowId: string, column: string, text: string) =>
    row(target, rowId).locator(`[data-col="${column}"]`, { hasText: text }).waitFor();

  beforeAll(async () => {
    app = await startBuiltApp();
    browser = await launchBrowser(chromiumPath);
    page = await browser.newPage();
    watch(page);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('signs the admin in and shows the agencies table from the Quản trị link', async () => {
    await page.goto(`${app.baseUrl}/login`, { waitUntil: 'networkidle' });
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill('demo123');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('nav-admin').click();
    await page.getByRole('heading', { name: 'Quản trị', level: 1 }).waitFor();
    await row(page, 'agency-row-SNNPTNT').waitFor();
    await expect(row(page, 'agency-row-SNNPTNT').textContent()).resolves.toContain('Sở Nông nghiệp và Phát triển nông thôn');
    expect(new URL(page.url()).pathname).toBe('/admin/agencies');
  });

  it('shows the contract messages next to the fields before sending', async () => {
    await page.getByTestId('agency-add').click();
    const form = page.getByTestId('agency-form');
    await form.getByLabel('Mã').fill('SN NMT');
    await form.getByTestId('form-submit').click();
    await expect(page.locator('#agency-code-errors').textContent()).resolves.toContain('Chỉ dùng chữ, số');
    await expect(page.locator('#agency-code').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('#agency-valid-from-errors').textContent()).resolves.toContain('Bắt buộc nhập');
  });

  it('creates Sở Nông nghiệp và Môi trường from 01/03/2025', async () => {
    const form = page.getByTestId('agency-form');
    await form.getByLabel('Mã').fill('SNNMT');
    await form.getByLabel('Tên tiếng Việt').fill('Sở Nông nghiệp và Môi trường');
    await form.getByLabel('Tên tiếng Anh').fill('Department of Agriculture and Environment');
    await form.getByLabel('Loại').selectOption('department');
    await form.getByLabel('Tồn tại từ ngày').fill('01/03/2025');
    await form.getByTestId('form-submit').click();
    await expect(done(page).textContent()).resolves.toContain('Đã thêm cơ quan SNNMT');
    await cellReads(page, 'agency-row-SNNMT', 'validFrom', '01/03/2025');
  });

  it('records it as the successor of SNNPTNT, which closes on 28/02/2025', async () => {
    await row(page, 'agency-row-SNNPTNT').getByRole('button', { name: 'Ghi nhận kế thừa SNNPTNT' }).click();
    const form = page.getByTestId('succession-form');
    const successor = await form.locator('option', { hasText: 'SNNMT' }).getAttribute('value');
    await form.getByLabel('Cơ quan kế thừa').selectOption(successor ?? '');
    await form.getByLabel('Ngày có hiệu lực', { exact: true }).fill('01/03/2025');
    await form.getByLabel(/Ghi chú/).fill('Nghị định 45/2025/NĐ-CP');
    await expect(page.getByTestId('succession-explain').textContent()).resolves.toContain('SNNPTNT sẽ được ghi ngày kết thúc là 28/02/2025');
    await form.getByTestId('form-submit').click();
    await expect(done(page).textContent()).resolves.toContain('Đã ghi nhận SNNMT kế thừa SNNPTNT từ 01/03/2025');
    const closed = row(page, 'agency-row-SNNPTNT');
    await cellReads(page, 'agency-row-SNNPTNT', 'validTo', '28/02/2025');
    await expect(closed.locator('[data-col="history"]').textContent()).resolves.toContain('Sáp nhập vào Sở Nông nghiệp và Môi trường từ 01/03/2025');
    await expect(row(page, 'agency-row-SNNMT').locator('[data-col="history"]').textContent()).resolves.toContain(
      'Tiếp nhận Sở Nông nghiệp và Phát triển nông thôn từ 01/03/2025',
    );

    // The structure in force on 01/03/2025 has the new department and not the old one.
    await page.getByTestId('agency-filter-active-on').fill('01/03/2025');
    await row(page, 'agency-row-SNNPTNT').waitFor({ state: 'detached' });
    await row(page, 'agency-row-SNNMT').waitFor();
    await page.getByTestId('agency-filter-active-on').fill('');
    await row(page, 'agency-row-SNNPTNT').waitFor();

    await page.screenshot({ path: join(screenshotDir(), 'admin.png'), fullPage: true });
  });

  it('creates a reporter for the new department and lists it', async () => {
    await page.getByTestId('admin-tab-users').click();
    await row(page, 'user-row-admin').waitFor();
    await page.getByTestId('user-add').click();
    const form = page.getByTestId('user-form');
    // The agency is asked only for agency roles.
    await form.getByLabel('Vai trò').selectOption('reviewer');
    await expect(form.locator('#user-agency').count()).resolves.toBe(0);
    await form.getByLabel('Vai trò').selectOption('reporter');
    await form.getByLabel('Tên đăng nhập').fill('snnmt');
    await form.getByLabel('Họ tên hiển thị').fill('Chuyên viên Sở Nông nghiệp và Môi trường');
    await form.getByLabel('Cơ quan').selectOption({ label: 'SNNMT — Sở Nông nghiệp và Môi trường' });
    await form.getByLabel('Mật khẩu').fill('mat-khau-an-toan');
    await form.getByTestId('form-submit').click();
    await expect(done(page).textContent()).resolves.toContain('Đã thêm người dùng snnmt');
    await expect(row(page, 'user-row-snnmt').textContent()).resolves.toContain('SNNMT — Sở Nông nghiệp và Môi trường');

    await page.getByTestId('user-filter-agency').selectOption({ label: 'SNNMT — Sở Nông nghiệp và Môi trường' });
    await page.getByText('1 người dùng').waitFor();
    await row(page, 'user-row-snnmt').waitFor();
  });

  it('changes the grace days of a 2021 period', async () => {
    await page.getByTestId('admin-tab-periods').click();
    await page.getByTestId('period-year-select').selectOption('2021');
    const m9 = row(page, 'period-row-M9');
    await expect(m9.textContent()).resolves.toContain('9 tháng đầu năm 2021');
    await m9.getByRole('button').click();
    const form = page.getByTestId('period-form');
    // The demo gives the 2021 periods 3 days of grace: saving them unchanged says so.
    await form.getByTestId('form-submit').click();
    await page.getByText('Chưa có thay đổi nào để lưu.').waitFor();
    await form.getByLabel('Số ngày gia hạn').fill('7');
    await form.getByTestId('form-submit').click();
    await expect(done(page).textContent()).resolves.toContain('Đã lưu kỳ 9 tháng đầu năm 2021');
    await cellReads(page, 'period-row-M9', 'graceDays', '7 ngày');
  });

  it('refuses a stale edit from a second page with a clear message and a reload', async () => {
    const other = await browser.newPage();
    watch(other);
    await other.goto(`${app.baseUrl}/admin/periods`, { waitUntil: 'networkidle' });
    await other.getByTestId('period-year-select').selectOption('2021');
    await row(other, 'period-row-M9').getByRole('button').click();

    // Meanwhile the first page moves the deadline.
    await row(page, 'period-row-M9').getByRole('button').click();
    await page.getByTestId('period-form').getByLabel('Hạn nộp').fill('22/09/2021');
    await page.getByTestId('period-form').getByTestId('form-submit').click();
    await cellReads(page, 'period-row-M9', 'deadline', '22/09/2021');

    const stale = other.getByTestId('period-form');
    await stale.getByLabel('Số ngày gia hạn').fill('5');
    await stale.getByTestId('form-submit').click();
    const failure = other.getByTestId('save-failure');
    await expect(failure.getAttribute('data-kind')).resolves.toBe('versionConflict');
    await expect(failure.textContent()).resolves.toContain('vừa được người khác thay đổi');
    expect(expectedConflicts).toBe(1);

    await failure.getByTestId('reload').click();
    await other.getByTestId('save-failure').waitFor({ state: 'detached' });
    await expect(other.getByTestId('period-form').getByLabel('Hạn nộp').inputValue()).resolves.toBe('22/09/2021');
    await other.getByTestId('period-form').getByLabel('Số ngày gia hạn').fill('5');
    await other.getByTestId('period-form').getByTestId('form-submit').click();
    await cellReads(other, 'period-row-M9', 'graceDays', '5 ngày');
    await other.close();
  });

  it('lists the changes in the admin log', async () => {
    // A reporter changes how they are notified by e-mail (through the API, as their account page does).
    const signedIn = await fetch(`${app.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'stp', password: 'demo123' }),
    });
    const bearer = { authorization: `Bearer ${((await signedIn.json()) as { accessToken: string }).accessToken}` };
    const settings = (await (await fetch(`${app.baseUrl}/api/account/notifications`, { headers: bearer })).json()) as { version: number };
    const changed = await fetch(`${app.baseUrl}/api/account/notifications`, {
      method: 'PUT',
      headers: { ...bearer, 'content-type': 'application/json' },
      body: JSON.stringify({ version: settings.version, email: 'chuyenvien.stp@quangngai.gov.vn', emailKinds: ['RETURNED', 'DEADLINE_SOON'] }),
    });
    expect(changed.status).toBe(200);

    await page.getByTestId('admin-tab-log').click();
    const log = page.getByTestId('audit-table');
    await log.waitFor();
    const text = (await log.textContent()) ?? '';
    expect(text).toContain('Ghi nhận kế thừa');
    expect(text).toContain('kế thừa: SNNMT từ 01/03/2025');
    expect(text).toContain('snnmt');
    // The new kinds of record can be picked; the user's e-mail choices read as words, under their username.
    const filter = page.getByTestId('audit-filter');
    await expect(filter.locator('option').allTextContents()).resolves.toEqual(expect.arrayContaining(['Cài đặt', 'Công văn đôn đốc']));
    const choices = log.locator('tbody tr', { hasText: 'chuyenvien.stp@quangngai.gov.vn' });
    await expect(choices.count()).resolves.toBe(1);
    const choicesText = ((await choices.textContent()) ?? '').replace(/\s+/g, ' ');
    expect(choicesText).toContain('Người dùng stp');
    expect(choicesText).toContain('địa chỉ e-mail:');
    expect(choicesText).toMatch(/nhận qua e-mail: .*→ báo cáo bị trả lại, sắp đến hạn nộp/);
    expect(choicesText).not.toContain('[');
    await choices.screenshot({ path: join(screenshotDir(), 'admin-log-email-choices.png') });
  });

  it('sets the days of the deadline reminders and runs them now', async () => {
    await page.getByTestId('admin-tab-reminders').click();
    const before = page.getByTestId('reminders-before');
    await before.waitFor();
    expect(await before.inputValue()).toBe('5, 1');
    expect(await page.getByTestId('reminders-after').inputValue()).toBe('1');
    await expect(page.getByTestId('reminders-last-run').textContent()).resolves.toBe('Chưa chạy lần nào.');
    // Checked as typed: the save waits for a valid list.
    await before.fill('5, 5');
    await page.getByText('Mỗi số ngày chỉ nhập một lần.').waitFor();
    expect(await page.getByTestId('reminders-save').isDisabled()).toBe(true);
    await before.fill('7, 2');
    await page.getByTestId('reminders-save').click();
    await page.getByTestId('reminders-saved').waitFor();
    await page.getByTestId('reminders-run').click();
    await page.getByTestId('reminders-run-result').waitFor();
    expect(await page.getByTestId('reminders-last-run').textContent()).toMatch(/\(quản trị viên chạy\): đã gửi \d+ thông báo\./);
    await page.screenshot({ path: join(screenshotDir(), 'admin-reminders.png'), fullPage: true });
    // The days stay as saved after a reload.
    await page.reload({ waitUntil: 'networkidle' });
    await page.getByTestId('reminders-before').waitFor();
    expect(await page.getByTestId('reminders-before').inputValue()).toBe('7, 2');
  });

  it('reads on a 390px phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('admin-tab-agencies').click();
    await row(page, 'agency-row-SNNMT').waitFor();
    await page.screenshot({ path: join(screenshotDir(), 'admin-phone.png'), fullPage: false });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    expect(pageErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
  });
});
