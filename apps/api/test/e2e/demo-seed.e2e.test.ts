import request from 'supertest';
import type { CompilationResponse, DashboardStatusResponse, NotificationListResponse, NotificationSettingsDto, ReportResponse, ReportSummary } from '@cchc/domain';
import { seedDemo, type DemoClock } from '../../src/database/seeds/demo/demo.seeder.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe('Demo seed', () => {
  let t: TestApp;
  const clock: DemoClock = { current: new Date('2026-11-26T00:00:00Z') };
  const login = async (username: string): Promise<string> =>
    (await request(t.http).post('/api/auth/login').send({ username, password: 'demo123' }).expect(200)).body.accessToken as string;

  beforeAll(async () => {
    t = await createTestApp({ now: () => clock.current });
    await seedDemo(t.app, clock);
    clock.current = new Date('2026-11-26T00:00:00Z');
  }, 120_000);

  afterAll(async () => {
    await t.close();
  });

  it('runs once: a second run leaves the data alone', async () => {
    expect((await seedDemo(t.app, clock)).alreadyLoaded).toBe(true);
  });

  it('gives every demo user an address on the reserved example domain, and a few unread notifications among read ones', async () => {
    const reviewer = await login('snv');
    const settings = (await request(t.http).get('/api/account/notifications').set('authorization', `Bearer ${reviewer}`).expect(200)).body as NotificationSettingsDto;
    expect(settings.email).toBe('snv@example.org');
    const withoutAddress = await t.dataSource.query<{ username: string }[]>(`SELECT username FROM app_user WHERE email IS NULL OR email NOT LIKE '%@example.org'`);
    expect(withoutAddress).toEqual([]);
    for (const username of ['snv', 'sngv', 'sngv.ld']) {
      const list = (await request(t.http).get('/api/notifications?limit=10').set('authorization', `Bearer ${await login(username)}`).expect(200)).body as NotificationListResponse;
      expect({ username, unread: list.unread, someRead: list.total > list.unread }).toEqual({ username, unread: 3, someRead: true });
      expect(list.items.slice(0, 3).every((n) => n.readAt === null)).toBe(true);
    }
    // The reviewer was told of submissions; an agency's users of returns and acceptances.
    const kinds = await t.dataSource.query<{ role: string; kind: string }[]>(
      `SELECT DISTINCT u.role, n.kind FROM notification n JOIN app_user u ON u.id = n.user_id ORDER BY 1, 2`,
    );
    expect(kinds).toEqual([
      { role: 'approver', kind: 'ACCEPTED' },
      { role: 'approver', kind: 'RETURNED' },
      { role: 'reporter', kind: 'ACCEPTED' },
      { role: 'reporter', kind: 'RETURNED' },
      { role: 'reviewer', kind: 'SUBMITTED' },
    ]);
  });

  it('creates the README users with the password demo123', async () => {
    for (const username of ['admin', 'snv', 'sngv', 'sngv.ld', 'skhdt', 'skhdt.ld', 'snv.cv', 'snv.ld', 'txdp']) {
      await login(username);
    }
    const me = await request(t.http).get('/api/me').set('authorization', `Bearer ${await login('sngv.ld')}`).expect(200);
    expect(me.body.role).toBe('approver');
  });

  it('loads varied reports: on time, late, returned, drafts and missing', async () => {
    const token = await login('snv');
    const all = (await request(t.http).get('/api/reports').set('authorization', `Bearer ${token}`).expect(200)).body.items as ReportSummary[];
    const statuses = new Set(all.map((r) => r.status));
    expect(statuses).toEqual(new Set(['DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED']));
    const timings = new Set(all.map((r) => r.submissionTiming?.timing).filter(Boolean));
    expect(timings).toEqual(new Set(['ON_TIME', 'LATE', 'AFTER_GRACE']));
    // 33 agencies x 8 periods, less the missing ones.
    expect(all.length).toBeGreaterThan(200);
    expect(all.length).toBeLessThan(33 * 8);
    // Everything the workflow let through balances: only the seed report carries an error.
    expect(all.filter((r) => r.status !== 'DRAFT' && r.errorCount > 0)).toHaveLength(1);
  });

  it('registers every other report it sent, mostly at submission and some a day later, with numbers that grow through the year', async () => {
    const token = await login('snv');
    const auth = { authorization: `Bearer ${token}` };
    const all = (await request(t.http).get('/api/reports').set(auth).expect(200)).body.items as ReportSummary[];
    const sent = all.filter((r) => r.status !== 'DRAFT' && !(r.title.endsWith('9 tháng đầu năm 2020') && r.errorCount > 0));
    const sample = sent.filter((_, i) => i % 9 === 0);
    const registrations: { number: string | null; issuedOn: string | null; later: boolean }[] = [];
    for (const summary of sample) {
      const report = (await request(t.http).get(`/api/reports/${summary.id}`).set(auth).expect(200)).body as ReportResponse;
      const trail = (await request(t.http).get(`/api/audit?reportId=${summary.id}`).set(auth).expect(200)).body as { action: string }[];
      registrations.push({ number: report.content.symbol.number, issuedOn: report.content.signedOn, later: trail.some((e) => e.action === 'REGISTER') });
    }
    expect(registrations.filter((r) => r.number === null || r.issuedOn === null)).toEqual([]);
    // Most at submission, some recorded afterwards (audited as REGISTER).
    expect(registrations.filter((r) => r.later).length).toBeGreaterThan(0);
    expect(registrations.filter((r) => !r.later).length).toBeGreaterThan(registrations.filter((r) => r.later).length);
    const mean = (numbers: number[]): number => numbers.reduce((a, b) => a + b, 0) / numbers.length;
    const numbersIn = (from: string, to: string): number[] =>
      registrations.filter((r) => r.issuedOn!.slice(5, 7) >= from && r.issuedOn!.slice(5, 7) <= to).map((r) => Number.parseInt(r.number!, 10));
    expect(mean(numbersIn('01', '04'))).toBeLessThan(mean(numbersIn('09', '12')));
  });

  it("holds the seed report as the Sở Ngoại vụ's 9-month report of 2020, with its flaws found", async () => {
    const token = await login('sngv');
    const list = (await request(t.http).get('/api/reports?year=2020').set('authorization', `Bearer ${token}`).expect(200)).body.items as ReportSummary[];
    const summary = list.find((r) => r.title.endsWith('9 tháng đầu năm 2020'))!;
    const report = (await request(t.http).get(`/api/reports/${summary.id}`).set('authorization', `Bearer ${token}`).expect(200)).body as ReportResponse;
    expect(report.status).toBe('SUBMITTED');
    // Unregistered, as the original was published: "Số:      /BC-SNgV", "ngày   tháng 9 năm 2020".
    expect([report.content.symbol.number, report.content.signedOn]).toEqual([null, null]);
    const d = report.content.dossier!;
    expect(d.receivedOnline + d.receivedInPerson + d.receivedPostal).toBe(14);
    expect(d.resolvedOnTime).toBe(12);
    expect(d.pendingWithinTime + d.pendingOverdue).toBe(2);
    expect(report.content.plans.map((p) => p.symbol)).toContain('565/KH-SNgV');
    expect(report.content.inspections).toHaveLength(1);
    // Judged as sent on 18/09/2020: 565/KH-SNgV dated 23/10/2020 is after the report's date, the
    // one error the list counts too; the rest are warnings.
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.code)).toEqual(['CITATION_DATE_AFTER_REPORT']);
    expect(summary.errorCount).toBe(errors.length);
    expect(summary.warningCount).toBe(report.findings.length - errors.length);
    const codes = report.findings.map((f) => f.code);
    expect(codes.filter((c) => c === 'REPORT_AREA_MISSING')).toHaveLength(1);
    expect(report.findings.filter((f) => f.code === 'CITATION_DATE_CONFLICT').map((f) => f.message.en.split(' ')[1])).toEqual(
      expect.arrayContaining(['05-NQ/TU', '565/KH-SNgV']),
    );
  });

  it("holds the province's compiled report of the 9 months of 2021, two parts written, its figures from the accepted reports", async () => {
    const auth = { authorization: `Bearer ${await login('snv')}` };
    const periods = (await request(t.http).get('/api/periods?year=2021').expect(200)).body as { id: string; kind: string }[];
    const m9 = periods.find((p) => p.kind === 'M9')!;
    const list = (await request(t.http).get(`/api/compilations?periodId=${m9.id}`).set(auth).expect(200)).body as { id: string }[];
    expect(list).toHaveLength(1);
    const compiled = (await request(t.http).get(`/api/compilations/${list[0]!.id}`).set(auth).expect(200)).body as CompilationResponse;
    expect(Object.keys(compiled.content.narratives).sort()).toEqual(['ASSESSMENT', 'DIRECTION']);
    const accepted = compiled.snapshot.rows.filter((row) => row.status === 'ACCEPTED');
    expect(accepted.length).toBeGreaterThan(10);
    expect(compiled.snapshot.totals.find((total) => total.code === 'DOSSIERS.RECEIVED')?.contributions).toHaveLength(accepted.length);
    expect(compiled.changes).toEqual([]);

    // Its province totals are the sums over the accepted reports as GET /api/reports/:id gives them.
    const reports = await Promise.all(
      accepted.map(async (row) => (await request(t.http).get(`/api/reports/${row.reportId}`).set(auth).expect(200)).body as ReportResponse),
    );
    const sum = (pick: (d: NonNullable<ReportResponse['content']['dossier']>) => number): number => reports.reduce((total, r) => total + pick(r.content.dossier!), 0);
    const totalOf = (code: string) => compiled.snapshot.totals.find((total) => total.code === code);
    expect(totalOf('DOSSIERS.RECEIVED')?.value).toBe(sum((d) => d.receivedOnline + d.receivedInPerson + d.receivedPostal));
    expect(totalOf('DOSSIERS.RESOLVED')?.value).toBe(sum((d) => d.resolvedEarly + d.resolvedOnTime + d.resolvedLate));
    expect(totalOf('DOSSIERS.PENDING_OVERDUE')?.value).toBe(sum((d) => d.pendingOverdue));
    for (const code of ['DOSSIERS.RECEIVED', 'DOSSIERS.RESOLVED', 'DOSSIERS.RETURNED']) {
      const levels = Object.values(totalOf(code)?.byLevel ?? {}).reduce((total, level) => total + Number(level.value), 0);
      expect([code, levels]).toEqual([code, totalOf(code)?.value]);
    }
    // Its reporting discipline is the status board's.
    const board = (await request(t.http).get('/api/dashboard/status?year=2021&kind=M9').set(auth).expect(200)).body as DashboardStatusResponse;
    const cells = board.rows.flatMap((row) => (row.cells[0] ? [{ id: row.agency.id, cell: row.cells[0] }] : []));
    const ids = (test: (cell: (typeof cells)[number]['cell']) => boolean): string[] => cells.filter((c) => test(c.cell)).map((c) => c.id).sort();
    expect([...compiled.snapshot.discipline.onTime].sort()).toEqual(ids((cell) => cell.reported && cell.timing === 'ON_TIME'));
    expect(compiled.snapshot.discipline.late.map((late) => late.agencyId).sort()).toEqual(ids((cell) => cell.reported && cell.timing !== 'ON_TIME'));
    expect([...compiled.snapshot.discipline.missing].sort()).toEqual(ids((cell) => cell.status !== 'NOT_EXPECTED' && !cell.reported));
  });
});
