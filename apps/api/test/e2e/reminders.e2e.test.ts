import request from 'supertest';
import type { NotificationListResponse, ReminderRunResponse, ReminderSettingsDto, ReportResponse } from '@cchc/domain';
import { ReminderService } from '../../src/modules/reminders/reminder.service.js';
import { agencyId, createUser, loginAs } from '../factories/user.factory.js';
import { fullReportContent, periodId } from '../factories/report.factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const SIGNING = { mode: 'KT.' as const, onBehalfOf: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn Thành' };

/**
 * The deadline reminders of the 9-month period of 2020 (deadline 20/09/2020): STP has a draft,
 * SNgV has submitted, every other agency has nothing.
 */
describe('Deadline reminders', () => {
  let t: TestApp;
  const clock = { now: new Date('2020-09-10T02:00:00Z') };
  const token: Record<string, string> = {};
  let draft: ReportResponse;
  let m9: string;

  const as = (who: string) => ({
    get: (url: string) => request(t.http).get(url).set('authorization', `Bearer ${token[who]}`),
    post: (url: string, body: object = {}) => request(t.http).post(url).set('authorization', `Bearer ${token[who]}`).send(body),
    put: (url: string, body: object) => request(t.http).put(url).set('authorization', `Bearer ${token[who]}`).send(body),
  });
  const inbox = async (who: string): Promise<NotificationListResponse> => (await as(who).get('/api/notifications').expect(200)).body as NotificationListResponse;
  const run = async (): Promise<ReminderRunResponse> => (await as('admin').post('/api/admin/reminders/run').expect(200)).body as ReminderRunResponse;
  const count = async (kind: string): Promise<number> =>
    (await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM notification WHERE kind = $1`, [kind]))[0]!.n;

  beforeAll(async () => {
    t = await createTestApp({ now: () => clock.now });
    const stp = await agencyId(t, 'STP');
    const sngv = await agencyId(t, 'SNgV');
    const users = {
      reporter: await createUser(t, { role: 'reporter', agencyId: stp }),
      approver: await createUser(t, { role: 'approver', agencyId: stp }),
      sngvReporter: await createUser(t, { role: 'reporter', agencyId: sngv }),
      sngvApprover: await createUser(t, { role: 'approver', agencyId: sngv }),
      reviewer: await createUser(t, { role: 'reviewer' }),
      admin: await createUser(t, { role: 'admin' }),
    };
    for (const [name, user] of Object.entries(users)) token[name] = await loginAs(t, user);
    m9 = await periodId(t, 2020, 'M9');
    draft = (await as('reporter').post('/api/reports', { agencyId: stp, periodId: m9, content: fullReportContent('STP', 2020, 'M9') }).expect(201)).body as ReportResponse;
    const sent = (await as('sngvReporter').post('/api/reports', { agencyId: sngv, periodId: m9, content: fullReportContent('SNgV', 2020, 'M9') }).expect(201)).body as ReportResponse;
    await as('sngvApprover').post(`/api/reports/${sent.id}/submit`, { version: sent.version, signing: SIGNING }).expect(200);
    await t.dataSource.query(`DELETE FROM notification`);
  }, 60_000);

  afterAll(async () => {
    await t.close();
  });

  it('lets only an administrator see and set the days, checked and logged', async () => {
    for (const who of ['reporter', 'approver', 'reviewer']) {
      await as(who).get('/api/admin/reminders').expect(403);
      await as(who).put('/api/admin/reminders', { before: [3], after: [] }).expect(403);
      await as(who).post('/api/admin/reminders/run').expect(403);
    }
    await request(t.http).post('/api/admin/reminders/run').expect(401);
    expect((await as('admin').get('/api/admin/reminders').expect(200)).body).toEqual({ before: [5, 1], after: [1], lastRun: null });
    for (const [body, path] of [
      [{ before: [0], after: [1] }, 'body.before.0'],
      [{ before: [5, 5], after: [1] }, 'body.before'],
      [{ before: [5], after: [1, 2, 3, 4, 5, 6] }, 'body.after'],
      [{ before: [5] }, 'body.after'],
    ] as const) {
      const response = await as('admin').put('/api/admin/reminders', body).expect(400);
      expect((response.body.details as { path: string }[]).map((d) => d.path)).toContain(path);
    }
    const saved = (await as('admin').put('/api/admin/reminders', { before: [1, 5], after: [1] }).expect(200)).body as ReminderSettingsDto;
    expect(saved).toEqual({ before: [5, 1], after: [1], lastRun: null });
    const log = (await as('admin').get('/api/admin/audit?entityType=setting').expect(200)).body as { items?: { action: string; after: unknown }[] } | { action: string; after: unknown }[];
    expect((Array.isArray(log) ? log : log.items!).map((entry) => entry.after)).toEqual([{ before: [5, 1], after: [1] }]);
  });

  it('sends nothing before the first step', async () => {
    expect((await run()).sent).toBe(0);
    expect(await inbox('reporter')).toMatchObject({ total: 0 });
  });

  it("reminds each agency that has not submitted, five days before, linking to its draft; once, however often it runs", async () => {
    clock.now = new Date('2020-09-15T02:00:00Z');
    const first = await run();
    const step = first.steps.find((s) => s.periodId === m9);
    expect(step).toMatchObject({ kind: 'DEADLINE_SOON', days: 5 });
    const stpInbox = await inbox('reporter');
    expect(stpInbox.items).toHaveLength(1);
    expect(stpInbox.items[0]).toMatchObject({ kind: 'DEADLINE_SOON', reportId: draft.id, agency: { code: 'STP' }, period: { id: m9, deadline: '2020-09-20' }, details: { daysLeft: 5 } });
    expect((await inbox('approver')).items.map((n) => n.kind)).toEqual(['DEADLINE_SOON']);
    // SNgV has submitted: nothing for it; Home Affairs gets nothing before the deadline.
    expect((await inbox('sngvReporter')).total).toBe(0);
    expect((await inbox('reviewer')).total).toBe(0);
    const sentOnce = await count('DEADLINE_SOON');
    expect(sentOnce).toBe(step!.notifications);

    // Again, and the day after (the same step is still the due one): nothing more.
    expect((await run()).sent).toBe(0);
    clock.now = new Date('2020-09-16T02:00:00Z');
    expect((await run()).sent).toBe(0);
    expect(await count('DEADLINE_SOON')).toBe(sentOnce);
    const settings = (await as('admin').get('/api/admin/reminders').expect(200)).body as ReminderSettingsDto;
    expect(settings.lastRun).toEqual({ at: '2020-09-16T02:00:00.000Z', sent: 0, trigger: 'admin' });
  });

  it('sends each reminder once when two runs happen at the same time', async () => {
    clock.now = new Date('2020-09-19T02:00:00Z');
    const service = t.app.get(ReminderService);
    const [a, b] = await Promise.all([service.run('schedule'), service.run('schedule')]);
    const perAgency = await t.dataSource.query<{ user_id: string; n: number }[]>(
      `SELECT user_id, count(*)::int AS n FROM notification WHERE kind = 'DEADLINE_SOON' AND created_at >= '2020-09-19' GROUP BY user_id`,
    );
    expect(perAgency.length).toBeGreaterThan(0);
    expect(perAgency.every((row) => row.n === 1)).toBe(true);
    expect(a.sent + b.sent).toBe(perAgency.length);
    expect((await inbox('reporter')).items[0]).toMatchObject({ kind: 'DEADLINE_SOON', details: { daysLeft: 1 } });
  });

  it('the day after the deadline: the agencies without a submission are told, and Home Affairs gets the list', async () => {
    clock.now = new Date('2020-09-21T02:00:00Z');
    const result = await run();
    expect(result.steps.find((s) => s.periodId === m9)).toMatchObject({ kind: 'DEADLINE_PASSED', days: 1 });
    expect((await inbox('reporter')).items[0]).toMatchObject({ kind: 'DEADLINE_PASSED', reportId: draft.id });
    for (const who of ['reviewer']) {
      const [overdue] = (await inbox(who)).items;
      expect(overdue).toMatchObject({ kind: 'OVERDUE_LIST', reportId: null, agency: null, period: { id: m9 } });
      const codes = overdue!.details.agencies!.map((a) => a.code);
      expect(codes).toContain('STP');
      expect(codes).not.toContain('SNgV');
      expect(overdue!.details.expected).toBeGreaterThan(codes.length);
    }
    expect((await inbox('sngvReporter')).total).toBe(0);
    expect((await run()).sent).toBe(0);
    expect(await count('OVERDUE_LIST')).toBe(1);
  });
});

/** Two instances of the app on one PostgreSQL database run the job at the same moment. */
const onServer = process.env.DATABASE_URL ? describe : describe.skip;
onServer('Deadline reminders from two instances of the app', () => {
  it('sends each reminder once', async () => {
    const clock = { now: new Date('2020-09-15T02:00:00Z') };
    const first = await createTestApp({ now: () => clock.now });
    const shared = first.dataSource.options as { url?: string };
    const second = await createTestApp({ now: () => clock.now, database: () => ({ kind: 'postgres', url: shared.url! }) });
    try {
      await createUser(first, { role: 'reporter', agencyId: await agencyId(first, 'STP') });
      const [a, b] = await Promise.all([first.app.get(ReminderService).run('schedule'), second.app.get(ReminderService).run('schedule')]);
      const rows = await first.dataSource.query<{ user_id: string; n: number }[]>(`SELECT user_id, count(*)::int AS n FROM notification GROUP BY user_id`);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((row) => row.n === 1)).toBe(true);
      expect(a.sent + b.sent).toBe(rows.length);
    } finally {
      await second.close();
      await first.close();
    }
  });
});
