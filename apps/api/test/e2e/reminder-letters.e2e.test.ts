import mammoth from 'mammoth';
import request from 'supertest';
import type { NotificationListResponse, ReminderLetterDto, ReportResponse } from '@cchc/domain';
import { agencyId, createUser, loginAs } from '../factories/user.factory.js';
import { fullReportContent, periodId } from '../factories/report.factory.js';
import { binary } from '../support/binary-body.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const SIGNER = { mode: 'KT.' as const, onBehalfOf: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn An' };

/**
 * Home Affairs' reminder letter of the 9-month period of 2020 (deadline 20/09/2020), two days after
 * it: STP has a draft, TPQN nothing, SNgV has submitted.
 */
describe('Reminder letters over HTTP', () => {
  let t: TestApp;
  const token: Record<string, string> = {};
  const id: Record<string, string> = {};
  let draft: ReportResponse;
  let letter: ReminderLetterDto;

  const as = (who: string) => ({
    get: (url: string) => request(t.http).get(url).set('authorization', `Bearer ${token[who]}`),
    post: (url: string, body: object = {}) => request(t.http).post(url).set('authorization', `Bearer ${token[who]}`).send(body),
  });
  const body = (overrides: object = {}) => ({ periodId: id.m9, agencyIds: [id.STP, id.TPQN], number: '152', issuedOn: '2020-09-22', signer: SIGNER, replyBy: '2020-09-25', ...overrides });

  beforeAll(async () => {
    t = await createTestApp({ now: () => new Date('2020-09-22T02:00:00Z') });
    for (const code of ['STP', 'SNgV', 'TPQN', 'UBND']) id[code] = await agencyId(t, code);
    id.m9 = await periodId(t, 2020, 'M9');
    const users = {
      reporter: await createUser(t, { role: 'reporter', agencyId: id.STP }),
      approver: await createUser(t, { role: 'approver', agencyId: id.STP }),
      cityReporter: await createUser(t, { role: 'reporter', agencyId: id.TPQN }),
      sngvReporter: await createUser(t, { role: 'reporter', agencyId: id.SNgV }),
      sngvApprover: await createUser(t, { role: 'approver', agencyId: id.SNgV }),
      reviewer: await createUser(t, { role: 'reviewer' }),
      admin: await createUser(t, { role: 'admin' }),
    };
    for (const [name, user] of Object.entries(users)) token[name] = await loginAs(t, user);
    draft = (await as('reporter').post('/api/reports', { agencyId: id.STP, periodId: id.m9, content: fullReportContent('STP', 2020, 'M9') }).expect(201)).body as ReportResponse;
    const sent = (await as('sngvReporter').post('/api/reports', { agencyId: id.SNgV, periodId: id.m9, content: fullReportContent('SNgV', 2020, 'M9') }).expect(201)).body as ReportResponse;
    await as('sngvApprover')
      .post(`/api/reports/${sent.id}/submit`, { version: sent.version, signing: { mode: 'KT.', onBehalfOf: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'B' } })
      .expect(200);
    await t.dataSource.query(`DELETE FROM notification`);
  }, 60_000);

  afterAll(async () => {
    await t.close();
  });

  it('is written by Home Affairs reviewers only; administrators read; agencies get 403', async () => {
    await request(t.http).post('/api/reminder-letters').send(body()).expect(401);
    await request(t.http).get('/api/reminder-letters').expect(401);
    for (const who of ['reporter', 'approver', 'admin']) await as(who).post('/api/reminder-letters', body()).expect(403);
    for (const who of ['reporter', 'approver', 'sngvReporter']) await as(who).get('/api/reminder-letters').expect(403);
    expect((await as('admin').get('/api/reminder-letters').expect(200)).body).toEqual([]);
  });

  it('refuses bad input with the fields at fault', async () => {
    for (const [overrides, paths] of [
      [{ number: 'abc' }, ['body.number']],
      [{ issuedOn: '22/09/2020' }, ['body.issuedOn']],
      [{ replyBy: '2020-09-21' }, ['body.replyBy']],
      [{ agencyIds: [] }, ['body.agencyIds']],
      [{ agencyIds: [id.STP, id.STP] }, ['body.agencyIds']],
      [{ signer: { ...SIGNER, onBehalfOf: null } }, ['body.signer.onBehalfOf']],
      [{ periodId: '00000000-0000-4000-8000-000000000099' }, ['body.periodId']],
      // SNgV has submitted; the province itself never reports; an unknown agency.
      [{ agencyIds: [id.STP, id.SNgV, id.UBND, '00000000-0000-4000-8000-000000000099'] }, ['body.agencyIds.1', 'body.agencyIds.2', 'body.agencyIds.3']],
    ] as const) {
      const response = await as('reviewer').post('/api/reminder-letters', body(overrides)).expect(400);
      expect({ overrides, code: response.body.code, paths: (response.body.details as { path: string }[]).map((d) => d.path) }).toEqual({ overrides, code: 'VALIDATION_FAILED', paths });
    }
    expect((await as('admin').get('/api/reminder-letters').expect(200)).body).toEqual([]);
    expect((await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM notification`))[0]!.n).toBe(0);
  });

  it("issues the letter: each reminded agency's users are notified, linking to their report when there is one", async () => {
    letter = (await as('reviewer').post('/api/reminder-letters', body()).expect(201)).body as ReminderLetterDto;
    expect(letter).toMatchObject({
      periodId: id.m9,
      symbol: '152/SNV-CCHC',
      number: '152',
      issuedOn: '2020-09-22',
      agencies: [
        { id: id.STP, code: 'STP', name: { vi: 'Sở Tư pháp' } },
        { id: id.TPQN, code: 'TPQN', name: { vi: 'UBND thành phố Quảng Ngãi' } },
      ],
      notified: 3,
    });
    const notified = async (who: string) => ((await as(who).get('/api/notifications').expect(200)).body as NotificationListResponse).items;
    for (const who of ['reporter', 'approver']) {
      expect(await notified(who)).toMatchObject([{ kind: 'REMINDER_LETTER', reportId: draft.id, agency: { code: 'STP' }, details: { letter: { id: letter.id, symbol: '152/SNV-CCHC', issuedOn: '2020-09-22' } } }]);
    }
    expect(await notified('cityReporter')).toMatchObject([{ kind: 'REMINDER_LETTER', reportId: null, agency: { code: 'TPQN' }, period: { id: id.m9 } }]);
    for (const who of ['sngvReporter', 'sngvApprover', 'reviewer', 'admin']) expect(await notified(who)).toEqual([]);
    const log = (await as('admin').get('/api/admin/audit?entityType=letter').expect(200)).body as { items?: unknown[] } | unknown[];
    expect(Array.isArray(log) ? log : log.items).toMatchObject([{ entityId: letter.id, action: 'CREATE', after: { symbol: '152/SNV-CCHC', notified: 3 } }]);
    expect((await as('admin').get(`/api/reminder-letters?periodId=${id.m9}`).expect(200)).body).toEqual([letter]);
  });

  it("refuses a number already given to another letter that year (Home Affairs' register)", async () => {
    const taken = await as('reviewer').post('/api/reminder-letters', body({ agencyIds: [id.TPQN] })).expect(409);
    expect(taken.body).toMatchObject({ code: 'REMINDER_LETTER_NUMBER_TAKEN', details: [{ path: 'body.number' }] });
    expect((await as('reviewer').get('/api/reminder-letters').expect(200)).body).toHaveLength(1);
  });

  it('downloads as a Word document in the layout of an official letter', async () => {
    await as('reporter').get(`/api/reminder-letters/${letter.id}/document`).expect(403);
    await as('reviewer').get('/api/reminder-letters/00000000-0000-4000-8000-000000000099/document').expect(404);
    const response = await as('admin').get(`/api/reminder-letters/${letter.id}/document`).buffer(true).parse(binary).expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document/);
    expect(response.headers['content-disposition']).toBe('attachment; filename="CV-152-SNV-CCHC-don-doc-bao-cao.docx"');
    const text = (await mammoth.extractRawText({ buffer: response.body as Buffer })).value;
    for (const part of [
      'UBND TỈNH QUẢNG NGÃI',
      'SỞ NỘI VỤ',
      'Số: 152/SNV-CCHC',
      'V/v đôn đốc gửi báo cáo cải cách hành chính 9 tháng đầu năm 2020',
      'Quảng Ngãi, ngày 22 tháng 9 năm 2020',
      'Kính gửi:',
      '- Sở Tư pháp;',
      '- UBND thành phố Quảng Ngãi.',
      'trước ngày 20/09/2020',
      'trước ngày 25/09/2020',
      'KT. GIÁM ĐỐC',
      'Nguyễn Văn An',
      '- Lưu: VT, CCHC.',
    ]) {
      expect(text).toContain(part);
    }
  });
});
