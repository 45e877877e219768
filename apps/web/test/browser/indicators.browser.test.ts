import { join } from 'node:path';
import type { ReportResponse, ReportingPeriodDto } from '@cchc/domain';
import { apiAs, browserUnderTest, openAppInBrowser, screenshotDir, signIn, type AppInBrowser } from './browser-support.js';

const { describeInBrowser, chromiumPath } = browserUnderTest();

const AREAS = ['INSTITUTIONAL', 'PROCEDURES', 'APPARATUS', 'CIVIL_SERVICE', 'PUBLIC_FINANCE', 'MODERNISATION'] as const;

describeInBrowser('Entered indicators in a real browser: the agency types them in its report, the report page shows them', () => {
  let opened: AppInBrowser;
  let reportId = '';
  const input = (code: string): string => `#field-indicator-${code.replaceAll('.', '-')}-value`;
  const waitSaved = () => opened.page.locator('[data-testid="save-status"][data-state="saved"]').waitFor({ timeout: 15_000 });
  const saved = async (): Promise<ReportResponse['content']['indicators']> =>
    (await apiAs<ReportResponse>(opened.page, 'GET', `/api/reports/${reportId}`)).body.content.indicators;

  beforeAll(async () => {
    opened = await openAppInBrowser(chromiumPath);
    const { page, app } = opened;
    await signIn(page, app.baseUrl, 'stp');
    const agencies = (await apiAs<{ id: string; code: string }[]>(page, 'GET', '/api/agencies')).body;
    const period = (await apiAs<ReportingPeriodDto[]>(page, 'GET', '/api/periods?year=2023')).body.find((p) => p.kind === 'M9')!;
    const created = await apiAs<ReportResponse>(page, 'POST', '/api/reports', {
      agencyId: agencies.find((a) => a.code === 'STP')!.id,
      periodId: period.id,
      content: {
        agencyCode: 'STP',
        symbol: { number: null, type: 'BC', issuer: 'STP' },
        place: 'Quảng Ngãi',
        signedOn: null,
        period: { year: 2023, kind: 'M9' },
        title: 'Tình hình, kết quả thực hiện công tác cải cách hành chính 9 tháng đầu năm 2023',
        sections: [{ kind: 'DIRECTION' }, ...AREAS.map((areaKey) => ({ kind: 'AREA', areaKey }))],
      },
    });
    expect(created.status).toBe(201);
    reportId = created.body.id;
  }, 180_000);

  afterAll(async () => {
    await opened?.close();
  });

  it('asks each section for its indicators and saves what is typed the Vietnamese way', async () => {
    const { page, app } = opened;
    await page.goto(`${app.baseUrl}/reports/${reportId}/edit`, { waitUntil: 'networkidle' });
    const procedures = page.locator('[data-kind="AREA"]').nth(1).getByTestId('indicator-fields');
    await procedures.locator('[data-indicator="PROCEDURES.SIMPLIFIED"]').waitFor();
    await expect(page.locator('[data-kind="DIRECTION"] [data-indicator="DIRECTION.SATISFACTION_SURVEY"]').count()).resolves.toBe(1);
    // Derived indicators are computed from the records, never asked for.
    await expect(page.locator('[data-indicator="DOSSIERS.RESOLVED"]').count()).resolves.toBe(0);

    await page.locator(input('PROCEDURES.SIMPLIFIED')).fill('1.245');
    await page.locator(input('PROCEDURES.SIMPLIFIED')).blur();
    await page.locator(`[data-indicator="PROCEDURES.SIMPLIFIED"] input[aria-label^="Ghi chú"]`).fill('Theo Quyết định 12/QĐ-UBND');
    await page.locator(input('DIGITAL_GOVERNMENT.ISO_9001')).selectOption('yes');
    await waitSaved();
    await expect(saved()).resolves.toEqual(
      expect.arrayContaining([
        { code: 'PROCEDURES.SIMPLIFIED', value: 1245, note: 'Theo Quyết định 12/QĐ-UBND', asPublished: false },
        { code: 'DIGITAL_GOVERNMENT.ISO_9001', value: true, note: '', asPublished: false },
      ]),
    );
  });

  it('checks a percentage against 0-100 as the server does, and keeps text that is not a number through a reload', async () => {
    const { page } = opened;
    const rate = page.locator(input('DIGITAL_GOVERNMENT.ONLINE_PAYMENT_RATE'));
    await rate.fill('120');
    await rate.blur();
    const error = page.locator('#field-indicator-DIGITAL_GOVERNMENT-ONLINE_PAYMENT_RATE-error');
    await expect(error.textContent()).resolves.toBe('Tỷ lệ phải từ 0 đến 100.');
    await waitSaved();
    // The server says the same, as an error that holds back submission.
    await page.getByTestId('findings').getByText('Tỷ lệ hồ sơ thanh toán trực tuyến: Tỷ lệ phải từ 0 đến 100.').first().waitFor();
    await page.locator('[data-kind="AREA"]').nth(5).screenshot({ path: join(screenshotDir(), 'editor-indicators.png') });
    await rate.fill('98,5');
    await rate.blur();
    await expect(error.count()).resolves.toBe(0);

    const published = page.locator(input('PROCEDURES.PUBLISHED'));
    await published.fill('12a');
    await expect(page.locator('#field-indicator-PROCEDURES-PUBLISHED-error').textContent()).resolves.toContain('"12a" không phải là một số');
    await waitSaved();
    await expect(saved()).resolves.toEqual(expect.arrayContaining([expect.objectContaining({ code: 'DIGITAL_GOVERNMENT.ONLINE_PAYMENT_RATE', value: 98.5 })]));
    expect((await saved()).some((v) => v.code === 'PROCEDURES.PUBLISHED')).toBe(false);
    await page.reload({ waitUntil: 'networkidle' });
    await expect(page.locator(input('PROCEDURES.PUBLISHED')).inputValue()).resolves.toBe('12a');
    await expect(page.locator(input('PROCEDURES.SIMPLIFIED')).inputValue()).resolves.toBe('1.245');
    await expect(page.locator(input('DIGITAL_GOVERNMENT.ONLINE_PAYMENT_RATE')).inputValue()).resolves.toBe('98,5');
    await page.locator(input('PROCEDURES.PUBLISHED')).fill('');
    await waitSaved();
  });

  it('shows the entered values on the report page, as the document lists them', async () => {
    const { page, app, problems } = opened;
    await page.goto(`${app.baseUrl}/reports/${reportId}`, { waitUntil: 'networkidle' });
    const part = page.locator('[data-part="indicators"]');
    await part.waitFor();
    await expect(part.locator('tr[data-indicator="PROCEDURES.SIMPLIFIED"]').textContent()).resolves.toMatch(/Số thủ tục hành chính được đơn giản hóa\s*1\.245\s*Theo Quyết định 12\/QĐ-UBND/);
    await expect(part.locator('tr[data-indicator="DIGITAL_GOVERNMENT.ONLINE_PAYMENT_RATE"]').textContent()).resolves.toContain('98,5%');
    await expect(part.locator('tr[data-indicator="DIGITAL_GOVERNMENT.ISO_9001"]').textContent()).resolves.toContain('Có');
    await part.screenshot({ path: join(screenshotDir(), 'report-indicators.png') });
    expect(problems.pageErrors).toEqual([]);
  });
});
