import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { toVietnamDate, type DashboardStatusResponse, type ReminderLetterDto, type ReportingPeriodDto } from '@cchc/domain';
import type { Download, Locator } from 'playwright-core';
import { apiAs, browserUnderTest, elementsPastRightEdge, openAppInBrowser, screenshotDir, signIn, type AppInBrowser } from './browser-support.js';

const { describeInBrowser, chromiumPath } = browserUnderTest();

/** mammoth (the API's Word reader) reads the letter's text back. */
const mammoth = createRequire(resolve(import.meta.dirname, '..', '..', '..', 'api', 'package.json'))('mammoth') as {
  extractRawText(input: { buffer: Buffer }): Promise<{ value: string }>;
};

/** An agency of the demo that has not submitted for the period tested. */
interface Unsubmitted {
  code: string;
  name: string;
}

describeInBrowser("Home Affairs' reminder letter from the status board in a real browser", () => {
  let opened: AppInBrowser;
  let period: ReportingPeriodDto;
  /** The period's agencies that have not submitted, in the board's order. */
  let unsubmitted: Unsubmitted[] = [];
  let picked: Unsubmitted[] = [];

  const board = (): Locator => opened.page.getByTestId('status-board');
  const column = (): string => `td[data-period-kind="${period.kind}"]`;
  const dialog = (): Locator => opened.page.getByTestId('reminder-dialog');

  async function downloaded(file: Download): Promise<Buffer> {
    return readFileSync(await file.path());
  }

  beforeAll(async () => {
    opened = await openAppInBrowser(chromiumPath);
    const { page, app } = opened;
    await signIn(page, app.baseUrl, 'snv');
    // The demo's 2020: the period (of one per kind) with the most agencies that have not
    // submitted, missing or in draft.
    const status = (await apiAs<DashboardStatusResponse>(page, 'GET', '/api/dashboard/status?year=2020')).body;
    const ofPeriod = (periodId: string): Unsubmitted[] =>
      status.rows.flatMap((row) => {
        const cell = row.cells.find((c) => c.periodId === periodId);
        const open = cell?.expected === true && cell.submittedAt === null && (cell.status === 'MISSING' || cell.status === 'DRAFT');
        return open ? [{ code: row.agency.code, name: row.agency.name.vi }] : [];
      });
    const candidates = status.periods.map((p) => ({ period: p.period, agencies: ofPeriod(p.period.id) })).sort((a, b) => b.agencies.length - a.agencies.length);
    period = candidates[0]!.period;
    unsubmitted = candidates[0]!.agencies;
    expect(unsubmitted.length).toBeGreaterThanOrEqual(2);
    picked = unsubmitted.slice(0, 2);
  }, 180_000);

  afterAll(async () => {
    await opened?.close();
  });

  it("picks, in one period's column, agencies that have not submitted: all of them, or two", async () => {
    const { page, app } = opened;
    await page.goto(`${app.baseUrl}/?year=2020`, { waitUntil: 'networkidle' });
    await board().locator('tr[data-agency]').first().waitFor();
    // No checkbox before the reviewer starts a letter.
    await expect(board().getByTestId('reminder-pick').count()).resolves.toBe(0);

    const start = board().locator(`th[data-period-kind="${period.kind}"] [data-testid="reminder-start"]`);
    await expect(start.textContent()).resolves.toContain(`Đôn đốc (${unsubmitted.length})`);
    await start.click();
    const bar = page.getByTestId('reminder-bar');
    await bar.waitFor();
    await expect(bar.textContent()).resolves.toContain(`Soạn công văn đôn đốc — ${period.label.vi}`);
    // A checkbox beside each agency of the column that has not submitted (one page: 33 agencies).
    await expect(board().locator(`${column()} [data-testid="reminder-pick"]`).count()).resolves.toBe(unsubmitted.length);
    await expect(board().locator(`td:not([data-period-kind="${period.kind}"]) [data-testid="reminder-pick"]`).count()).resolves.toBe(0);

    // All of them, whatever the page.
    await bar.getByTestId('reminder-select-all').click();
    await page.getByText(`Đã chọn ${unsubmitted.length} đơn vị`).waitFor();
    await expect(board().locator(`${column()} [data-testid="reminder-pick"]:checked`).count()).resolves.toBe(unsubmitted.length);
    await bar.getByTestId('reminder-clear').click();
    await page.getByText('Đã chọn 0 đơn vị').waitFor();
    await expect(bar.getByTestId('reminder-compose').isDisabled()).resolves.toBe(true);

    for (const agency of picked) await board().locator(`tr[data-agency="${agency.code}"] ${column()} [data-testid="reminder-pick"]`).check();
    await page.getByText('Đã chọn 2 đơn vị').waitFor();
    await board().screenshot({ path: join(screenshotDir(), 'reminder-selection.png') });
  });

  it('writes the letter: the agencies, the number and date from the register, the signer, and the notice of notification', async () => {
    const { page } = opened;
    await page.getByTestId('reminder-compose').click();
    await dialog().waitFor();
    await dialog().getByTestId('reminder-letters-none').waitFor();
    const listed = await dialog().locator('[data-testid="reminder-recipients"] li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-agency')));
    expect(listed.sort()).toEqual(picked.map((a) => a.code).sort());
    // Issued today (Vietnam time) unless the register says otherwise; signed KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC by default.
    const today = toVietnamDate(new Date().toISOString()).split('-').reverse().join('/');
    await expect(dialog().getByTestId('reminder-issued-on').inputValue()).resolves.toBe(today);
    await expect(dialog().getByTestId('reminder-mode').inputValue()).resolves.toBe('KT.');
    await expect(dialog().getByTestId('reminder-on-behalf-of').inputValue()).resolves.toBe('GIÁM ĐỐC');
    await expect(dialog().getByTestId('reminder-title').inputValue()).resolves.toBe('PHÓ GIÁM ĐỐC');
    await expect(dialog().textContent()).resolves.toContain('người dùng của 2 đơn vị nhận thông báo trong ứng dụng và qua e-mail');

    // Sent without a number nor a signer's name: said under each field, nothing sent.
    await dialog().getByTestId('reminder-submit').click();
    await dialog().getByText('Nhập số công văn theo sổ công văn đi.').waitFor();
    await dialog().getByText('Nhập họ và tên người ký.').waitFor();

    await dialog().getByTestId('reminder-number').fill('152');
    await dialog().getByTestId('reminder-issued-on').fill('22/09/2020');
    await dialog().getByTestId('reminder-reply-by').fill('25/09/2020');
    await dialog().getByTestId('reminder-name').fill('Nguyễn Văn Thành');
    await expect(dialog().locator('.form-error').count()).resolves.toBe(0);
    await dialog().screenshot({ path: join(screenshotDir(), 'reminder-dialog-filled.png') });
    await page.screenshot({ path: join(screenshotDir(), 'reminder-dialog-page.png') });
  });

  it('issues the letter, says who was notified and downloads its Word document at once, and again on request', async () => {
    const { page } = opened;
    const [file] = await Promise.all([page.waitForEvent('download'), dialog().getByTestId('reminder-submit').click()]);
    expect(file.suggestedFilename()).toBe('CV-152-SNV-CCHC-don-doc-bao-cao.docx');
    const bytes = await downloaded(file);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const text = (await mammoth.extractRawText({ buffer: bytes })).value;
    expect(text).toContain('152/SNV-CCHC');
    for (const agency of picked) expect(text).toContain(agency.name);

    const issued = dialog().getByTestId('reminder-issued');
    await issued.waitFor();
    await expect(issued.getByTestId('reminder-issued-summary').textContent()).resolves.toContain('Công văn số 152/SNV-CCHC ngày 22/09/2020 gửi 2 đơn vị.');
    const letters = (await apiAs<ReminderLetterDto[]>(page, 'GET', `/api/reminder-letters?periodId=${period.id}`)).body;
    expect(letters.map((l) => [l.symbol, l.agencies.map((a) => a.code).sort()])).toEqual([['152/SNV-CCHC', picked.map((a) => a.code).sort()]]);
    const notified = letters[0]!.notified;
    expect(notified).toBeGreaterThan(0);
    await expect(issued.getByTestId('reminder-issued-notified').textContent()).resolves.toContain(`Đã gửi thông báo đến ${notified} người dùng`);
    // The letter's download ended: the button is free again.
    await issued.getByTestId('reminder-issued-downloaded').waitFor();
    await expect(issued.getByTestId('reminder-download-again').isEnabled()).resolves.toBe(true);
    await dialog().screenshot({ path: join(screenshotDir(), 'reminder-issued.png') });

    const [again] = await Promise.all([page.waitForEvent('download'), issued.getByTestId('reminder-download-again').click()]);
    expect(again.suggestedFilename()).toBe('CV-152-SNV-CCHC-don-doc-bao-cao.docx');
    expect((await downloaded(again)).subarray(0, 2).toString()).toBe('PK');

    // Closing ends the picking.
    await issued.getByTestId('reminder-close').click();
    await dialog().waitFor({ state: 'detached' });
    await expect(page.getByTestId('reminder-bar').count()).resolves.toBe(0);
  });

  it('lists the letters already issued for the period, remembers the signer, and refuses a number already used this year under the number', async () => {
    const { page, problems } = opened;
    await board().locator(`th[data-period-kind="${period.kind}"] [data-testid="reminder-start"]`).click();
    await page.getByTestId('reminder-issued-before').waitFor();
    await expect(page.getByTestId('reminder-issued-before').textContent()).resolves.toContain('Kỳ này đã có 1 công văn đôn đốc.');
    const [first] = picked;
    await board().locator(`tr[data-agency="${first!.code}"] ${column()} [data-testid="reminder-pick"]`).check();
    await page.getByTestId('reminder-compose').click();
    await dialog().waitFor();

    const issuedBefore = dialog().getByTestId('reminder-letters');
    await issuedBefore.locator('li[data-letter="152/SNV-CCHC"]').waitFor();
    await expect(issuedBefore.textContent()).resolves.toContain('152/SNV-CCHC ngày 22/09/2020 (2 đơn vị)');
    await expect(dialog().locator(`li[data-agency="${first!.code}"]`).textContent()).resolves.toContain('Đã được đôn đốc tại công văn 152/SNV-CCHC (22/09/2020)');
    await expect(dialog().getByTestId('reminder-name').inputValue()).resolves.toBe('Nguyễn Văn Thành');

    const [listed] = await Promise.all([page.waitForEvent('download'), issuedBefore.getByTestId('reminder-letter-download').click()]);
    expect(listed.suggestedFilename()).toBe('CV-152-SNV-CCHC-don-doc-bao-cao.docx');

    await dialog().getByTestId('reminder-number').fill('152');
    await dialog().getByTestId('reminder-issued-on').fill('30/09/2020');
    await dialog().getByTestId('reminder-submit').click();
    const numberError = dialog().locator('#reminder-number-error');
    await numberError.waitFor();
    await expect(numberError.textContent()).resolves.toContain('Số này đã dùng cho một công văn đôn đốc khác trong năm');
    await expect(dialog().getByTestId('reminder-number').getAttribute('aria-invalid')).resolves.toBe('true');
    await dialog().screenshot({ path: join(screenshotDir(), 'reminder-number-taken.png') });
    // Another number clears the message.
    await dialog().getByTestId('reminder-number').fill('153');
    await expect(numberError.count()).resolves.toBe(0);

    // On a phone the dialog fits the screen's width and scrolls within itself.
    await page.setViewportSize({ width: 390, height: 760 });
    await expect(elementsPastRightEdge(page)).resolves.toEqual([]);
    await page.screenshot({ path: join(screenshotDir(), 'reminder-dialog-phone.png') });
    await page.setViewportSize({ width: 1280, height: 800 });

    // Cancelled, the selection stays on the board.
    await dialog().getByTestId('reminder-dialog-cancel').click();
    await page.getByText('Đã chọn 1 đơn vị').waitFor();
    await page.getByTestId('reminder-cancel').click();
    await expect(board().getByTestId('reminder-pick').count()).resolves.toBe(0);

    expect(problems.pageErrors).toEqual([]);
    expect(problems.failedRequests).toEqual(['409 POST /api/reminder-letters']);
  });

  it('offers no reminder letter to an administrator, who may not issue one', async () => {
    const { page, app } = opened;
    await page.context().clearCookies();
    await signIn(page, app.baseUrl, 'admin');
    await page.goto(`${app.baseUrl}/?year=2020`, { waitUntil: 'networkidle' });
    await board().locator('tr[data-agency]').first().waitFor();
    await expect(board().getByTestId('reminder-start').count()).resolves.toBe(0);
  });
});
