import request from 'supertest';
import type { AdminAuditEntryDto, NotificationDto, NotificationListResponse, NotificationSettingsDto, ReportResponse } from '@cchc/domain';
import { agencyId, createUser, loginAs } from '../factories/user.factory.js';
import { fullReportContent, periodId } from '../factories/report.factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const SIGNING = { mode: 'KT.' as const, onBehalfOf: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn Thành' };

describe('Notifications over HTTP', () => {
  let t: TestApp;
  const token: Record<string, string> = {};
  let report: ReportResponse;

  const as = (who: string) => ({
    get: (url: string) => request(t.http).get(url).set('authorization', `Bearer ${token[who]}`),
    post: (url: string, body: object = {}) => request(t.http).post(url).set('authorization', `Bearer ${token[who]}`).send(body),
    put: (url: string, body: object) => request(t.http).put(url).set('authorization', `Bearer ${token[who]}`).send(body),
  });
  const inbox = async (who: string, query = ''): Promise<NotificationListResponse> => (await as(who).get(`/api/notifications${query}`).expect(200)).body as NotificationListResponse;
  const kinds = async (who: string): Promise<string[]> => (await inbox(who)).items.map((n) => n.kind);

  beforeAll(async () => {
    t = await createTestApp({ now: () => new Date('2020-09-18T03:00:00Z') });
    const stp = await agencyId(t, 'STP');
    const sngv = await agencyId(t, 'SNgV');
    const users = {
      reporter: await createUser(t, { role: 'reporter', agencyId: stp, displayName: 'Trần Thị Bình' }),
      approver: await createUser(t, { role: 'approver', agencyId: stp }),
      otherReporter: await createUser(t, { role: 'reporter', agencyId: sngv }),
      otherApprover: await createUser(t, { role: 'approver', agencyId: sngv }),
      reviewer: await createUser(t, { role: 'reviewer' }),
      secondReviewer: await createUser(t, { role: 'reviewer' }),
      admin: await createUser(t, { role: 'admin' }),
    };
    // An agency user no longer active receives nothing.
    const inactive = await createUser(t, { role: 'reporter', agencyId: stp });
    for (const [name, user] of Object.entries(users)) token[name] = await loginAs(t, user);
    await t.dataSource.query(`UPDATE app_user SET active = false WHERE id = $1`, [inactive.id]);
    report = (await as('reporter').post('/api/reports', { agencyId: stp, periodId: await periodId(t, 2020, 'M9'), content: fullReportContent('STP', 2020, 'M9') }).expect(201))
      .body as ReportResponse;
  });

  afterAll(async () => {
    await t.close();
  });

  it('starts empty for everyone, and answers only a signed-in user', async () => {
    for (const who of Object.keys(token)) expect(await inbox(who)).toEqual({ items: [], unread: 0, total: 0 });
    await request(t.http).get('/api/notifications').expect(401);
    await request(t.http).post('/api/notifications/read-all').expect(401);
  });

  it("tells the agency's approvers, and only them, when a reporter puts the draft before them for signature", async () => {
    // Only the agency's own reporters may; another agency's user does not learn the report exists.
    await as('approver').post(`/api/reports/${report.id}/request-signing`, { version: report.version }).expect(403);
    await as('reviewer').post(`/api/reports/${report.id}/request-signing`, { version: report.version }).expect(403);
    await as('admin').post(`/api/reports/${report.id}/request-signing`, { version: report.version }).expect(403);
    await request(t.http).post(`/api/reports/${report.id}/request-signing`).send({ version: report.version }).expect(401);
    await as('otherReporter').post(`/api/reports/${report.id}/request-signing`, { version: report.version }).expect(404);
    await as('reporter').post(`/api/reports/${report.id}/request-signing`, { version: report.version + 1 }).expect(409);
    expect(await kinds('approver')).toEqual([]);

    report = (await as('reporter').post(`/api/reports/${report.id}/request-signing`, { version: report.version }).expect(200)).body as ReportResponse;
    expect(report.signatureRequestedAt).toBe('2020-09-18T03:00:00.000Z');
    const approvers = await inbox('approver');
    expect(approvers.unread).toBe(1);
    // Who is signed in says the bell's count too, so the first view needs no request for it.
    expect((await as('approver').get('/api/me').expect(200)).body).toMatchObject({ unreadNotifications: 1 });
    expect((await as('reporter').get('/api/me').expect(200)).body).toMatchObject({ unreadNotifications: 0 });
    expect(approvers.items[0]).toMatchObject({
      kind: 'READY_FOR_SIGNATURE',
      reportId: report.id,
      readAt: null,
      agency: { code: 'STP' },
      period: { year: 2020, kind: 'M9', deadline: '2020-09-20' },
      details: { actor: 'Trần Thị Bình' },
    });
    for (const who of ['reporter', 'otherReporter', 'otherApprover', 'reviewer', 'admin']) expect(await kinds(who)).toEqual([]);
    // The audit log has the step.
    const audit = (await as('reviewer').get(`/api/audit?reportId=${report.id}`).expect(200)).body as { action: string }[];
    expect(audit.map((entry) => entry.action)).toContain('REQUEST_SIGNING');
  });

  it('tells every reviewer when the approver submits, and clears the request for signature', async () => {
    report = (await as('approver').post(`/api/reports/${report.id}/submit`, { version: report.version, signing: SIGNING }).expect(200)).body as ReportResponse;
    expect(report.signatureRequestedAt).toBeNull();
    for (const who of ['reviewer', 'secondReviewer']) expect(await kinds(who)).toEqual(['SUBMITTED']);
    expect(await kinds('reporter')).toEqual([]);
    // A submitted report is no longer put before the approver.
    const late = await as('reporter').post(`/api/reports/${report.id}/request-signing`, { version: report.version }).expect(409);
    expect(late.body.code).toBe('INVALID_TRANSITION');
    expect(await kinds('otherApprover')).toEqual([]);
  });

  it("gives each of the agency's users one unread notification of a return, with its reasons, and none to another agency", async () => {
    // A stale return is refused and notifies nobody: the notification is in the return's transaction.
    await as('reviewer').post(`/api/reports/${report.id}/return`, { version: report.version - 1, reasons: [{ message: 'Cũ' }] }).expect(409);
    expect(await kinds('reporter')).toEqual([]);

    const reasons = [{ path: 'dossier.receivedOnline', message: 'Đề nghị kiểm tra lại số hồ sơ trực tuyến.' }, { message: 'Bổ sung kế hoạch năm.' }];
    report = (await as('reviewer').post(`/api/reports/${report.id}/return`, { version: report.version, reasons }).expect(200)).body as ReportResponse;
    for (const who of ['reporter', 'approver']) {
      const list = await inbox(who, '?unreadOnly=true');
      const returned = list.items.filter((n) => n.kind === 'RETURNED');
      expect(returned).toHaveLength(1);
      expect(returned[0]).toMatchObject({
        reportId: report.id,
        readAt: null,
        agency: { code: 'STP' },
        details: { reasons: [{ path: 'dossier.receivedOnline', message: 'Đề nghị kiểm tra lại số hồ sơ trực tuyến.' }, { path: null, message: 'Bổ sung kế hoạch năm.' }] },
      });
    }
    expect(await inbox('otherReporter')).toEqual({ items: [], unread: 0, total: 0 });
    expect(await inbox('otherApprover')).toEqual({ items: [], unread: 0, total: 0 });
    expect(await kinds('reviewer')).toEqual(['SUBMITTED']);
    const inactive = await t.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM notification n JOIN app_user u ON u.id = n.user_id WHERE NOT u.active`,
    );
    expect(inactive[0]!.count).toBe(0);
  });

  it('marks one read for its recipient alone; another user cannot, nor learn it exists', async () => {
    const mine = (await inbox('reporter')).items[0]!;
    await as('approver').post(`/api/notifications/${mine.id}/read`).expect(404);
    await as('otherReporter').post(`/api/notifications/${mine.id}/read`).expect(404);
    await as('reporter').post('/api/notifications/not-a-uuid/read').expect(400);
    const read = (await as('reporter').post(`/api/notifications/${mine.id}/read`).expect(200)).body as NotificationDto;
    expect(read).toMatchObject({ id: mine.id, readAt: '2020-09-18T03:00:00.000Z' });
    // Reading it again keeps the first moment.
    expect((await as('reporter').post(`/api/notifications/${mine.id}/read`).expect(200)).body).toEqual(read);
    expect((await inbox('reporter')).unread).toBe(0);
    expect(await inbox('reporter', '?unreadOnly=true')).toEqual({ items: [], unread: 0, total: 0 });
    // The approver's own copy stays unread.
    expect((await inbox('approver')).unread).toBe(2);
  });

  it('marks all read at once, and pages the list newest first', async () => {
    report = (await as('approver').post(`/api/reports/${report.id}/submit`, { version: report.version, signing: SIGNING }).expect(200)).body as ReportResponse;
    report = (await as('reviewer').post(`/api/reports/${report.id}/accept`, { version: report.version }).expect(200)).body as ReportResponse;
    expect(await kinds('approver')).toEqual(['ACCEPTED', 'RETURNED', 'READY_FOR_SIGNATURE']);
    const page = await inbox('approver', '?limit=2&offset=1');
    expect({ kinds: page.items.map((n) => n.kind), total: page.total, unread: page.unread }).toEqual({ kinds: ['RETURNED', 'READY_FOR_SIGNATURE'], total: 3, unread: 3 });
    expect((await as('approver').post('/api/notifications/read-all').expect(200)).body).toEqual({ marked: 3, unread: 0 });
    expect((await as('approver').post('/api/notifications/read-all').expect(200)).body).toEqual({ marked: 0, unread: 0 });
    expect((await inbox('approver')).items.every((n) => n.readAt !== null)).toBe(true);
    // The reporter's are theirs: still one unread (ACCEPTED).
    expect((await inbox('reporter')).unread).toBe(1);
  });

  it('refuses a bad query with its field', async () => {
    for (const [query, path] of [
      ['?limit=0', 'query.limit'],
      ['?limit=101', 'query.limit'],
      ['?offset=-1', 'query.offset'],
      ['?unreadOnly=yes', 'query.unreadOnly'],
      ['?other=1', 'query'],
    ] as const) {
      const response = await as('reporter').get(`/api/notifications${query}`).expect(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect((response.body.details as { path: string }[]).map((d) => d.path)).toContain(path);
    }
  });

  it("keeps each user's e-mail address and choices, checked, versioned and in the administration log", async () => {
    const settings = (await as('reporter').get('/api/account/notifications').expect(200)).body as NotificationSettingsDto;
    expect(settings).toEqual({
      email: null,
      emailKinds: ['RETURNED', 'ACCEPTED', 'DEADLINE_SOON', 'DEADLINE_PASSED', 'REMINDER_LETTER'],
      availableKinds: ['RETURNED', 'ACCEPTED', 'DEADLINE_SOON', 'DEADLINE_PASSED', 'REMINDER_LETTER'],
      emailEnabled: false,
      version: settings.version,
    });
    expect(((await as('reviewer').get('/api/account/notifications').expect(200)).body as NotificationSettingsDto).availableKinds).toEqual(['SUBMITTED', 'OVERDUE_LIST']);

    const bad = await as('reporter').put('/api/account/notifications', { email: 'not an address', emailKinds: ['SUBMITTED'], version: settings.version }).expect(400);
    expect((bad.body.details as { path: string }[]).map((d) => d.path)).toEqual(['body.email']);
    const unavailable = await as('reporter').put('/api/account/notifications', { email: 'stp.cv@example.org', emailKinds: ['RETURNED', 'SUBMITTED'], version: settings.version }).expect(400);
    expect((unavailable.body.details as { path: string }[]).map((d) => d.path)).toEqual(['body.emailKinds.1']);
    await as('reporter').put('/api/account/notifications', { email: 'stp.cv@example.org', emailKinds: ['RETURNED'], version: settings.version + 1 }).expect(409);

    const saved = (await as('reporter').put('/api/account/notifications', { email: ' stp.cv@example.org ', emailKinds: ['RETURNED'], version: settings.version }).expect(200))
      .body as NotificationSettingsDto;
    expect(saved).toMatchObject({ email: 'stp.cv@example.org', emailKinds: ['RETURNED'], version: settings.version + 1 });
    const cleared = (await as('reporter').put('/api/account/notifications', { email: '', emailKinds: [], version: saved.version }).expect(200)).body as NotificationSettingsDto;
    expect(cleared).toMatchObject({ email: null, emailKinds: [] });

    const log = (await as('admin').get(`/api/admin/audit?entityType=user`).expect(200)).body as { items: AdminAuditEntryDto[] } | AdminAuditEntryDto[];
    const entries = (Array.isArray(log) ? log : log.items).filter((entry) => entry.action === 'UPDATE' && (entry.after as { email?: string } | null)?.email !== undefined);
    expect(entries.map((entry) => entry.after)).toEqual([
      { email: null, emailKinds: [] },
      { email: 'stp.cv@example.org', emailKinds: ['RETURNED'] },
    ]);
  });
});
