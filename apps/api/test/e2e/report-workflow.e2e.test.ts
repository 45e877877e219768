import request from 'supertest';
import type { AuditEntryDto, DashboardDossierResponse, DashboardStatusResponse, ReportResponse } from '@cchc/domain';
import { agencyId, signedInTeam } from '../factories/user.factory.js';
import { fullReportContent, periodId, reportContent } from '../factories/report.factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const SIGNING = { mode: 'KT.' as const, onBehalfOf: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn Thành' };

describe('Report workflow over HTTP', () => {
  let t: TestApp;
  let reporter: string;
  let approver: string;
  let reviewer: string;

  const as = (token: string) => ({
    get: (url: string) => request(t.http).get(url).set('authorization', `Bearer ${token}`),
    post: (url: string, body: object) => request(t.http).post(url).set('authorization', `Bearer ${token}`).send(body),
    patch: (url: string, body: object) => request(t.http).patch(url).set('authorization', `Bearer ${token}`).send(body),
    put: (url: string, body: object) => request(t.http).put(url).set('authorization', `Bearer ${token}`).send(body),
  });

  /** The STP cell of the 9-month 2020 column of the status board, and that column's reporting. */
  const board = async () => {
    const status = (await as(reviewer).get('/api/dashboard/status?year=2020&kind=M9').expect(200)).body as DashboardStatusResponse;
    const row = status.rows.find((r) => r.agency.code === 'STP')!;
    return { cell: row.cells[0]!, reporting: status.periods[0]!.reporting };
  };
  /** The agency's dossier point in the dashboard's dossier chart (9 months of 2020). */
  const dossierPoint = async () => {
    const dossier = (await as(reviewer).get('/api/dashboard/dossier?year=2020&kind=M9').expect(200)).body as DashboardDossierResponse;
    return dossier.agencies.find((a) => a.agency.code === 'STP')?.points[0];
  };

  beforeAll(async () => {
    // Submitting on 18/09/2020 is on time for the 9-month period (deadline 20/09/2020).
    t = await createTestApp({ now: () => new Date('2020-09-18T03:00:00Z') });
    ({ reporter, approver, reviewer } = await signedInTeam(t, 'STP'));
  });

  afterAll(async () => {
    await t.close();
  });

  it('takes a report from draft to accepted, and the audit log follows every step', async () => {
    const stp = await agencyId(t, 'STP');
    const m9 = await periodId(t, 2020, 'M9');

    // A reporter drafts the report with every part.
    const created = await as(reporter).post('/api/reports', { agencyId: stp, periodId: m9, content: fullReportContent('STP', 2020, 'M9') }).expect(201);
    let report = created.body as ReportResponse;
    expect(report).toMatchObject({ status: 'DRAFT', version: 1, blocking: false });
    const parts = report.content;
    expect([parts.documents, parts.decisions, parts.letters, parts.trainings, parts.inspections, parts.tasks].map((l) => l.length)).toEqual([1, 1, 1, 1, 1, 1]);
    expect([parts.difficulties.length, parts.proposals.length, parts.recipients.length, parts.sections.length]).toEqual([1, 1, 2, 6]);
    expect(await board()).toMatchObject({ cell: { status: 'DRAFT', reported: false, reportId: report.id }, reporting: { reported: 0 } });

    // It adds plans and dossier figures whose identity is broken: a warning-free save, an error kept.
    const broken = reportContent('STP', 2020, 'M9').dossier!;
    report = (
      await as(reporter)
        .patch(`/api/reports/${report.id}`, {
          version: 1,
          content: {
            plans: [{ symbol: '12/KH-STP', date: '2020-01-20', title: 'Kế hoạch CCHC năm 2020', areaKey: null, year: 2020 }],
            dossier: { ...broken, resolvedOnTime: 9 },
          },
        })
        .expect((r) => expect(r.body).toMatchObject({ version: 2 }))
    ).body as ReportResponse;
    expect(report.version).toBe(2);
    expect(report.blocking).toBe(true);
    expect(report.findings.map((f) => f.code)).toContain('DOSSIER_BALANCE');

    // A reporter may not submit; the approver may, but not while errors remain.
    await as(reporter).post(`/api/reports/${report.id}/submit`, { version: 2 }).expect(403);
    const blocked = await as(approver).post(`/api/reports/${report.id}/submit`, { version: 2, signing: SIGNING }).expect(409);
    expect(blocked.body.code).toBe('SUBMISSION_BLOCKED');
    expect(blocked.body.details[0].path).toMatch(/^dossier/);

    // Fixed, then signed and submitted on time.
    report = (await as(reporter).patch(`/api/reports/${report.id}`, { version: 2, content: { dossier: broken } }).expect(200)).body;
    report = (await as(approver).post(`/api/reports/${report.id}/submit`, { version: 3, signing: SIGNING }).expect(200)).body;
    expect(report).toMatchObject({ status: 'SUBMITTED', version: 4, submissionTiming: { timing: 'ON_TIME', daysLate: 0 } });
    expect(report.content.signing).toEqual(SIGNING);
    expect(await board()).toMatchObject({
      cell: { status: 'SUBMITTED', reported: true, timing: 'ON_TIME' },
      reporting: { reported: 1 },
    });
    expect(await dossierPoint()).toMatchObject({ reports: 1, reportId: report.id, totals: { received: 14 } });

    // Read-only for the agency now; the reviewer cannot edit content either.
    expect((await as(reporter).patch(`/api/reports/${report.id}`, { version: 4, content: { title: 'X' } }).expect(409)).body.code).toBe(
      'REPORT_READ_ONLY',
    );
    await as(reviewer).patch(`/api/reports/${report.id}`, { version: 4, content: { title: 'X' } }).expect(403);

    // Returned with reasons, which the reporter sees.
    const reasons = [{ path: 'plans.0.title', message: 'Ghi rõ tên đầy đủ của kế hoạch.' }];
    report = (await as(reviewer).post(`/api/reports/${report.id}/return`, { version: 4, reasons }).expect(200)).body;
    expect(report.status).toBe('RETURNED');
    expect((await board()).cell.status).toBe('RETURNED');
    expect((await as(reporter).get(`/api/reports/${report.id}`).expect(200)).body.returnReasons).toEqual(reasons);

    // Corrected and resubmitted; the changes between the submissions are listed.
    report = (
      await as(reporter)
        .patch(`/api/reports/${report.id}`, {
          version: 5,
          content: { plans: [{ symbol: '12/KH-STP', date: '2020-01-20', title: 'Kế hoạch cải cách hành chính năm 2020 của Sở Tư pháp', areaKey: null, year: 2020 }] },
        })
        .expect(200)
    ).body;
    report = (await as(approver).post(`/api/reports/${report.id}/submit`, { version: 6 }).expect(200)).body;
    expect(report.returnReasons).toEqual([]);
    const changes = (await as(reviewer).get(`/api/reports/${report.id}/changes`).expect(200)).body;
    expect(changes).toEqual({
      from: 1,
      to: 2,
      changes: [{ path: 'plans.0.title', before: 'Kế hoạch CCHC năm 2020', after: 'Kế hoạch cải cách hành chính năm 2020 của Sở Tư pháp' }],
    });
    expect((await as(reporter).get(`/api/reports/${report.id}/submissions`).expect(200)).body).toHaveLength(2);

    // Accepted: final.
    report = (await as(reviewer).post(`/api/reports/${report.id}/accept`, { version: 7 }).expect(200)).body;
    expect(report.status).toBe('ACCEPTED');
    expect(await board()).toMatchObject({ cell: { status: 'ACCEPTED', reported: true }, reporting: { reported: 1 } });
    expect((await as(reviewer).post(`/api/reports/${report.id}/return`, { version: 8, reasons }).expect(409)).body.code).toBe(
      'INVALID_TRANSITION',
    );

    // The audit log has every step, with who did it and the state before and after.
    const audit = (await as(reviewer).get(`/api/audit?reportId=${report.id}`).expect(200)).body as AuditEntryDto[];
    expect(audit.map((a) => a.action)).toEqual(['CREATE', 'UPDATE', 'UPDATE', 'SUBMIT', 'RETURN', 'UPDATE', 'SUBMIT', 'ACCEPT']);
    expect(audit[4]).toMatchObject({ before: { status: 'SUBMITTED' }, after: { status: 'RETURNED', returnReasons: reasons } });
    await as(reporter).get(`/api/audit?reportId=${report.id}`).expect(403);

    // And the list shows it with its state.
    const list = (await as(reviewer).get(`/api/reports?periodId=${m9}`).expect(200)).body;
    expect(list.items).toEqual([expect.objectContaining({ id: report.id, status: 'ACCEPTED', errorCount: 0 })]);
  });

  it('refuses a second report of the same agency and period', async () => {
    const stp = await agencyId(t, 'STP');
    const q1 = await periodId(t, 2020, 'Q1');
    await as(reporter).post('/api/reports', { agencyId: stp, periodId: q1, content: reportContent('STP', 2020, 'Q1') }).expect(201);
    const again = await as(approver).post('/api/reports', { agencyId: stp, periodId: q1, content: reportContent('STP', 2020, 'Q1') }).expect(409);
    expect(again.body.code).toBe('REPORT_EXISTS');
  });

  it('refuses content that speaks of another agency or period, naming the fields', async () => {
    const stp = await agencyId(t, 'STP');
    const h1 = await periodId(t, 2020, 'H1');
    const response = await as(reporter).post('/api/reports', { agencyId: stp, periodId: h1, content: reportContent('SNV', 2020, 'M9') }).expect(400);
    expect(response.body.details.map((d: { path: string }) => d.path)).toEqual(['body.content.agencyCode', 'body.content.period']);
  });

  it('answers 404 for an unknown report and 400 for a malformed id', async () => {
    await as(reviewer).get('/api/reports/00000000-0000-4000-8000-000000000000').expect(404);
    const malformed = await as(reviewer).get('/api/reports/abc').expect(400);
    expect(malformed.body.details[0].path).toBe('param.id');
  });

  it('keeps one of two concurrent writes with the same version and refuses the other with 409', async () => {
    const stp = await agencyId(t, 'STP');
    const year = await periodId(t, 2020, 'YEAR');
    const created = (await as(reporter).post('/api/reports', { agencyId: stp, periodId: year, content: reportContent('STP', 2020, 'YEAR') }).expect(201))
      .body as ReportResponse;
    const [a, b] = await Promise.all([
      as(reporter).patch(`/api/reports/${created.id}`, { version: 1, content: { title: 'Writer A' } }),
      as(approver).patch(`/api/reports/${created.id}`, { version: 1, content: { title: 'Writer B' } }),
    ]);
    const statuses = [a.status, b.status].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    const winner = a.status === 200 ? a : b;
    expect(loser.body).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 2 });
    const stored = (await as(reviewer).get(`/api/reports/${created.id}`).expect(200)).body as ReportResponse;
    expect(stored.content.title).toBe((winner.body as ReportResponse).content.title);
    expect(stored.version).toBe(2);
    const audit = (await as(reviewer).get(`/api/audit?reportId=${created.id}`).expect(200)).body as AuditEntryDto[];
    expect(audit.map((e) => e.action)).toEqual(['CREATE', 'UPDATE']);
  });

  it('checks content without saving it', async () => {
    const response = await as(reporter)
      .post('/api/reports/validate', { content: reportContent('STP', 2020, 'M9', { sections: [] }) })
      .expect(200);
    expect(response.body.blocking).toBe(false);
    expect(response.body.findings.filter((f: { code: string }) => f.code === 'REPORT_AREA_MISSING')).toHaveLength(6);
  });
});
