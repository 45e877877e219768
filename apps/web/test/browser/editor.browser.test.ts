import { join } from 'node:path';
import type { BrowserContext, Page, Request } from 'playwright-core';
import {
  apiAs,
  browserUnderTest,
  launchBrowser,
  screenshotDir,
  startBuiltApp,
  watchProblems,
  isNativelyDisabled,
  type PageProblems,
  type RunningApp,
} from './browser-support.js';

const { describeInBrowser, chromiumPath } = browserUnderTest();

/** The failures left once the expected ones (matched explicitly) are taken out. */
const unexpected = (failures: string[], expected: RegExp[]): string[] => failures.filter((f) => !expected.some((e) => e.test(f)));

async function signIn(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/login`, { waitUntil: 'networkidle' });
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill('demo123');
  await page.getByTestId('login-submit').click();
  await page.getByRole('heading', { name: 'Báo cáo của đơn vị' }).waitFor();
}

async function waitSaved(page: Page): Promise<void> {
  await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor({ timeout: 15_000 });
}

/** A timestamp as the editor shows when the draft was put before the approver: `HH:mm dd/mm/yyyy` in Vietnam. */
function vietnamClockThenDay(timestamp: string): string {
  const local = new Date(Date.parse(timestamp) + 7 * 60 * 60_000);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(local.getUTCHours())}:${two(local.getUTCMinutes())} ${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
}

describeInBrowser('Report editor in a real browser', () => {
  let app: RunningApp;
  let browser: BrowserContext;
  let page: Page;
  const problems: PageProblems = { pageErrors: [], failedRequests: [] };
  let editUrl = '';

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

  it('lets a reporter start the report of a period the agency has none for', async () => {
    await signIn(page, app.baseUrl, 'stp');
    // The demo leaves some periods without a report: ask the API which, and prefer the demo years.
    const periods = (await apiAs<{ id: string; year: number }[]>(page, 'GET', '/api/periods')).body;
    const reports = (await apiAs<{ items: { periodId: string }[] }>(page, 'GET', '/api/reports')).body.items;
    const taken = new Set(reports.map((r) => r.periodId));
    const free = periods.filter((p) => !taken.has(p.id)).sort((a, b) => Math.abs(a.year - 2021) - Math.abs(b.year - 2021));
    const period = free[0];
    expect(period).toBeDefined();

    const row = page.locator(`tr[data-period-id="${period!.id}"]`);
    await expect(row.getAttribute('data-status')).resolves.toBe('MISSING');
    await row.getByTestId('start-report').click();
    await page.waitForURL(/\/reports\/[0-9a-f-]+\/edit$/);
    editUrl = new URL(page.url()).pathname;
    await page.getByRole('heading', { name: /Soạn báo cáo/ }).waitFor();
    // A section per area of the programme of the report's year, plus the other sections.
    await expect(page.locator('[data-kind="AREA"]').count()).resolves.toBe(6);
    await expect(page.locator('[data-kind="PROVINCE_SPECIFIC"]').count()).resolves.toBe(1);
  });

  it('fills a narrative and a plan whose symbol is read as it is typed', async () => {
    const year = Number(/(\d{4})/.exec((await page.getByRole('heading', { level: 1 }).textContent()) ?? '')?.[1]);
    await page.getByTestId('section-1-narrative').fill(`Rà soát 12 văn bản quy phạm pháp luật; Kế hoạch số 45/KH-STP ngày 15/01/${year}.`);

    await page.getByTestId('plans-add').click();
    const symbol = page.locator('#plans-form-symbol');
    await symbol.fill('45/KH');
    await expect(page.getByTestId('plans-form-symbol-reading').textContent()).resolves.toContain('Không đọc được');
    await symbol.fill('45/KH-STP');
    const reading = page.getByTestId('plans-form-symbol-reading');
    await expect(reading.getAttribute('data-state')).resolves.toBe('ok');
    await expect(reading.locator('[data-part="number"]').textContent()).resolves.toBe('45');
    await expect(reading.locator('[data-part="type"]').textContent()).resolves.toBe('KH');
    await expect(reading.locator('[data-part="issuer"]').textContent()).resolves.toBe('STP');
    await expect(reading.locator('[data-part="form"]').textContent()).resolves.toBe('văn bản hành chính');
    await page.locator('#plans-form-date').fill(`15/01/${year}`);
    await page.locator('#plans-form-title').fill(`Kế hoạch cải cách hành chính năm ${year}`);
    await page.getByTestId('plans-apply').click();
    await expect(page.getByTestId('plans-item').count()).resolves.toBe(1);
    await expect(page.getByTestId('plans-item').textContent()).resolves.toContain('45/KH-STP');
  });

  it('puts the cursor in a record form, closes it on Escape, and reads dd/mm/yyyy dates and Vietnamese numbers', async () => {
    const year = Number(/(\d{4})/.exec((await page.getByRole('heading', { level: 1 }).textContent()) ?? '')?.[1]);
    const focused = (): Promise<string> => page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('data-testid') || document.activeElement?.tagName || '');
    await page.getByTestId('plans-add').click();
    await expect(focused()).resolves.toBe('plans-form-symbol');
    await page.keyboard.type('46/KH');
    await page.keyboard.press('Escape');
    await page.getByTestId('plans-form').waitFor({ state: 'detached' });
    await expect(focused()).resolves.toBe('plans-add');
    // The plan already in the list stays.
    await expect(page.getByTestId('plans-item').count()).resolves.toBe(1);

    await page.getByTestId('trainings-add').click();
    await expect(focused()).resolves.toBe('trainings-form-course');
    await page.locator('#trainings-form-course').fill('Bồi dưỡng kỹ năng cải cách hành chính');
    await page.locator('#trainings-form-organiser').fill('Sở Nội vụ');
    await page.locator('#trainings-form-participants').fill('1.245');
    await page.locator('#trainings-form-from').fill(`05/10/${year}`);
    await page.getByTestId('trainings-apply').click();
    await expect(page.getByTestId('trainings-item').textContent()).resolves.toContain('1.245');
    await expect(focused()).resolves.toBe('trainings-add');
    await waitSaved(page);
    const reportId = editUrl.split('/')[2]!;
    const stored = await apiAs<{ content: { trainings: { participants: number; from: string }[]; plans: { date: string }[] } }>(page, 'GET', `/api/reports/${reportId}`);
    expect(stored.body.content.trainings[0]).toMatchObject({ participants: 1245, from: `${year}-10-05` });
    expect(stored.body.content.plans[0]!.date).toBe(`${year}-01-15`);
    await page.getByTestId('trainings-item').getByRole('button', { name: 'Sửa', exact: true }).click();
    await expect(page.locator('#trainings-form-participants').inputValue()).resolves.toBe('1.245');
    await expect(page.locator('#trainings-form-from').inputValue()).resolves.toBe(`05/10/${year}`);
    await page.locator('#trainings-form-participants').fill('1.2x5');
    await page.getByTestId('trainings-apply').click();
    await expect(page.locator('#trainings-form-participants').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('#trainings-form-participants').inputValue()).resolves.toBe('1.2x5');
    await page.keyboard.press('Escape');
    await page.getByTestId('trainings-form').waitFor({ state: 'detached' });

    // The date of issue too: dd/mm/yyyy whatever the browser's language; a date that does not
    // read is marked and left unsaved.
    const signedOn = page.locator('#field-signedOn');
    await signedOn.fill(`05/10/${year}`);
    await signedOn.press('Tab');
    await waitSaved(page);
    const signedOnOf = async () => (await apiAs<{ content: { signedOn: string | null } }>(page, 'GET', `/api/reports/${reportId}`)).body.content.signedOn;
    await expect(signedOnOf()).resolves.toBe(`${year}-10-05`);
    await signedOn.fill(`31/02/${year}`);
    await signedOn.press('Tab');
    await expect(signedOn.getAttribute('aria-invalid')).resolves.toBe('true');
    await page.locator('[data-testid="save-status"][data-state="invalid"]').waitFor();
    await expect(signedOnOf()).resolves.toBe(`${year}-10-05`);
    await signedOn.fill('');
    await signedOn.press('Tab');
    await waitSaved(page);
    await expect(signedOnOf()).resolves.toBeNull();
  });

  it('checks the dossier identity live, blocks submission on it, and saves the draft', async () => {
    await page.getByTestId('dossier-add').click();
    const figures = {
      carriedOver: 0,
      receivedOnline: 2,
      receivedInPerson: 12,
      receivedPostal: 0,
      resolvedEarly: 0,
      resolvedOnTime: 12,
      resolvedLate: 0,
      pendingWithinTime: 2,
      pendingOverdue: 0,
      returned: 1,
    };
    for (const [field, value] of Object.entries(figures)) await page.getByTestId(`dossier-${field}`).fill(String(value));
    const identity = page.getByTestId('dossier-identity');
    await expect(identity.textContent()).resolves.toContain('Số liệu không khớp: lệch 1 hồ sơ');
    await expect(identity.textContent()).resolves.toContain('= 14');
    await expect(identity.textContent()).resolves.toContain('= 15');
    await expect(page.getByTestId('dossier-rates').textContent()).resolves.toContain('14,3%');
    const error = page.locator('[data-testid="findings"] [data-code="DOSSIER_BALANCE"]');
    await expect(error.getAttribute('data-severity')).resolves.toBe('error');

    await waitSaved(page);
    await expect(page.getByTestId('save-status').textContent()).resolves.toMatch(/Đã lưu lúc \d{2}:\d{2}/);
    // The reporter drafts; only the approver sees the submit step.
    await expect(page.getByTestId('submit-panel').count()).resolves.toBe(0);

    await page.screenshot({ path: join(screenshotDir(), 'editor.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(screenshotDir(), 'editor-phone.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });

    expect(problems.pageErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
  });

  it('saves dossier figures typed the Vietnamese way, and marks only the figure it cannot read', async () => {
    const reportId = editUrl.split('/')[2]!;
    const dossierOf = async () => (await apiAs<{ content: { dossier: Record<string, number> } }>(page, 'GET', `/api/reports/${reportId}`)).body.content.dossier;
    // Same difference of one dossier as before, in thousands.
    await page.getByTestId('dossier-receivedInPerson').fill('1.245');
    await page.getByTestId('dossier-resolvedOnTime').fill('1245');
    await page.getByTestId('dossier-resolvedOnTime').blur();
    await waitSaved(page);
    await page.reload({ waitUntil: 'networkidle' });
    await expect(page.getByTestId('dossier-receivedInPerson').inputValue()).resolves.toBe('1.245');
    await expect(page.getByTestId('dossier-resolvedOnTime').inputValue()).resolves.toBe('1.245');
    await expect(dossierOf()).resolves.toMatchObject({ receivedInPerson: 1245, resolvedOnTime: 1245 });

    await page.getByTestId('dossier-carriedOver').fill('1.000');
    await page.getByTestId('dossier-pendingWithinTime').fill('1.2x5');
    await page.getByTestId('dossier-resolvedEarly').fill('1.000');
    const unreadable = page.getByTestId('dossier-pendingWithinTime');
    await expect(unreadable.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('#field-dossier-pendingWithinTime-error').textContent()).resolves.toContain('1.2x5');
    await expect(page.getByTestId('dossier-carriedOver').getAttribute('aria-invalid')).resolves.toBe('false');
    await waitSaved(page);
    // The readable figures are saved; the unreadable one keeps its saved value and stays as typed.
    await expect(dossierOf()).resolves.toMatchObject({ carriedOver: 1000, resolvedEarly: 1000, pendingWithinTime: 2 });
    await expect(unreadable.inputValue()).resolves.toBe('1.2x5');
    await page.getByTestId('dossier').screenshot({ path: join(screenshotDir(), 'editor-dossier-unreadable.png') });
    // What could not be read survives a reload, still marked, so nothing typed is lost.
    await page.reload({ waitUntil: 'networkidle' });
    await expect(unreadable.inputValue()).resolves.toBe('1.2x5');
    await expect(unreadable.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByTestId('dossier-carriedOver').inputValue()).resolves.toBe('1.000');
    await unreadable.fill('2');
    await expect(unreadable.getAttribute('aria-invalid')).resolves.toBe('false');
    await expect(page.locator('#field-dossier-pendingWithinTime-error').count()).resolves.toBe(0);
    await expect(page.getByTestId('dossier-identity').textContent()).resolves.toContain('lệch 1 hồ sơ');
    expect(problems.pageErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
  });

  it('lets the reporter put the draft before the approver ("Trình ký"): saved first, errors named, the time shown', async () => {
    const reportId = editUrl.split('/')[2]!;
    type Stored = { version: number; signatureRequestedAt: string | null; content: { preamble: string } };
    const storedReport = async (): Promise<Stored> => (await apiAs<Stored>(page, 'GET', `/api/reports/${reportId}`)).body;
    await waitSaved(page);
    const panel = page.getByTestId('signing-request');
    await expect(panel.getByTestId('request-signing').textContent()).resolves.toContain('Trình ký');
    await expect(page.getByTestId('signature-requested').count()).resolves.toBe(0);
    // The dossier error is still there: the reporter may go on, and is told what it means.
    await expect(panel.getByTestId('signing-request-blocked').textContent()).resolves.toContain('còn 1 lỗi: vẫn trình ký được, nhưng lãnh đạo chỉ ký và gửi được sau khi các lỗi được sửa');

    // An edit not saved yet is saved before the request, so the approver reads it.
    const sent: string[] = [];
    const record = (request: Request): void => {
      if (request.url().includes(`/api/reports/${reportId}`) && request.method() !== 'GET') sent.push(`${request.method()} ${new URL(request.url()).pathname}`);
    };
    page.on('request', record);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(`**/api/reports/${reportId}/request-signing`, async (route) => {
      await held;
      await route.continue();
    });
    const preamble = 'Căn cứ Kế hoạch cải cách hành chính của UBND tỉnh; trình lãnh đạo ký.';
    await page.locator('#field-preamble').fill(preamble);
    await panel.getByTestId('request-signing').click();
    // Pending: the button cannot be pressed again.
    await page.waitForFunction(() => document.querySelector('[data-testid="request-signing"]')?.textContent?.includes('Đang trình ký…'));
    await expect(isNativelyDisabled(page, 'request-signing')).resolves.toBe(true);
    release();
    const done = panel.getByTestId('signing-request-done');
    await done.waitFor();
    await page.unroute(`**/api/reports/${reportId}/request-signing`);
    page.off('request', record);
    expect(sent).toEqual([`PATCH /api/reports/${reportId}`, `POST /api/reports/${reportId}/request-signing`]);

    const stored = await storedReport();
    expect(stored.content.preamble).toBe(preamble);
    expect(stored.signatureRequestedAt).not.toBeNull();
    const time = vietnamClockThenDay(stored.signatureRequestedAt!);
    await expect(done.textContent()).resolves.toContain(`Đã trình ký lúc ${time}; lãnh đạo đã nhận thông báo.`);
    await expect(page.getByTestId('signature-requested').textContent()).resolves.toContain(`Đã trình ký lúc ${time}`);
    await expect(isNativelyDisabled(page, 'request-signing')).resolves.toBe(false);
    await expect(panel.getByTestId('request-signing').textContent()).resolves.toContain('Trình ký lại');
    await expect(page.getByTestId('save-status').getAttribute('data-state')).resolves.toBe('saved');
    await page.evaluate(() => window.scrollTo({ top: 0 }));
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(screenshotDir(), 'editor-signing-request.png'), fullPage: false });

    // The form goes on from the version the request answered with: the next edit saves.
    await page.locator('#field-preamble').fill(`${preamble} (bổ sung)`);
    await waitSaved(page);
    await expect(storedReport().then((r) => [r.version, r.content.preamble])).resolves.toEqual([stored.version + 1, `${preamble} (bổ sung)`]);

    // Opened again, the report still says when it was put before the approver.
    await page.reload({ waitUntil: 'networkidle' });
    await expect(page.getByTestId('signature-requested').textContent()).resolves.toContain(`Đã trình ký lúc ${time}`);
    await expect(page.getByTestId('signing-request-again').textContent()).resolves.toContain(`Đã trình ký lúc ${time}`);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('signing-request').screenshot({ path: join(screenshotDir(), 'editor-signing-request-phone.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(problems.pageErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
  });

  it("keeps the approver from submitting while the error remains, then submits once it is fixed", async () => {
    await page.getByTestId('logout').click();
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await signIn(page, app.baseUrl, 'stp.ld');
    // The approver's list singles out the reports waiting for a signature, with their errors.
    const reportId = editUrl.split('/')[2]!;
    const waiting = page.getByTestId('awaiting-signature');
    await expect(waiting.locator(`[data-report-id="${reportId}"]`).textContent()).resolves.toContain('1 lỗi');
    // The report the reporter put before the approver comes first, saying when; the approver was notified.
    const requested = (await apiAs<{ signatureRequestedAt: string }>(page, 'GET', `/api/reports/${reportId}`)).body.signatureRequestedAt;
    const first = waiting.locator('li').first();
    await expect(first.getAttribute('data-report-id')).resolves.toBe(reportId);
    await expect(first.getAttribute('data-requested')).resolves.toBe('true');
    await expect(first.getByTestId('signature-requested').textContent()).resolves.toContain(`Chuyên viên đã trình ký lúc ${vietnamClockThenDay(requested)}`);
    const notified = await apiAs<{ items: { kind: string; reportId: string | null }[] }>(page, 'GET', '/api/notifications');
    expect(notified.body.items.filter((n) => n.kind === 'READY_FOR_SIGNATURE' && n.reportId === reportId)).toHaveLength(1);
    const firstCard = await page.locator('[data-testid="awaiting-signature"], [data-testid="my-reports"] section').first().getAttribute('data-testid');
    expect(firstCard).toBe('awaiting-signature');
    await page.screenshot({ path: join(screenshotDir(), 'editor-my-reports-approver.png'), fullPage: true });
    await page.goto(`${app.baseUrl}${editUrl}`, { waitUntil: 'networkidle' });
    await page.getByTestId('submit-panel').waitFor();
    // The approver sees that the draft waits for them; the reporter's step is not theirs.
    await expect(page.getByTestId('signature-requested').textContent()).resolves.toContain(`Đã trình ký lúc ${vietnamClockThenDay(requested)}`);
    await expect(page.getByTestId('signing-request').count()).resolves.toBe(0);
    await page.screenshot({ path: join(screenshotDir(), 'editor-approver-signature-requested.png'), fullPage: false });
    await expect(page.getByTestId('submit-blocked').textContent()).resolves.toContain('còn 1 lỗi');
    await expect(isNativelyDisabled(page, 'submit-report')).resolves.toBe(true);
    // The API refuses it too, naming the error.
    const current = await apiAs<{ version: number }>(page, 'GET', `/api/reports/${reportId}`);
    const refused = await apiAs<{ code: string; details: { path: string }[] }>(page, 'POST', `/api/reports/${reportId}/submit`, { version: current.body.version });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('SUBMISSION_BLOCKED');
    expect(refused.body.details.map((d) => d.path)).toContain('dossier');

    await page.getByTestId('dossier-returned').fill('0');
    await expect(page.getByTestId('dossier-identity').textContent()).resolves.toContain('Số liệu khớp.');
    await waitSaved(page);
    await expect(page.getByTestId('submit-blocked').count()).resolves.toBe(0);

    await page.getByTestId('signing-mode').selectOption('KT.');
    await page.getByTestId('signing-onBehalfOf').fill('GIÁM ĐỐC');
    await page.getByTestId('signing-title').fill('PHÓ GIÁM ĐỐC');
    await page.getByTestId('submit-report').click();
    // An error clears as soon as its field is filled.
    await page.locator('#signing-name-error').waitFor();
    await page.getByTestId('signing-name').fill('Nguyễn Văn An');
    await expect(page.locator('#signing-name-error').count()).resolves.toBe(0);
    await expect(page.getByTestId('signing-name').getAttribute('aria-invalid')).resolves.toBe('false');

    // Signing asks first, with a summary; Escape and Cancel send nothing.
    const submits: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/submit')) submits.push(request.url());
    });
    await page.getByTestId('submit-report').click();
    const confirm = page.getByTestId('submit-confirm');
    await confirm.waitFor();
    const summary = (await confirm.textContent()) ?? '';
    expect(summary).toContain((await page.getByRole('heading', { level: 1 }).textContent())?.split(': ')[1] ?? 'no period');
    expect(summary).toContain('KT. GIÁM ĐỐC');
    expect(summary).toContain('PHÓ GIÁM ĐỐC');
    expect(summary).toContain('Nguyễn Văn An');
    await expect(page.evaluate(() => !!document.activeElement?.closest('[data-testid="submit-confirm"]'))).resolves.toBe(true);
    await page.screenshot({ path: join(screenshotDir(), 'editor-submit-confirm.png'), fullPage: false });
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'hidden' });
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('submit-report');
    await page.getByTestId('submit-report').click();
    await confirm.waitFor();
    await page.getByTestId('submit-confirm-cancel').click();
    await confirm.waitFor({ state: 'hidden' });
    expect(submits).toEqual([]);
    await expect(apiAs<{ status: string }>(page, 'GET', `/api/reports/${reportId}`).then((r) => r.body.status)).resolves.toBe('DRAFT');
    await page.getByTestId('submit-report').click();
    await page.getByTestId('submit-confirm-ok').click();
    await page.getByTestId('submitted-notice').waitFor();
    expect(submits).toHaveLength(1);
    // A submission ends the request for signature.
    await expect(page.getByTestId('signature-requested').count()).resolves.toBe(0);
    await expect(page.locator('.badge[data-status="SUBMITTED"]').count()).resolves.toBeGreaterThan(0);

    const submitted = await apiAs<{ status: string; content: { signing: unknown } }>(page, 'GET', `/api/reports/${reportId}`);
    expect(submitted.body.status).toBe('SUBMITTED');
    expect(submitted.body.content.signing).toEqual({ mode: 'KT.', onBehalfOf: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn An' });

    await page.goto(`${app.baseUrl}/reports`, { waitUntil: 'networkidle' });
    await expect(page.locator(`tr[data-report-id="${reportId}"]`).getAttribute('data-status')).resolves.toBe('SUBMITTED');

    expect(problems.pageErrors).toEqual([]);
    expect(unexpected(problems.failedRequests, [new RegExp(`^409 POST /api/reports/${reportId}/submit$`)])).toEqual([]);
    problems.failedRequests.splice(0);
  });

  it('shows a stale save as a conflict with the choice to reload, never overwriting', async () => {
    await page.getByTestId('logout').click();
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await signIn(page, app.baseUrl, 'stp');
    const draftRow = page.locator('tr[data-status="DRAFT"]').first();
    const reportId = (await draftRow.getAttribute('data-report-id'))!;
    const url = `${app.baseUrl}/reports/${reportId}/edit`;

    const first = page;
    const second = await browser.newPage();
    watchProblems(second, problems);
    await first.goto(url, { waitUntil: 'networkidle' });
    await second.goto(url, { waitUntil: 'networkidle' });
    await first.locator('#field-preamble').waitFor();
    await second.locator('#field-preamble').waitFor();

    await first.locator('#field-preamble').fill('Căn cứ Kế hoạch của UBND tỉnh (cửa sổ thứ nhất).');
    await waitSaved(first);
    await second.locator('#field-preamble').fill('Nội dung nhập ở cửa sổ thứ hai.');
    await second.getByTestId('conflict').waitFor({ timeout: 15_000 });
    await expect(second.getByTestId('conflict').textContent()).resolves.toContain('Báo cáo vừa được thay đổi ở nơi khác');
    await expect(second.locator('[data-testid="save-status"]').getAttribute('data-state')).resolves.toBe('conflict');
    // The user's input stays visible and can be copied.
    await expect(second.locator('#field-preamble').inputValue()).resolves.toBe('Nội dung nhập ở cửa sổ thứ hai.');
    await expect(second.getByTestId('conflict-unsaved').inputValue()).resolves.toContain('Nội dung nhập ở cửa sổ thứ hai.');
    // Nothing was overwritten.
    const stored = await apiAs<{ content: { preamble: string } }>(second, 'GET', `/api/reports/${reportId}`);
    expect(stored.body.content.preamble).toBe('Căn cứ Kế hoạch của UBND tỉnh (cửa sổ thứ nhất).');

    await second.getByTestId('conflict-reload').click();
    await second.getByTestId('conflict').waitFor({ state: 'detached' });
    await expect(second.locator('#field-preamble').inputValue()).resolves.toBe('Căn cứ Kế hoạch của UBND tỉnh (cửa sổ thứ nhất).');
    await second.close();

    expect(problems.pageErrors).toEqual([]);
    expect(unexpected(problems.failedRequests, [new RegExp(`^409 PATCH /api/reports/${reportId}$`)])).toEqual([]);
  });

  it('keeps unsaved input through an expired session and puts it back after signing in', async () => {
    problems.failedRequests.splice(0);
    const draftRow = page.locator('tr[data-status="RETURNED"]').first();
    await page.goto(`${app.baseUrl}/reports`, { waitUntil: 'networkidle' });
    const reportId = (await draftRow.getAttribute('data-report-id'))!;
    await page.goto(`${app.baseUrl}/reports/${reportId}/edit`, { waitUntil: 'networkidle' });
    // A returned report shows the reviewer's reasons in place.
    await page.getByTestId('return-reasons').waitFor();
    await expect(page.locator('#field-dossier [data-testid="field-reason"]').count()).resolves.toBe(1);

    // The session ends on the server (as when it expires): the next save is refused.
    await expect(apiAs(page, 'POST', '/api/auth/logout').then((r) => r.status)).resolves.toBeLessThan(300);
    await page.locator('#field-preamble').fill('Nội dung nhập trước khi hết phiên.');
    await page.getByText('Phiên làm việc đã hết hạn').waitFor({ timeout: 15_000 });
    await page.getByTestId('login-username').fill('stp');
    await page.getByTestId('login-password').fill('demo123');
    await page.getByTestId('login-submit').click();
    await page.waitForURL(new RegExp(`/reports/${reportId}/edit$`));
    await page.getByTestId('restored').waitFor();
    await expect(page.locator('#field-preamble').inputValue()).resolves.toBe('Nội dung nhập trước khi hết phiên.');
    await waitSaved(page);
    const stored = await apiAs<{ content: { preamble: string } }>(page, 'GET', `/api/reports/${reportId}`);
    expect(stored.body.content.preamble).toBe('Nội dung nhập trước khi hết phiên.');
    expect(problems.pageErrors).toEqual([]);
    expect(unexpected(problems.failedRequests, [new RegExp(`^401 PATCH /api/reports/${reportId}$`)])).toEqual([]);
  });
});
