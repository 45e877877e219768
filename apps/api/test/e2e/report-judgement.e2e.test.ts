import request from 'supertest';
import {
  SNGV_M9_2020_REPORT,
  type AdminAuditEntryDto,
  type AuditEntryDto,
  type DashboardStatusResponse,
  type ReportResponse,
  type ReportSummary,
} from '@cchc/domain';
import { ReportService } from '../../src/modules/reports/report.service.js';
import { agencyId, createUser, loginAs } from '../factories/user.factory.js';
import { periodId, reportContent } from '../factories/report.factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// How a report is judged over its life (docs/domain.md §13): one verdict per content, timeliness
// from the first submission, and an audit trail dated by the app's clock.
describe('Judging a report over its life', () => {
  let t: TestApp;
  const clock = { current: new Date('2020-09-15T01:30:00Z') };
  const at = (iso: string): void => {
    clock.current = new Date(iso);
  };

  const as = (token: string) => ({
    get: (url: string) => request(t.http).get(url).set('authorization', `Bearer ${token}`),
    post: (url: string, body: object) => request(t.http).post(url).set('authorization', `Bearer ${token}`).send(body),
    patch: (url: string, body: object) => request(t.http).patch(url).set('authorization', `Bearer ${token}`).send(body),
  });
  const countsOf = (report: ReportResponse): [number, number] => {
    const errors = report.findings.filter((f) => f.severity === 'error').length;
    return [errors, report.findings.length - errors];
  };
  const listed = async (token: string, report: ReportResponse): Promise<ReportSummary> => {
    const items = (await as(token).get(`/api/reports?periodId=${report.periodId}`).expect(200)).body.items as ReportSummary[];
    return items.find((s) => s.id === report.id)!;
  };

  beforeAll(async () => {
    t = await createTestApp({ now: () => clock.current });
  });

  afterAll(async () => {
    await t.close();
  });

  describe('the seed report: one verdict per content', () => {
    it('counts the same errors and warnings when submitted, after a return and in the agency list', async () => {
      const sngv = await agencyId(t, 'SNgV');
      const reporterUser = await createUser(t, { role: 'reporter', agencyId: sngv });
      const approverUser = await createUser(t, { role: 'approver', agencyId: sngv });
      const reporter = await loginAs(t, reporterUser);
      const reviewer = await loginAs(t, await createUser(t, { role: 'reviewer' }));

      at('2020-09-15T01:30:00Z');
      const draft = (
        await as(reporter).post('/api/reports', { agencyId: sngv, periodId: await periodId(t, 2020, 'M9'), content: SNGV_M9_2020_REPORT }).expect(201)
      ).body as ReportResponse;
      // Sent as a Word file on 18/09/2020, flaws included (the demo seed's path).
      at('2020-09-18T03:00:00Z');
      await t.app
        .get(ReportService)
        .recordHistoricalSubmission({ id: approverUser.id, username: approverUser.username, role: 'approver', agencyId: sngv }, draft.id, {
          version: draft.version,
        });

      // Read years later: 565/KH-SNgV dated 23/10/2020 is after the report's date, 18/09/2020.
      at('2026-11-26T02:00:00Z');
      const submitted = (await as(reporter).get(`/api/reports/${draft.id}`).expect(200)).body as ReportResponse;
      expect(submitted.status).toBe('SUBMITTED');
      expect(countsOf(submitted)).toEqual([1, 5]);
      expect(submitted.findings.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual(['CITATION_DATE_AFTER_REPORT']);
      expect(await listed(reporter, submitted)).toMatchObject({ errorCount: 1, warningCount: 5 });

      const returned = (
        await as(reviewer)
          .post(`/api/reports/${draft.id}/return`, { version: submitted.version, reasons: [{ path: null, message: 'Kiểm tra lại ngày kế hoạch 565.' }] })
          .expect(200)
      ).body as ReportResponse;
      expect(returned.status).toBe('RETURNED');
      expect(countsOf(returned)).toEqual([1, 5]);
      const reread = (await as(reporter).get(`/api/reports/${draft.id}`).expect(200)).body as ReportResponse;
      expect(countsOf(reread)).toEqual([1, 5]);
      expect(await listed(reporter, reread)).toMatchObject({ errorCount: 1, warningCount: 5 });

      // An edit that leaves the dates alone changes nothing either: the report's date stays 18/09/2020.
      const edited = (await as(reporter).patch(`/api/reports/${draft.id}`, { version: reread.version, content: { proposals: ['Đề nghị tập huấn'] } }).expect(200))
        .body as ReportResponse;
      expect(countsOf(edited)).toEqual([1, 5]);
      expect(await listed(reporter, edited)).toMatchObject({ errorCount: 1, warningCount: 5 });
    });
  });

  describe('timeliness and the correction turnaround', () => {
    let reviewer: string;
    let report: ReportResponse;

    beforeAll(async () => {
      const stp = await agencyId(t, 'STP');
      const reporter = await loginAs(t, await createUser(t, { role: 'reporter', agencyId: stp, displayName: 'Trần Thị Lan' }));
      const approver = await loginAs(t, await createUser(t, { role: 'approver', agencyId: stp, displayName: 'Nguyễn Văn Thành' }));
      reviewer = await loginAs(t, await createUser(t, { role: 'reviewer', displayName: 'Lê Minh Hải' }));

      // Submitted on 18/09/2020, two days before the 9-month deadline (20/09/2020, no grace).
      at('2020-09-18T03:00:00Z');
      report = (await as(reporter).post('/api/reports', { agencyId: stp, periodId: await periodId(t, 2020, 'M9'), content: reportContent('STP', 2020, 'M9') }).expect(201))
        .body as ReportResponse;
      report = (await as(approver).post(`/api/reports/${report.id}/submit`, { version: report.version }).expect(200)).body as ReportResponse;
      // Returned after the deadline, resubmitted three days later.
      at('2020-09-25T03:00:00Z');
      report = (
        await as(reviewer)
          .post(`/api/reports/${report.id}/return`, { version: report.version, reasons: [{ path: 'dossier', message: 'Kiểm tra lại số liệu.' }] })
          .expect(200)
      ).body as ReportResponse;
      at('2020-09-28T03:00:00Z');
      report = (await as(approver).post(`/api/reports/${report.id}/submit`, { version: report.version }).expect(200)).body as ReportResponse;
      at('2026-11-26T02:00:00Z');
    });

    it('keeps the first submission on time and records the days of the correction apart', async () => {
      const expected = {
        submittedAt: '2020-09-28T03:00:00.000Z',
        firstSubmittedAt: '2020-09-18T03:00:00.000Z',
        submissionTiming: { timing: 'ON_TIME', daysLate: 0 },
        corrections: [{ returnedAt: '2020-09-25T03:00:00.000Z', resubmittedAt: '2020-09-28T03:00:00.000Z', days: 3 }],
      };
      expect(report).toMatchObject(expected);
      expect((await as(reviewer).get(`/api/reports/${report.id}`).expect(200)).body).toMatchObject(expected);
      expect(await listed(reviewer, report)).toMatchObject(expected);
    });

    it('counts the report on time on the dashboard, as of its first submission', async () => {
      const status = (await as(reviewer).get('/api/dashboard/status?year=2020&kind=M9').expect(200)).body as DashboardStatusResponse;
      const cell = status.rows.find((r) => r.agency.code === 'STP')!.cells[0]!;
      expect(cell).toMatchObject({ timing: 'ON_TIME', daysLate: 0, submittedAt: '2020-09-18T03:00:00.000Z' });
      // With the Sở Ngoại vụ's seed report, also sent on 18/09/2020: none late.
      expect(status.periods[0]!.timing).toEqual({ onTime: 2, late: 0, afterGrace: 0 });
    });

    it("dates every audit entry by the app's clock and names the actor, their role and agency, and the reasons", async () => {
      const audit = (await as(reviewer).get(`/api/audit?reportId=${report.id}`).expect(200)).body as AuditEntryDto[];
      expect(audit.map((a) => [a.action, a.at])).toEqual([
        ['CREATE', '2020-09-18T03:00:00.000Z'],
        ['SUBMIT', '2020-09-18T03:00:00.000Z'],
        ['RETURN', '2020-09-25T03:00:00.000Z'],
        ['SUBMIT', '2020-09-28T03:00:00.000Z'],
      ]);
      const stp = { id: await agencyId(t, 'STP'), code: 'STP' };
      expect(audit[0]).toMatchObject({ actorDisplayName: 'Trần Thị Lan', actorRole: 'reporter', actorAgency: stp, returnReasons: [] });
      expect(audit[1]).toMatchObject({ actorDisplayName: 'Nguyễn Văn Thành', actorRole: 'approver', actorAgency: stp });
      expect(audit[2]).toMatchObject({
        actorDisplayName: 'Lê Minh Hải',
        actorRole: 'reviewer',
        actorAgency: null,
        returnReasons: [{ path: 'dossier', message: 'Kiểm tra lại số liệu.' }],
      });
      expect(audit[1]!.actorAgency?.name.vi).toMatch(/Tư pháp/u);
    });
  });

  it("dates the administration log by the app's clock too", async () => {
    const admin = await loginAs(t, await createUser(t, { role: 'admin', displayName: 'Quản trị' }));
    at('2021-03-02T04:00:00Z');
    const q1 = await periodId(t, 2020, 'Q1');
    const period = (await as(admin).get(`/api/periods/${q1}`).expect(200)).body as { version: number };
    await as(admin).patch(`/api/periods/${q1}`, { version: period.version, graceDays: 2 }).expect(200);
    const entries = (await as(admin).get(`/api/admin/audit?entityType=period&entityId=${q1}`).expect(200)).body as AdminAuditEntryDto[];
    expect(entries[0]).toMatchObject({ action: 'UPDATE', at: '2021-03-02T04:00:00.000Z', actorDisplayName: 'Quản trị', actorRole: 'admin', actorAgency: null });
  });
});
