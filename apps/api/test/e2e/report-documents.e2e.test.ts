import request from 'supertest';
import { SNGV_M9_2020_REPORT, type AuditEntryDto, type ReportResponse, type ReportSubmissionDto } from '@cchc/domain';
import mammoth from 'mammoth';
import type { AuthUser } from '../../src/common/auth/auth-user.js';
import { ReportService } from '../../src/modules/reports/report.service.js';
import { agencyId, createUser, loginAs } from '../factories/user.factory.js';
import { fullReportContent, periodId, reportContent } from '../factories/report.factory.js';
import { documentRendering } from '../support/libreoffice.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { binary } from '../support/binary-body.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const textOf = async (docx: Buffer): Promise<string> => (await mammoth.extractRawText({ buffer: docx })).value;

/** Where each expected text first appears after the previous one; the ones missing or out of order. */
function missingInOrder(text: string, expected: string[]): string[] {
  let from = 0;
  return expected.filter((part) => {
    const at = text.indexOf(part, from);
    if (at < 0) return true;
    from = at + part.length;
    return false;
  });
}

describe('Reports as official documents, and their registration', () => {
  let t: TestApp;
  const clock = { now: new Date('2021-03-18T03:00:00Z') };
  const auth = {} as Record<'reviewer' | 'admin' | 'sngv' | 'sngvApprover' | 'stp' | 'stpApprover', Record<string, string>>;
  let seedId: string;
  let stpAgency: string;

  beforeAll(async () => {
    t = await createTestApp({ now: () => clock.now, config: { sofficePath: 'none' } });
    const sngv = await agencyId(t, 'SNgV');
    stpAgency = await agencyId(t, 'STP');
    const users = {
      reviewer: await createUser(t, { role: 'reviewer', agencyId: null }),
      admin: await createUser(t, { role: 'admin', agencyId: null }),
      sngv: await createUser(t, { role: 'reporter', agencyId: sngv }),
      sngvApprover: await createUser(t, { role: 'approver', agencyId: sngv }),
      stp: await createUser(t, { role: 'reporter', agencyId: stpAgency }),
      stpApprover: await createUser(t, { role: 'approver', agencyId: stpAgency }),
    };
    for (const [name, user] of Object.entries(users)) auth[name as keyof typeof auth] = { authorization: `Bearer ${await loginAs(t, user)}` };

    // The seed report as the demo enters it: sent on 18/09/2020 without a number, as the original.
    const reports = t.app.get(ReportService);
    const approver: AuthUser = { id: users.sngvApprover.id, username: users.sngvApprover.username, role: 'approver', agencyId: sngv };
    clock.now = new Date('2020-09-15T01:30:00Z');
    const draft = await reports.create(approver, { agencyId: sngv, periodId: await periodId(t, 2020, 'M9'), content: SNGV_M9_2020_REPORT });
    clock.now = new Date('2020-09-18T03:00:00Z');
    await reports.recordHistoricalSubmission(approver, draft.id, { version: draft.version });
    seedId = draft.id;
    clock.now = new Date('2021-03-18T03:00:00Z');
  }, 60_000);

  afterAll(async () => {
    await t.close();
  });

  const download = (path: string, headers: Record<string, string>): request.Test => request(t.http).get(path).set(headers).buffer(true).parse(binary);

  it('gives the reviewer the seed report as a Word document with every part in the order of the original', async () => {
    const res = await download(`/api/reports/${seedId}/document.docx`, auth.reviewer).expect(200);
    expect(res.headers['content-type']).toBe(DOCX);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="BC-SNgV_M9-2020.docx"; filename*=UTF-8''BC-SNgV_M9-2020.docx`);
    expect(res.headers['cache-control']).toBe('private, no-store');
    const text = await textOf(res.body as Buffer);
    const expected = [
      'UBND TỈNH QUẢNG NGÃI',
      'SỞ NGOẠI VỤ',
      'Số:',
      'BC-SNgV',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Quảng Ngãi, ngày    tháng 9 năm 2020',
      'BÁO CÁO',
      '9 tháng đầu năm 2020',
      ...SNGV_M9_2020_REPORT.sections.map((s) => s.heading),
      'Nơi nhận:',
      'Lưu: VT',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      'Nguyễn Văn Thành',
    ];
    expect(missingInOrder(text, expected)).toEqual([]);
    // The documents the agency issued, where its narrative cites them, before the recipients.
    expect(missingInOrder(text, ['565/KH-SNgV', '323/SNgV-VP', '23/QĐ-SNgV', 'Nơi nhận:'])).toEqual([]);
    expect(text).not.toContain('DỰ THẢO');
  });

  it("answers another agency's users 404 on every document route, as for an unknown report", async () => {
    for (const path of [`/api/reports/${seedId}/document.docx`, `/api/reports/${seedId}/document.pdf`, `/api/reports/${seedId}/submissions/1/document.docx`, `/api/reports/${seedId}/submissions/1/document.pdf`]) {
      for (const who of ['stp', 'stpApprover'] as const) {
        const res = await request(t.http).get(path).set(auth[who]);
        expect([path, who, res.status, res.body]).toEqual([path, who, 404, { code: 'NOT_FOUND', message: 'No such report.' }]);
      }
    }
    await request(t.http).get(`/api/reports/${seedId}/document.docx`).expect(401);
  });

  it('gives the reviewer and the agency the same bytes for one snapshot, whenever they ask', async () => {
    const asReviewer = (await download(`/api/reports/${seedId}/submissions/1/document.docx`, auth.reviewer).expect(200)).body as Buffer;
    clock.now = new Date('2021-03-19T05:00:00Z');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const asAgency = (await download(`/api/reports/${seedId}/submissions/1/document.docx`, auth.sngv).expect(200)).body as Buffer;
    const asAdmin = (await download(`/api/reports/${seedId}/submissions/1/document.docx`, auth.admin).expect(200)).body as Buffer;
    clock.now = new Date('2021-03-18T03:00:00Z');
    expect(asAgency.equals(asReviewer)).toBe(true);
    expect(asAdmin.equals(asReviewer)).toBe(true);
    expect((await download(`/api/reports/${seedId}/submissions/2/document.docx`, auth.reviewer).expect(404)).status).toBe(404);
    const bad = await request(t.http).get(`/api/reports/${seedId}/submissions/0/document.docx`).set(auth.reviewer).expect(400);
    expect(bad.body.details).toEqual([{ path: 'param.sequence', message: 'A whole number from 1' }]);
  });

  it('numbers and dates a report submitted with its registration, with the padding rule', async () => {
    const q1 = await periodId(t, 2021, 'Q1');
    const created = await request(t.http).post('/api/reports').set(auth.stp).send({ agencyId: stpAgency, periodId: q1, content: fullReportContent('STP', 2021, 'Q1') }).expect(201);
    const draftDoc = await download(`/api/reports/${created.body.id}/document.docx`, auth.stp).expect(200);
    expect(draftDoc.headers['content-disposition']).toContain('filename="BC-STP_Q1-2021_du-thao.docx"');
    expect((await textOf(draftDoc.body as Buffer)).trimStart().startsWith('DỰ THẢO')).toBe(true);

    const submitted = await request(t.http)
      .post(`/api/reports/${created.body.id}/submit`)
      .set(auth.stpApprover)
      .send({ version: created.body.version, registration: { number: '41', issuedOn: '2021-03-12' } })
      .expect(200);
    expect(submitted.body.content.symbol.number).toBe('41');
    expect(submitted.body.content.signedOn).toBe('2021-03-12');
    const res = await download(`/api/reports/${created.body.id}/document.docx`, auth.reviewer).expect(200);
    expect(res.headers['content-disposition']).toContain('filename="41-BC-STP_Q1-2021.docx"');
    const text = await textOf(res.body as Buffer);
    expect(text).toContain('Số: 41/BC-STP');
    expect(text).toContain('Quảng Ngãi, ngày 12 tháng 3 năm 2021');
    expect(text).not.toContain('DỰ THẢO');
    const [submission] = (await request(t.http).get(`/api/reports/${created.body.id}/submissions`).set(auth.reviewer).expect(200)).body as ReportSubmissionDto[];
    expect(submission?.registration).toEqual({ number: '41', issuedOn: '2021-03-12' });
  });

  it('lets the agency add the registration after submission, audited, without reopening the content', async () => {
    const h1 = await periodId(t, 2021, 'H1');
    clock.now = new Date('2021-06-18T03:00:00Z');
    const created = await request(t.http).post('/api/reports').set(auth.stp).send({ agencyId: stpAgency, periodId: h1, content: reportContent('STP', 2021, 'H1') }).expect(201);
    const submitted = (await request(t.http).post(`/api/reports/${created.body.id}/submit`).set(auth.stpApprover).send({ version: created.body.version }).expect(200)).body as ReportResponse;
    const before = await textOf((await download(`/api/reports/${created.body.id}/submissions/1/document.docx`, auth.reviewer).expect(200)).body as Buffer);
    expect(before).toContain('Số:       /BC-STP');
    const path = `/api/reports/${created.body.id}/registration`;
    const registration = { number: '125', issuedOn: '2021-02-05' };

    // Refused: a reviewer, another agency, a stale version, a date after today or before the period.
    expect((await request(t.http).put(path).set(auth.reviewer).send({ version: submitted.version, registration }).expect(403)).body.code).toBe('FORBIDDEN');
    await request(t.http).put(path).set(auth.sngv).send({ version: submitted.version, registration }).expect(404);
    const stale = await request(t.http).put(path).set(auth.stp).send({ version: submitted.version - 1, registration }).expect(409);
    expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: submitted.version });
    const future = await request(t.http).put(path).set(auth.stp).send({ version: submitted.version, registration: { number: '125', issuedOn: '2021-06-19' } }).expect(400);
    expect(future.body.details).toEqual([{ path: 'body.registration.issuedOn', message: 'The date of issue is after today (2021-06-18).' }]);
    const early = await request(t.http).put(path).set(auth.stp).send({ version: submitted.version, registration: { number: '125', issuedOn: '2020-12-14' } }).expect(400);
    expect(early.body.details[0].path).toBe('body.registration.issuedOn');
    const malformed = await request(t.http).put(path).set(auth.stp).send({ version: submitted.version, registration: { number: '125/BC-STP', issuedOn: '2021-02-05' } }).expect(400);
    expect(malformed.body.details[0].path).toBe('body.registration.number');
    const unchanged = (await request(t.http).get(`/api/reports/${created.body.id}`).set(auth.stp).expect(200)).body as ReportResponse;
    expect(unchanged.version).toBe(submitted.version);
    expect(unchanged.content.symbol.number).toBeNull();

    const registered = (await request(t.http).put(path).set(auth.stp).send({ version: submitted.version, registration }).expect(200)).body as ReportResponse;
    expect(registered.status).toBe('SUBMITTED');
    expect(registered.version).toBe(submitted.version + 1);
    expect(registered.content).toEqual({ ...submitted.content, symbol: { ...submitted.content.symbol, number: '125' }, signedOn: '2021-02-05' });

    const audit = (await request(t.http).get(`/api/audit?reportId=${created.body.id}`).set(auth.reviewer).expect(200)).body as { items: AuditEntryDto[] } | AuditEntryDto[];
    const entries = Array.isArray(audit) ? audit : audit.items;
    const entry = entries.find((e) => e.action === 'REGISTER');
    expect(entry).toBeDefined();
    expect((entry?.before as { content: { symbol: { number: string | null } } }).content.symbol.number).toBeNull();
    expect((entry?.after as { content: { symbol: { number: string | null } } }).content.symbol.number).toBe('125');

    // What was sent is now the registered document; its content is the same.
    const after = await textOf((await download(`/api/reports/${created.body.id}/submissions/1/document.docx`, auth.stp).expect(200)).body as Buffer);
    expect(after).toContain('Số: 125/BC-STP');
    expect(after).toContain('Quảng Ngãi, ngày 05 tháng 02 năm 2021');
    const body = (text: string): string => text.slice(text.indexOf('BÁO CÁO'), text.indexOf('Phụ lục'));
    expect(body(after)).toBe(body(before));
    clock.now = new Date('2021-03-18T03:00:00Z');
  });

  it('refuses a date of issue that would put the report before a document it cites', async () => {
    const year = await periodId(t, 2021, 'YEAR');
    clock.now = new Date('2021-12-18T03:00:00Z');
    const content = reportContent('STP', 2021, 'YEAR', { preamble: 'Thực hiện Kế hoạch số 12/KH-UBND ngày 10/4/2021 của UBND tỉnh, Sở Tư pháp báo cáo như sau:' });
    const created = await request(t.http).post('/api/reports').set(auth.stp).send({ agencyId: stpAgency, periodId: year, content }).expect(201);
    const submitted = await request(t.http).post(`/api/reports/${created.body.id}/submit`).set(auth.stpApprover).send({ version: created.body.version }).expect(200);
    const res = await request(t.http)
      .put(`/api/reports/${created.body.id}/registration`)
      .set(auth.stp)
      .send({ version: submitted.body.version, registration: { number: '9', issuedOn: '2021-03-01' } })
      .expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details.map((d: { path: string }) => d.path)).toEqual(['body.registration.issuedOn']);
    await request(t.http)
      .put(`/api/reports/${created.body.id}/registration`)
      .set(auth.stp)
      .send({ version: submitted.body.version, registration: { number: '9', issuedOn: '2021-12-17' } })
      .expect(200);
    clock.now = new Date('2021-03-18T03:00:00Z');
  });

  it('refuses to register a draft: its number and date are entered in the editor or at submission', async () => {
    const m9 = await periodId(t, 2021, 'M9');
    const created = await request(t.http).post('/api/reports').set(auth.stp).send({ agencyId: stpAgency, periodId: m9, content: reportContent('STP', 2021, 'M9') }).expect(201);
    clock.now = new Date('2021-09-18T03:00:00Z');
    const res = await request(t.http).put(`/api/reports/${created.body.id}/registration`).set(auth.stp).send({ version: created.body.version, registration: { number: '3', issuedOn: '2021-09-10' } }).expect(409);
    expect(res.body.code).toBe('INVALID_TRANSITION');
    clock.now = new Date('2021-03-18T03:00:00Z');
  });

  it('says clearly that PDF is unavailable where LibreOffice is not installed, and which formats there are', async () => {
    const res = await request(t.http).get(`/api/reports/${seedId}/document.pdf`).set(auth.reviewer).expect(501);
    expect(res.body.code).toBe('PDF_UNAVAILABLE');
    expect(res.body.message).toMatch(/LibreOffice is not installed/);
    expect((await request(t.http).get('/api/documents/formats').set(auth.sngv).expect(200)).body).toEqual({ docx: true, pdf: false });
    await request(t.http).get('/api/documents/formats').expect(401);
  });
});

documentRendering()('Reports as PDF, where LibreOffice is installed', () => {
  let t: TestApp;
  let token: Record<string, string>;
  let reportId: string;

  beforeAll(async () => {
    t = await createTestApp({ now: () => new Date('2021-03-18T03:00:00Z'), config: { sofficePath: null } });
    const stp = await agencyId(t, 'STP');
    token = { authorization: `Bearer ${await loginAs(t, await createUser(t, { role: 'reporter', agencyId: stp }))}` };
    reportId = (await request(t.http).post('/api/reports').set(token).send({ agencyId: stp, periodId: await periodId(t, 2021, 'Q1'), content: reportContent('STP', 2021, 'Q1') }).expect(201)).body.id;
  });

  afterAll(async () => {
    await t.close();
  });

  it('converts the report to PDF and says PDF is available', async () => {
    const res = await request(t.http).get(`/api/reports/${reportId}/document.pdf`).set(token).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('filename="BC-STP_Q1-2021_du-thao.pdf"');
    expect((res.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await request(t.http).get('/api/documents/formats').set(token).expect(200)).body).toEqual({ docx: true, pdf: true });
  }, 120_000);
});
