import request from 'supertest';
import type { NotificationListResponse, ReportResponse } from '@cchc/domain';
import { NotificationMailer } from '../../src/modules/notifications/notification-mailer.js';
import { agencyId, createUser, loginAs } from '../factories/user.factory.js';
import { fullReportContent, periodId } from '../factories/report.factory.js';
import { CaptureLogger } from '../support/capture-logger.js';
import { TestMailServer } from '../support/mail-server.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const SIGNING = { mode: 'KT.' as const, onBehalfOf: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn Thành' };

/**
 * Notifications by e-mail through a local SMTP server started here (never a real one): who gets a
 * message, what it says, and that a mail server down loses nothing.
 */
describe('Notifications by e-mail', () => {
  let t: TestApp;
  const mail = new TestMailServer();
  const logger = new CaptureLogger();
  const token: Record<string, string> = {};
  let stp: string;

  const as = (who: string) => ({
    get: (url: string) => request(t.http).get(url).set('authorization', `Bearer ${token[who]}`),
    post: (url: string, body: object = {}) => request(t.http).post(url).set('authorization', `Bearer ${token[who]}`).send(body),
    put: (url: string, body: object) => request(t.http).put(url).set('authorization', `Bearer ${token[who]}`).send(body),
  });
  const choose = async (who: string, email: string | null, emailKinds: string[]): Promise<void> => {
    const { version } = (await as(who).get('/api/account/notifications').expect(200)).body as { version: number };
    await as(who).put('/api/account/notifications', { email, emailKinds, version }).expect(200);
  };
  /** A report of STP for the period, drafted and submitted by the agency. */
  const submitted = async (year: number): Promise<ReportResponse> => {
    const created = (await as('reporter').post('/api/reports', { agencyId: stp, periodId: await periodId(t, year, 'M9'), content: fullReportContent('STP', year, 'M9') }).expect(201))
      .body as ReportResponse;
    return (await as('approver').post(`/api/reports/${created.id}/submit`, { version: created.version, signing: SIGNING }).expect(200)).body as ReportResponse;
  };

  beforeAll(async () => {
    await mail.start();
    t = await createTestApp({
      now: () => new Date('2021-09-18T03:00:00Z'),
      logger,
      config: { mail: { smtpUrl: mail.url, from: '"Sở Nội vụ" <cchc@example.org>', retryDelaysMs: [10, 10] }, publicUrl: 'https://cchc.example.org' },
    });
    stp = await agencyId(t, 'STP');
    const users = {
      reporter: await createUser(t, { role: 'reporter', agencyId: stp, displayName: 'Trần Thị Bình' }),
      approver: await createUser(t, { role: 'approver', agencyId: stp }),
      silentReporter: await createUser(t, { role: 'reporter', agencyId: stp }),
      otherReporter: await createUser(t, { role: 'reporter', agencyId: await agencyId(t, 'SNgV') }),
      reviewer: await createUser(t, { role: 'reviewer' }),
    };
    for (const [name, user] of Object.entries(users)) token[name] = await loginAs(t, user);
    await choose('reporter', 'binh.tt@example.org', ['RETURNED', 'ACCEPTED']);
    // The approver has an address but does not want acceptances by e-mail; the silent reporter has no address.
    await choose('approver', 'giamdoc.stp@example.org', ['RETURNED']);
    await choose('otherReporter', 'sngv@example.org', ['RETURNED', 'ACCEPTED']);
  }, 60_000);

  afterAll(async () => {
    await t.close();
    await mail.stop();
  });

  it('sends one message per agency user who asked for an acceptance, in Vietnamese, with the link to the report', async () => {
    const report = await submitted(2020);
    await as('reviewer').post(`/api/reports/${report.id}/accept`, { version: report.version }).expect(200);
    const [message] = await mail.waitFor(1);
    // Nothing more is on its way: the approver did not choose acceptances, the silent reporter has no address.
    await t.app.get(NotificationMailer).sendDue();
    expect(mail.received).toHaveLength(1);
    expect(message!.to).toEqual(['binh.tt@example.org']);
    expect(message!.from).toBe('cchc@example.org');
    expect(message!.parsed.subject).toBe('[CCHC] Sở Nội vụ đã tiếp nhận báo cáo 9 tháng đầu năm 2020 của Sở Tư pháp');
    const text = message!.parsed.text ?? '';
    expect(text).toContain('Kính gửi: Trần Thị Bình,');
    expect(text).toContain('Báo cáo đã được tiếp nhận và đưa vào tổng hợp của tỉnh.');
    expect(text).toContain(`Xem chi tiết: https://cchc.example.org/reports/${report.id}`);
    expect(text).toContain('Chọn loại thông báo nhận qua thư điện tử: https://cchc.example.org/notifications');
    expect(message!.parsed.headers.get('content-type')).toMatchObject({ value: 'text/plain', params: { charset: 'utf-8' } });
    // The in-app notifications exist for every agency user, mail or not.
    for (const who of ['reporter', 'approver', 'silentReporter']) {
      expect(((await as(who).get('/api/notifications').expect(200)).body as NotificationListResponse).items.map((n) => n.kind)).toEqual(['ACCEPTED']);
    }
  });

  it('keeps the in-app notification when the mail server is down, and sends the e-mail when it is back', async () => {
    const report = await submitted(2021);
    const before = mail.received.length;
    await mail.stop();
    await as('reviewer')
      .post(`/api/reports/${report.id}/return`, { version: report.version, reasons: [{ message: 'Bổ sung số liệu hồ sơ trực tuyến.' }] })
      .expect(200);
    // The return and its notifications stand whatever happens to the mail.
    for (const who of ['reporter', 'approver']) {
      expect(((await as(who).get('/api/notifications?unreadOnly=true').expect(200)).body as NotificationListResponse).items[0]).toMatchObject({ kind: 'RETURNED', reportId: report.id });
    }
    const mailer = t.app.get(NotificationMailer);
    // Wait for the first attempt (started when the return committed) to fail.
    const until = Date.now() + 10_000;
    let queued: { status: string; attempts: number; last_error: string | null }[] = [];
    while (Date.now() < until) {
      queued = await t.dataSource.query(`SELECT status, attempts, last_error FROM notification_email WHERE subject LIKE '%trả lại%' ORDER BY recipient`);
      if (queued.length === 2 && queued.every((row) => row.attempts >= 1 && row.last_error)) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(queued.map((row) => ({ status: row.status, attempts: row.attempts, failed: row.last_error !== null }))).toEqual([
      { status: 'PENDING', attempts: 1, failed: true },
      { status: 'PENDING', attempts: 1, failed: true },
    ]);
    expect(logger.at('warn').some((line) => /failed \(attempt 1\), retried in/.test(line.text))).toBe(true);

    await mail.start();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await mailer.sendDue();
    const received = await mail.waitFor(before + 2);
    const returned = received.slice(before);
    expect(returned.map((m) => m.to[0]).sort()).toEqual(['binh.tt@example.org', 'giamdoc.stp@example.org']);
    for (const message of returned) {
      expect(message.parsed.subject).toBe('[CCHC] Báo cáo 9 tháng đầu năm 2021 của Sở Tư pháp bị trả lại để chỉnh sửa');
      expect(message.parsed.text).toContain('- Bổ sung số liệu hồ sơ trực tuyến.');
    }
    const sent = await t.dataSource.query<{ status: string; attempts: number; last_error: string | null }[]>(
      `SELECT status, attempts, last_error FROM notification_email WHERE subject LIKE '%trả lại%'`,
    );
    expect(sent.map((row) => ({ status: row.status, attempts: row.attempts, error: row.last_error }))).toEqual([
      { status: 'SENT', attempts: 2, error: null },
      { status: 'SENT', attempts: 2, error: null },
    ]);
  });

  it('gives a message up after its last retry, and says so in the log', async () => {
    await mail.stop();
    const report = (await as('reporter').get('/api/reports?year=2020').expect(200)).body as { items: { id: string }[] };
    expect(report.items).toHaveLength(1);
    // A notification queued by hand for the one address that asked, through the app's own notify.
    const [notification] = await t.dataSource.query<{ id: string }[]>(`SELECT id FROM notification ORDER BY created_at LIMIT 1`);
    await t.dataSource.query(`INSERT INTO notification_email (notification_id, recipient, subject, body) VALUES ($1, 'binh.tt@example.org', 'Thử', 'Thử')`, [notification!.id]);
    const mailer = t.app.get(NotificationMailer);
    for (let attempt = 0; attempt < 3; attempt++) {
      await mailer.sendDue();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const [row] = await t.dataSource.query<{ status: string; attempts: number }[]>(`SELECT status, attempts FROM notification_email WHERE subject = 'Thử'`);
    expect(row).toEqual({ status: 'FAILED', attempts: 3 });
    expect(logger.at('error').some((line) => /given up after 3 attempts/.test(line.text))).toBe(true);
    await mail.start();
  });
});
