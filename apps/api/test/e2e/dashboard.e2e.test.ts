import request from 'supertest';
import {
  DashboardAreasResponseSchema,
  DashboardDossierResponseSchema,
  DashboardOverviewResponseSchema,
  DashboardRankingResponseSchema,
  DashboardStatusResponseSchema,
  type DashboardAreasResponse,
  type DashboardDossierResponse,
  type DashboardOverviewResponse,
  type DashboardRankingResponse,
  type DashboardStatusResponse,
  type DossierFigures,
  type ReportInput,
  type ReportResponse,
  type StandardPeriodKind,
} from '@cchc/domain';
import { In, Not } from 'typeorm';
import { AgencyEntity } from '../../src/modules/agencies/agency.entity.js';
import { ReportingPeriodEntity } from '../../src/modules/periods/reporting-period.entity.js';
import { agencyId, createUser, loginAs } from '../factories/user.factory.js';
import { periodId, reportContent } from '../factories/report.factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// The dashboard over HTTP on a real database. The communes below exist only in this test, so
// with `agencyKind=commune` every figure is known by hand:
//   XA, XB  exist throughout;  XC dissolved on 30/06/2020;  XD created on 01/07/2020.
// 9 months 2020 (cut-off 14/09, deadline 20/09, grace 5 days here):
//   XA submitted 18/09 (on time), accepted;   XB submitted 23/09 (late, 3 days), returned;
//   XC submitted 18/09 although dissolved (unexpected);   XD a draft only.
// Q1 2020: only XA, on time.  9 months 2021: XA, XB and XD, on time.
// A department (STP) also reports for 9 months 2020, to check the agency-kind filter.

const SIGNING = { mode: 'KT.' as const, onBehalfOf: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn A' };
const AREA_KEYS = ['INSTITUTIONAL', 'PROCEDURES', 'APPARATUS', 'CIVIL_SERVICE', 'PUBLIC_FINANCE', 'MODERNISATION'] as const;

const figures = (overrides: Partial<DossierFigures>): DossierFigures => ({
  carriedOver: 0,
  receivedOnline: 0,
  receivedInPerson: 0,
  receivedPostal: 0,
  resolvedEarly: 0,
  resolvedOnTime: 0,
  resolvedLate: 0,
  pendingWithinTime: 0,
  pendingOverdue: 0,
  returned: 0,
  ...overrides,
});

// received 20, to handle 20, resolved 18 (16 early or on time, 2 late), 2 in progress (1 overdue).
const XA_M9_2020 = figures({ receivedOnline: 6, receivedInPerson: 14, resolvedEarly: 2, resolvedOnTime: 14, resolvedLate: 2, pendingWithinTime: 1, pendingOverdue: 1 });
// received 8, to handle 10, resolved 8 (5 on time, 3 late), 1 in progress, 1 returned.
const XB_M9_2020 = figures({ carriedOver: 2, receivedInPerson: 8, resolvedOnTime: 5, resolvedLate: 3, pendingWithinTime: 1, returned: 1 });
// XC keeps the factory's figures: received 14 (4 online), resolved 12 (all early or on time), 2 in progress.
const XA_M9_2021 = figures({ receivedOnline: 10, receivedInPerson: 10, resolvedOnTime: 19, resolvedLate: 1 });
const XB_M9_2021 = figures({ receivedOnline: 2, receivedInPerson: 8, resolvedOnTime: 5, resolvedLate: 5 });
const XD_M9_2021 = figures({ receivedInPerson: 4, resolvedOnTime: 4 });

describe('Dashboard over HTTP', () => {
  let t: TestApp;
  let clock = new Date('2021-10-01T03:00:00Z');
  let reviewer: string;
  let admin: string;
  let agencyUser: string;
  const approvers = new Map<string, string>();
  const ids = new Map<string, string>();
  const reports = new Map<string, ReportResponse>();

  const get = (token: string, url: string) => request(t.http).get(url).set('authorization', `Bearer ${token}`);
  const post = (token: string, url: string, body: object) => request(t.http).post(url).set('authorization', `Bearer ${token}`).send(body);
  const id = (code: string): string => ids.get(code) as string;

  /** The agency's approver drafts the report at `at`, and submits it unless `submit` is false. */
  async function report(code: string, year: number, kind: StandardPeriodKind, at: string, content: Partial<ReportInput>, submit = true): Promise<ReportResponse> {
    clock = new Date(at);
    const token = approvers.get(code) as string;
    const body = { agencyId: id(code), periodId: await periodId(t, year, kind), content: reportContent(code, year, kind, content) };
    let created = (await post(token, '/api/reports', body).expect(201)).body as ReportResponse;
    if (submit) created = (await post(token, `/api/reports/${created.id}/submit`, { version: created.version, signing: SIGNING }).expect(200)).body as ReportResponse;
    reports.set(`${code} ${kind} ${year}`, created);
    return created;
  }

  beforeAll(async () => {
    // Started in October 2021, so the periods of 2020 and 2021 are seeded.
    t = await createTestApp({ now: () => clock });
    const communes = [
      { code: 'XA', validFrom: '2020-01-01', validTo: null },
      { code: 'XB', validFrom: '2020-01-01', validTo: null },
      { code: 'XC', validFrom: '2020-01-01', validTo: '2020-06-30' },
      { code: 'XD', validFrom: '2020-07-01', validTo: null },
    ];
    await t.dataSource.getRepository(AgencyEntity).insert(
      communes.map((c) => ({ ...c, nameVi: `Xã ${c.code}`, nameEn: `Commune ${c.code}`, kind: 'commune' as const, parentId: null })),
    );
    await t.dataSource.getRepository(ReportingPeriodEntity).update({ year: 2020, kind: 'M9' }, { graceDays: 5 });
    for (const code of ['XA', 'XB', 'XC', 'XD', 'STP']) {
      ids.set(code, await agencyId(t, code));
      approvers.set(code, await loginAs(t, await createUser(t, { role: 'approver', agencyId: id(code) })));
    }
    reviewer = await loginAs(t, await createUser(t, { role: 'reviewer' }));
    admin = await loginAs(t, await createUser(t, { role: 'admin' }));
    agencyUser = await loginAs(t, await createUser(t, { role: 'reporter', agencyId: id('XA') }));

    await report('XA', 2020, 'Q1', '2020-03-15T03:00:00Z', { dossier: XA_M9_2020 });
    await report('XA', 2020, 'M9', '2020-09-18T03:00:00Z', {
      dossier: XA_M9_2020,
      plans: [
        { symbol: '5/KH-XA', date: '2020-02-10', title: 'Kế hoạch cải cách thủ tục hành chính năm 2020', areaKey: 'PROCEDURES', year: 2020 },
        { symbol: '6/KH-XA', date: '2020-02-12', title: 'Kế hoạch tuyên truyền cải cách hành chính năm 2020', areaKey: null, year: 2020 },
      ],
      decisions: [{ symbol: '3/QĐ-XA', date: '2020-03-02', purpose: 'SET_UP_TEAM', summary: 'Thành lập Đoàn kiểm tra công vụ' }],
      trainings: [
        { course: 'Kỹ năng một cửa', organiser: 'Sở Nội vụ', mode: 'IN_PERSON', participants: 12, from: null, to: null },
        { course: 'Dịch vụ công trực tuyến', organiser: 'Sở TT&TT', mode: 'ONLINE', participants: null, from: null, to: null },
      ],
      inspections: [
        { teamDecision: '3/QĐ-XA', plan: '5/KH-XA', heldOn: '2020-08-10', scope: 'Bộ phận một cửa', inspected: ['Bộ phận một cửa'], violations: 0, handling: null },
        { teamDecision: null, plan: null, heldOn: null, scope: 'Công chức địa chính', violations: 0, handling: null },
      ],
    });
    await report('XC', 2020, 'M9', '2020-09-18T04:00:00Z', {});
    await report('STP', 2020, 'M9', '2020-09-18T05:00:00Z', {});
    await report('XD', 2020, 'M9', '2020-09-18T06:00:00Z', { dossier: XD_M9_2021 }, false);
    await report('XB', 2020, 'M9', '2020-09-23T03:00:00Z', {
      dossier: XB_M9_2020,
      // The apparatus area is left without narrative: a missing area.
      sections: AREA_KEYS.map((areaKey) => ({ kind: 'AREA' as const, areaKey, heading: areaKey, narrative: areaKey === 'APPARATUS' ? '' : 'Đã thực hiện.' })),
      plans: [{ symbol: '9/KH-XB', date: '2020-01-15', title: 'Kế hoạch kiểm soát thủ tục hành chính năm 2020', areaKey: 'PROCEDURES', year: 2020 }],
      trainings: [{ course: 'Văn hóa công sở', organiser: 'UBND huyện', mode: 'IN_PERSON', participants: 5, from: null, to: null }],
    });
    const xa = reports.get('XA M9 2020') as ReportResponse;
    await post(reviewer, `/api/reports/${xa.id}/accept`, { version: xa.version }).expect(200);
    const xb = reports.get('XB M9 2020') as ReportResponse;
    await post(reviewer, `/api/reports/${xb.id}/return`, { version: xb.version, reasons: [{ path: 'dossier', message: 'Kiểm tra lại số liệu.' }] }).expect(200);

    await report('XA', 2021, 'M9', '2021-09-15T03:00:00Z', { dossier: XA_M9_2021 });
    await report('XB', 2021, 'M9', '2021-09-15T03:00:00Z', { dossier: XB_M9_2021 });
    await report('XD', 2021, 'M9', '2021-09-15T03:00:00Z', { dossier: XD_M9_2021 });

    // The board is read on 1 October 2020: the deadlines of Q1, H1 and 9 months have passed, not the year's.
    clock = new Date('2020-10-01T03:00:00Z');
  });

  afterAll(async () => {
    await t.close();
  });

  describe('GET /api/dashboard/status', () => {
    it('shows every cell, the reporting rate and the counts by status for the communes of 2020', async () => {
      const board = (await get(reviewer, '/api/dashboard/status?year=2020&agencyKind=commune').expect(200)).body as DashboardStatusResponse;

      expect(board).toMatchObject({ year: 2020, kind: null, agencyKind: 'commune', asOf: '2020-10-01' });
      expect(board.periods.map((p) => p.period.kind)).toEqual(['Q1', 'H1', 'M9', 'YEAR']);
      expect(board.periods.map((p) => p.deadlinePassed)).toEqual([true, true, true, false]);
      expect(board.rows.map((r) => r.agency.code)).toEqual(['XA', 'XB', 'XC', 'XD']);
      const statuses = Object.fromEntries(board.rows.map((r) => [r.agency.code, r.cells.map((c) => c.status)]));
      expect(statuses).toEqual({
        XA: ['SUBMITTED', 'MISSING', 'ACCEPTED', 'MISSING'],
        XB: ['MISSING', 'MISSING', 'RETURNED', 'MISSING'],
        XC: ['MISSING', 'MISSING', 'SUBMITTED', 'NOT_EXPECTED'],
        XD: ['NOT_EXPECTED', 'NOT_EXPECTED', 'DRAFT', 'MISSING'],
      });

      const m9 = board.periods[2];
      // Expected: XA, XB, XD. Reported: XA (accepted) and XB (returned); XC reported but was dissolved.
      expect(m9?.reporting).toEqual({ expected: 3, reported: 2, rate: 2 / 3, unexpected: [id('XC')] });
      expect(m9?.counts).toEqual({ DRAFT: 1, SUBMITTED: 0, RETURNED: 1, ACCEPTED: 1, MISSING: 0 });
      expect(m9?.timing).toEqual({ onTime: 1, late: 1, afterGrace: 0 });
      expect(m9?.overdue).toBe(1);
      expect(board.periods[0]).toMatchObject({ reporting: { expected: 3, reported: 1, rate: 1 / 3 }, overdue: 2 });
      expect(board.periods[3]).toMatchObject({ reporting: { expected: 3, reported: 0, rate: 0 }, overdue: 0 });
    });

    it('gives each cell its state, timing and first submission, nothing the board does not draw; a draft past its deadline is overdue', async () => {
      const board = (await get(reviewer, '/api/dashboard/status?year=2020&kind=M9&agencyKind=commune').expect(200)).body as DashboardStatusResponse;
      const cell = (code: string) => board.rows.find((r) => r.agency.code === code)?.cells[0];

      expect(board.periods).toHaveLength(1);
      expect(cell('XA')).toEqual({
        periodId: await periodId(t, 2020, 'M9'),
        expected: true,
        reportId: reports.get('XA M9 2020')?.id,
        status: 'ACCEPTED',
        reported: true,
        overdue: false,
        timing: 'ON_TIME',
        daysLate: 0,
        submittedAt: '2020-09-18T03:00:00.000Z',
        covers: [],
        succeededBy: [],
      });
      expect(cell('XB')).toMatchObject({ status: 'RETURNED', reported: true, timing: 'LATE', daysLate: 3 });
      expect(cell('XC')).toMatchObject({ status: 'SUBMITTED', expected: false, reported: true, overdue: false });
      // A draft is not reported, and overdue once the deadline passed.
      expect(cell('XD')).toMatchObject({ status: 'DRAFT', expected: true, reported: false, overdue: true, timing: null });
    });

    it('follows the agency kind: without the filter the departments and boards are expected too', async () => {
      const all = (await get(admin, '/api/dashboard/status?year=2020&kind=M9').expect(200)).body as DashboardStatusResponse;
      // Every reporting agency but the communes; the province compiles and is not expected.
      const others = await t.dataSource.getRepository(AgencyEntity).countBy({ kind: Not(In(['commune', 'province'])) });

      expect(all.periods[0]?.reporting).toEqual({ expected: others + 3, reported: 3, rate: 3 / (others + 3), unexpected: [id('XC')] });
      expect(all.rows.find((r) => r.agency.code === 'STP')?.cells[0]?.status).toBe('SUBMITTED');
      const departments = (await get(admin, '/api/dashboard/status?year=2020&kind=M9&agencyKind=department').expect(200)).body as DashboardStatusResponse;
      expect(departments.rows.every((r) => r.agency.kind === 'department')).toBe(true);
      expect(departments.periods[0]?.reporting.reported).toBe(1);
    });

    it('counts the agencies under each filter over the periods shown, and lists those of the filter asked for', async () => {
      const year = (await get(reviewer, '/api/dashboard/status?year=2020&agencyKind=commune').expect(200)).body as DashboardStatusResponse;
      // Over the year: every commune has an overdue period; XB was late; XA's Q1 and XC's 9 months await review.
      expect(year.filterCounts).toEqual({ all: 4, late: 1, missing: 4, returned: 1, awaiting: 2 });
      expect(year).toMatchObject({ filter: 'all', sort: 'name', q: '', kinds: [{ kind: 'commune', rows: 4 }] });
      expect(year.page).toEqual({ page: 1, pageSize: 4, pageCount: 1, total: 4, first: 1, last: 4 });

      const m9 = (await get(reviewer, '/api/dashboard/status?year=2020&kind=M9&agencyKind=commune').expect(200)).body as DashboardStatusResponse;
      expect(m9.filterCounts).toEqual({ all: 4, late: 1, missing: 1, returned: 1, awaiting: 1 });
      const codes = async (query: string): Promise<string[]> =>
        ((await get(reviewer, `/api/dashboard/status?year=2020&kind=M9&agencyKind=commune&${query}`).expect(200)).body as DashboardStatusResponse).rows.map(
          (r) => r.agency.code,
        );
      expect(await codes('filter=missing')).toEqual(['XD']);
      expect(await codes('filter=late')).toEqual(['XB']);
      expect(await codes('filter=returned')).toEqual(['XB']);
      expect(await codes('filter=awaiting')).toEqual(['XC']);
      // The most urgent first: XD overdue, XB late, XC awaiting review, XA accepted.
      expect(await codes('sort=status')).toEqual(['XD', 'XB', 'XC', 'XA']);
      // The search ignores accents and case and reads both names and the code.
      expect(await codes('q=xa%20xd')).toEqual(['XD']);
      expect(await codes('q=Commune%20XC')).toEqual(['XC']);
      expect(await codes('q=xb&filter=missing')).toEqual([]);
    });

    it('sends one page of the rows, the summaries and counts of the whole board beside it', async () => {
      const whole = (await get(reviewer, '/api/dashboard/status?year=2020&agencyKind=commune').expect(200)).body as DashboardStatusResponse;
      const second = (await get(reviewer, '/api/dashboard/status?year=2020&agencyKind=commune&pageSize=3&page=2').expect(200)).body as DashboardStatusResponse;
      expect(second.rows.map((r) => r.agency.code)).toEqual(['XD']);
      expect(second.page).toEqual({ page: 2, pageSize: 3, pageCount: 2, total: 4, first: 4, last: 4 });
      expect(second.periods).toEqual(whole.periods);
      expect(second.filterCounts).toEqual(whole.filterCounts);
      expect(second.rows[0]).toEqual(whole.rows[3]);
      // A page past the last shows the last; a filter with no rows is one empty page.
      expect(((await get(reviewer, '/api/dashboard/status?year=2020&agencyKind=commune&pageSize=3&page=9').expect(200)).body as DashboardStatusResponse).page.page).toBe(2);
      const none = (await get(reviewer, '/api/dashboard/status?year=2020&agencyKind=commune&q=nowhere&pageSize=3').expect(200)).body as DashboardStatusResponse;
      // A page asked for without its size is one of the board's pages (50 rows).
      expect(((await get(reviewer, '/api/dashboard/status?year=2020&agencyKind=commune&page=1').expect(200)).body as DashboardStatusResponse).page.pageSize).toBe(50);
      expect(none).toMatchObject({ rows: [], kinds: [], page: { page: 1, pageCount: 1, total: 0, first: 0, last: 0 } });
    });

    it('lists the kinds of agency in the province order with their rows, and counts late submissions awaiting review', async () => {
      const late = (await get(reviewer, '/api/dashboard/status?year=2020&kind=M9&filter=awaiting').expect(200)).body as DashboardStatusResponse;
      expect(late.kinds).toEqual([
        { kind: 'department', rows: 1 },
        { kind: 'commune', rows: 1 },
      ]);
      expect(late.rows.map((r) => r.agency.code)).toEqual(['STP', 'XC']);
      // STP submitted on 18/09, before the deadline; nothing expected awaits review late.
      expect(late.periods[0]?.submittedLate).toBe(0);
      expect(late.periods[0]?.counts.SUBMITTED).toBe(1);
    });
  });

  describe('GET /api/dashboard/dossier', () => {
    it('pools the reported figures of the province per period and keeps drafts out', async () => {
      const dossier = (await get(reviewer, '/api/dashboard/dossier?year=2020&agencyKind=commune').expect(200)).body as DashboardDossierResponse;
      const [q1, h1, m9, year] = dossier.province;

      // XA + XB + XC; XD's draft does not count.
      expect(m9).toEqual({
        periodId: await periodId(t, 2020, 'M9'),
        reports: 3,
        figures: figures({
          carriedOver: 2,
          receivedOnline: 10,
          receivedInPerson: 32,
          resolvedEarly: 4,
          resolvedOnTime: 29,
          resolvedLate: 5,
          pendingWithinTime: 4,
          pendingOverdue: 1,
          returned: 1,
        }),
        totals: { received: 42, toHandle: 44, resolved: 38, inProgress: 5 },
        rates: { onTimeRate: 33 / 38, lateRate: 6 / 44, onlineRate: 10 / 42 },
        reportId: null,
      });
      // The province's point names no report, even when one report makes it.
      expect(q1).toMatchObject({ reports: 1, rates: { onTimeRate: 16 / 18 }, reportId: null });
      expect(h1).toMatchObject({ reports: 0, figures: null, rates: { onTimeRate: null, lateRate: null, onlineRate: null } });
      expect(year?.reports).toBe(0);
      expect(dossier.agencies.map((a) => a.agency.code)).toEqual(['XA', 'XB', 'XC']);
      expect(dossier.agencies[0]?.points.map((p) => p.rates.onTimeRate)).toEqual([16 / 18, null, 16 / 18, null]);
      // Each agency's point opens its report; a period without one has none.
      expect(dossier.agencies[0]?.points.map((p) => p.reportId)).toEqual([reports.get('XA Q1 2020')?.id, null, reports.get('XA M9 2020')?.id, null]);
    });

    it('returns only the series of the busiest agencies when asked for the top ones', async () => {
      // Received over 2020: XA 20 (Q1) + 20 (M9), XC 14, XB 8.
      const top = (await get(reviewer, '/api/dashboard/dossier?year=2020&agencyKind=commune&top=2').expect(200)).body as DashboardDossierResponse;
      expect(top.agencies.map((a) => a.agency.code)).toEqual(['XA', 'XC']);
      const all = (await get(reviewer, '/api/dashboard/dossier?year=2020&agencyKind=commune').expect(200)).body as DashboardDossierResponse;
      expect(top.province).toEqual(all.province);
      expect(top.agencies).toEqual(all.agencies.filter((a) => ['XA', 'XC'].includes(a.agency.code)));
      // The agencies picked, or the busiest ones: asking for both is an error, not a silent choice.
      const both = await get(reviewer, `/api/dashboard/dossier?year=2020&agencyKind=commune&top=2&agencyIds=${id('XB')}`).expect(400);
      expect(both.body.details.map((d: { path: string }) => d.path)).toEqual(['query.top']);
    });

    it("returns the chosen agencies' series, with the province unchanged", async () => {
      const dossier = (
        await get(reviewer, `/api/dashboard/dossier?year=2020&kind=M9&agencyKind=commune&agencyIds=${id('XB')},${id('XD')}`).expect(200)
      ).body as DashboardDossierResponse;

      expect(dossier.province[0]?.reports).toBe(3);
      expect(dossier.agencies.map((a) => [a.agency.code, a.points[0]?.rates])).toEqual([
        ['XB', { onTimeRate: 5 / 8, lateRate: 3 / 10, onlineRate: 0 }],
        ['XD', { onTimeRate: null, lateRate: null, onlineRate: null }],
      ]);
    });
  });

  describe('GET /api/dashboard/areas', () => {
    it('counts plans and decisions per area, inspections and trainings per period, and the areas each report covers', async () => {
      const areas = (await get(reviewer, '/api/dashboard/areas?year=2020&kind=M9&agencyKind=commune').expect(200)).body as DashboardAreasResponse;

      expect(areas.programme?.code).toBe('30c');
      expect(areas.activity).toEqual([
        {
          periodId: await periodId(t, 2020, 'M9'),
          reports: 3,
          areas: [
            { areaKey: 'INSTITUTIONAL', plans: 0, decisions: 0 },
            { areaKey: 'PROCEDURES', plans: 2, decisions: 0 },
            { areaKey: 'APPARATUS', plans: 0, decisions: 0 },
            { areaKey: 'CIVIL_SERVICE', plans: 0, decisions: 0 },
            { areaKey: 'PUBLIC_FINANCE', plans: 0, decisions: 0 },
            { areaKey: 'MODERNISATION', plans: 0, decisions: 0 },
            { areaKey: 'UNASSIGNED', plans: 1, decisions: 1 },
          ],
          inspections: { held: 1, planned: 1, violations: 0 },
          trainings: { courses: 3, participants: 17 },
        },
      ]);
      const coverage = Object.fromEntries(areas.coverage.map((c) => [c.agency.code, c.reports.map((r) => r.missing)]));
      expect(coverage).toEqual({ XA: [[]], XB: [['APPARATUS']], XC: [[]] });
      expect(areas.coverage[1]?.reports[0]).toMatchObject({ reportId: reports.get('XB M9 2020')?.id, status: 'RETURNED' });
    });

    it("keeps the coverage of one period when asked, and refuses a period that is not the year's", async () => {
      const m9 = await periodId(t, 2020, 'M9');
      const all = (await get(reviewer, '/api/dashboard/areas?year=2020&agencyKind=commune').expect(200)).body as DashboardAreasResponse;
      const one = (await get(reviewer, `/api/dashboard/areas?year=2020&agencyKind=commune&coveragePeriodId=${m9}`).expect(200)).body as DashboardAreasResponse;
      expect(one.activity).toEqual(all.activity);
      expect(one.coverage.flatMap((c) => c.reports.map((r) => r.periodId))).toEqual(one.coverage.map(() => m9));
      // Most areas missing first: XB left one without narrative.
      expect(one.coverage.map((c) => c.agency.code)).toEqual(['XB', 'XA', 'XC']);
      const response = await get(reviewer, `/api/dashboard/areas?year=2020&coveragePeriodId=${await periodId(t, 2021, 'M9')}`).expect(400);
      expect(response.body.details.map((d: { path: string }) => d.path)).toEqual(['query.coveragePeriodId']);
    });

    it("lists one period's coverage with the reports missing the most areas first, and sends only its ends and the agencies searched for when asked", async () => {
      const m9 = await periodId(t, 2020, 'M9');
      const url = `/api/dashboard/areas?year=2020&agencyKind=commune&coveragePeriodId=${m9}`;
      const whole = (await get(reviewer, url).expect(200)).body as DashboardAreasResponse;
      // XB left the apparatus area without narrative; XA and XC cover every area.
      expect(whole.coverage.map((c) => [c.agency.code, c.position, c.reports[0]?.missing.length])).toEqual([
        ['XB', 0, 1],
        ['XA', 1, 0],
        ['XC', 2, 0],
      ]);
      expect(whole.coverageShown).toEqual({ ends: null, q: '', total: 3, trimmed: false, found: 0, foundLeftOut: 0, withMissing: 1 });
      const ends = (await get(reviewer, `${url}&ends=1`).expect(200)).body as DashboardAreasResponse;
      expect(ends.coverage).toEqual([whole.coverage[0], whole.coverage[2]]);
      expect(ends.coverageShown).toEqual({ ends: 1, q: '', total: 3, trimmed: true, found: 0, foundLeftOut: 0, withMissing: 1 });
      expect(ends.activity).toEqual(whole.activity);
      const found = (await get(reviewer, `${url}&ends=1&q=Commune%20XA`).expect(200)).body as DashboardAreasResponse;
      expect(found.coverage.map((c) => c.position)).toEqual([0, 1, 2]);
      expect(found.coverageShown.found).toBe(1);
      // The ends are those of one period's list.
      const response = await get(reviewer, '/api/dashboard/areas?year=2020&ends=10').expect(400);
      expect(response.body.details.map((d: { path: string }) => d.path)).toEqual(['query.ends']);
    });

    it('keeps only the chosen area', async () => {
      const areas = (await get(reviewer, '/api/dashboard/areas?year=2020&kind=M9&agencyKind=commune&areaKey=APPARATUS').expect(200))
        .body as DashboardAreasResponse;

      expect(areas.activity[0]?.areas).toEqual([{ areaKey: 'APPARATUS', plans: 0, decisions: 0 }]);
      expect(areas.coverage.map((c) => [c.agency.code, c.reports[0]?.covered, c.reports[0]?.missing])).toEqual([
        ['XA', ['APPARATUS'], []],
        ['XB', [], ['APPARATUS']],
        ['XC', ['APPARATUS'], []],
      ]);
    });
  });

  describe('GET /api/dashboard/ranking', () => {
    it('ranks the agencies by on-time rate with the pooled province rate and the change since last year', async () => {
      const m9of2021 = await periodId(t, 2021, 'M9');
      const ranking = (await get(reviewer, `/api/dashboard/ranking?periodId=${m9of2021}&figure=onTimeRate&agencyKind=commune`).expect(200))
        .body as DashboardRankingResponse;

      expect(ranking.previousPeriod?.id).toBe(await periodId(t, 2020, 'M9'));
      expect(ranking.order).toBe('desc');
      expect(ranking.rows.map((r) => [r.agency.code, r.rank, r.value, r.previous, r.change])).toEqual([
        ['XD', 1, 1, null, null],
        ['XA', 2, 19 / 20, 16 / 18, 19 / 20 - 16 / 18],
        ['XB', 3, 5 / 10, 5 / 8, 5 / 10 - 5 / 8],
      ]);
      // 2021: (19 + 5 + 4) / (20 + 10 + 4); 2020: XA, XB and XC pooled.
      expect(ranking.province).toEqual({
        method: 'POOLED',
        agencies: 3,
        value: 28 / 34,
        previous: 33 / 38,
        change: 28 / 34 - 33 / 38,
        changeRate: (28 / 34 - 33 / 38) / (33 / 38),
      });
    });

    it('ranks a late rate lowest first, averages a count, and lists agencies without a value last', async () => {
      const m9of2020 = await periodId(t, 2020, 'M9');
      const late = (await get(reviewer, `/api/dashboard/ranking?periodId=${m9of2020}&figure=lateRate&agencyKind=commune`).expect(200))
        .body as DashboardRankingResponse;
      expect(late.order).toBe('asc');
      expect(late.previousPeriod).toBeNull();
      // XC reported without being expected; XD has only a draft, so no value and no rank.
      expect(late.rows.map((r) => [r.agency.code, r.rank, r.status])).toEqual([
        ['XC', 1, 'SUBMITTED'],
        ['XA', 2, 'ACCEPTED'],
        ['XB', 3, 'RETURNED'],
        ['XD', null, 'DRAFT'],
      ]);

      const plans = (await get(reviewer, `/api/dashboard/ranking?periodId=${m9of2020}&figure=plans&order=asc&agencyKind=commune`).expect(200))
        .body as DashboardRankingResponse;
      expect(plans.rows.map((r) => [r.agency.code, r.rank, r.value])).toEqual([
        ['XC', 1, 0],
        ['XB', 2, 1],
        ['XA', 3, 2],
        ['XD', null, null],
      ]);
      expect(plans.province).toMatchObject({ method: 'MEAN', agencies: 3, value: 1 });
    });

    it('names each row its position in the whole ranking, and sends only the ends and the agencies searched for when asked', async () => {
      const m9of2020 = await periodId(t, 2020, 'M9');
      const url = `/api/dashboard/ranking?periodId=${m9of2020}&figure=lateRate&agencyKind=commune`;
      const whole = (await get(reviewer, url).expect(200)).body as DashboardRankingResponse;
      expect(whole.rows.map((r) => [r.agency.code, r.position])).toEqual([
        ['XC', 0],
        ['XA', 1],
        ['XB', 2],
        ['XD', 3],
      ]);
      expect(whole.shown).toEqual({ ends: null, q: '', total: 3, trimmed: false, found: 0, foundLeftOut: 0, unranked: 1 });

      // The best and the worst with a value; the one between left out, the unranked one too.
      const ends = (await get(reviewer, `${url}&ends=1`).expect(200)).body as DashboardRankingResponse;
      expect(ends.rows).toEqual([whole.rows[0], whole.rows[2]]);
      expect(ends.shown).toEqual({ ends: 1, q: '', total: 3, trimmed: true, found: 0, foundLeftOut: 0, unranked: 1 });
      expect(ends.province).toEqual(whole.province);

      // A search adds the agencies it finds in their place: by code, by name, accents and case ignored.
      const found = (await get(reviewer, `${url}&ends=1&q=${encodeURIComponent(' xã xa ')}`).expect(200)).body as DashboardRankingResponse;
      expect(found.rows.map((r) => [r.agency.code, r.position])).toEqual([
        ['XC', 0],
        ['XA', 1],
        ['XB', 2],
      ]);
      expect(found.shown).toMatchObject({ q: 'xã xa', trimmed: true, found: 1, foundLeftOut: 0 });
      expect(((await get(reviewer, `${url}&ends=2`).expect(200)).body as DashboardRankingResponse).shown.trimmed).toBe(false);
    });

    it('answers 404 for a period that does not exist', async () => {
      const response = await get(reviewer, '/api/dashboard/ranking?periodId=1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d&figure=plans').expect(404);
      expect(response.body.code).toBe('NOT_FOUND');
    });
  });

  describe('GET /api/dashboard/overview', () => {
    it('opens on the latest year up to today with a report and answers what the four endpoints answer for it, in one request', async () => {
      const overview = (await get(reviewer, '/api/dashboard/overview?agencyKind=commune').expect(200)).body as DashboardOverviewResponse;
      expect(overview.years.map((y) => y.year)).toEqual([...overview.years.map((y) => y.year)].sort((a, b) => b - a));
      // Communes' reports: Q1 2020 of XA; M9 2020 of XA, XB, XC and XD (a draft); M9 2021 of XA, XB, XD.
      expect(overview.years.filter((y) => y.reports > 0)).toEqual([
        { year: 2021, reports: 3 },
        { year: 2020, reports: 5 },
      ]);
      // Read on 1 October 2020: 2021 has reports, but it has not come yet.
      expect(overview.year).toBe(2020);
      expect(overview.status).toEqual((await get(reviewer, '/api/dashboard/status?year=2020&agencyKind=commune&pageSize=50').expect(200)).body);
      // The series of the three busiest agencies; the coverage of the period compared, the latest of
      // 2020 whose deadline has passed: the 9 months (20/09).
      const m9 = await periodId(t, 2020, 'M9');
      expect(overview.dossier).toEqual((await get(reviewer, '/api/dashboard/dossier?year=2020&agencyKind=commune&top=3').expect(200)).body);
      // The comparison charts' lists as the charts draw them: their ten first and last agencies.
      expect(overview.areas).toEqual((await get(reviewer, `/api/dashboard/areas?year=2020&agencyKind=commune&coveragePeriodId=${m9}&ends=10`).expect(200)).body);
      expect(overview.ranking?.period.id).toBe(m9);
      expect(overview.ranking).toEqual(
        (await get(reviewer, `/api/dashboard/ranking?periodId=${overview.ranking?.period.id}&figure=onTimeRate&agencyKind=commune&ends=10`).expect(200)).body,
      );
      expect(overview.ranking?.shown.ends).toBe(10);
    });

    it('opens on the current year once it has come', async () => {
      const before = clock;
      clock = new Date('2021-10-01T03:00:00Z');
      try {
        const overview = (await get(reviewer, '/api/dashboard/overview').expect(200)).body as DashboardOverviewResponse;
        expect(overview.year).toBe(2021);
        expect(overview.ranking?.period.id).toBe(await periodId(t, 2021, 'M9'));
      } finally {
        clock = before;
      }
    });

    it('takes the year, the kind of the compared period, the figure and the structure asked for', async () => {
      const m9 = await periodId(t, 2020, 'M9');
      const overview = (await get(reviewer, '/api/dashboard/overview?year=2020&kind=M9&figure=received&structure=restated').expect(200))
        .body as DashboardOverviewResponse;
      expect(overview.year).toBe(2020);
      expect(overview.ranking).toMatchObject({ period: { id: m9 }, figure: 'received', structure: 'restated' });
      expect(overview.dossier?.structure).toBe('restated');
      // The board shows the periods of the kind, one page of its rows in the view asked for.
      expect(overview.status).toMatchObject({ kind: 'M9', filter: 'all', sort: 'name', page: { page: 1, pageSize: 50 } });
      const board = (await get(reviewer, '/api/dashboard/overview?year=2020&kind=M9&agencyKind=commune&board=late&boardSort=status&boardQ=x&boardPage=2&lang=en').expect(200))
        .body as DashboardOverviewResponse;
      expect(board.status).toEqual(
        (await get(reviewer, '/api/dashboard/status?year=2020&kind=M9&agencyKind=commune&filter=late&sort=status&q=x&page=2&lang=en&pageSize=50').expect(200)).body,
      );
      expect(board.status?.rows.map((r) => r.agency.code)).toEqual(['XB']);
      // The agencies picked for the dossier chart.
      const picked = (await get(reviewer, `/api/dashboard/overview?year=2020&agencyKind=commune&agencyIds=${id('XB')},${id('XC')}`).expect(200))
        .body as DashboardOverviewResponse;
      expect(picked.dossier?.agencies.map((a) => a.agency.code)).toEqual(['XB', 'XC']);
      const q1 = await periodId(t, 2020, 'Q1');
      expect((await get(reviewer, `/api/dashboard/overview?year=2020&periodId=${q1}`).expect(200)).body.ranking.period.id).toBe(q1);
    });
  });

  describe('access and validation', () => {
    it.each(['overview', 'status?year=2020', 'dossier?year=2020', 'areas?year=2020', `ranking?periodId=1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d&figure=plans`])(
      'refuses agency users (403) and anonymous callers (401) on %s',
      async (path) => {
        expect((await get(agencyUser, `/api/dashboard/${path}`).expect(403)).body.code).toBe('FORBIDDEN');
        expect((await get(approvers.get('STP') as string, `/api/dashboard/${path}`).expect(403)).body.code).toBe('FORBIDDEN');
        await request(t.http).get(`/api/dashboard/${path}`).expect(401);
      },
    );

    it.each([
      ['status', '', 'query.year'],
      ['status', '?year=20x0', 'query.year'],
      ['status', '?year=2020&kind=Q2', 'query.kind'],
      ['status', '?year=2020&agencyKind=ward', 'query.agencyKind'],
      ['status', '?year=2020&agency=SNgV', 'query'],
      ['status', '?year=2020&filter=urgent', 'query.filter'],
      ['status', '?year=2020&sort=code', 'query.sort'],
      ['status', '?year=2020&lang=fr', 'query.lang'],
      ['status', '?year=2020&page=0', 'query.page'],
      ['status', '?year=2020&pageSize=501', 'query.pageSize'],
      ['status', '?year=2020&pageSize=ten', 'query.pageSize'],
      ['overview', '?board=urgent', 'query.board'],
      ['overview', '?agencyIds=x', 'query.agencyIds.0'],
      ['dossier', '?year=2020&top=0', 'query.top'],
      ['dossier', '?year=2020&top=51', 'query.top'],
      ['dossier', '?year=2020&top=3&agencyIds=1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', 'query.top'],
      ['areas', '?year=2020&ends=0', 'query.ends'],
      ['ranking', '?periodId=1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d&figure=plans&ends=101', 'query.ends'],
      ['ranking', `?periodId=1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d&figure=plans&q=${'x'.repeat(201)}`, 'query.q'],
      ['areas', '?year=2020&coveragePeriodId=x', 'query.coveragePeriodId'],
      ['overview', '?boardPage=-1', 'query.boardPage'],
      ['dossier', '?year=2020&agencyIds=1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d,SNgV', 'query.agencyIds.1'],
      ['areas', '?year=2020&areaKey=UNASSIGNED', 'query.areaKey'],
      ['ranking', '?periodId=x&figure=plans', 'query.periodId'],
      ['overview', '?year=1999', 'query.year'],
      ['overview', '?periodId=x', 'query.periodId'],
      ['overview', '?figure=carriedOver', 'query.figure'],
      ['ranking', '?periodId=1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d&figure=carriedOver', 'query.figure'],
      ['ranking', '?periodId=1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d&figure=plans&order=up', 'query.order'],
    ])('answers 400 with the field path for %s%s', async (endpoint, query, path) => {
      const response = await get(reviewer, `/api/dashboard/${endpoint}${query}`).expect(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.details.map((d: { path: string }) => d.path)).toContain(path);
    });

    it('answers each endpoint in the shape of its contract', async () => {
      const m9 = await periodId(t, 2021, 'M9');
      const answers = [
        [DashboardStatusResponseSchema, '/api/dashboard/status?year=2020'],
        [DashboardDossierResponseSchema, '/api/dashboard/dossier?year=2020'],
        [DashboardAreasResponseSchema, '/api/dashboard/areas?year=2021'],
        [DashboardRankingResponseSchema, `/api/dashboard/ranking?periodId=${m9}&figure=received`],
        [DashboardOverviewResponseSchema, '/api/dashboard/overview'],
      ] as const;
      for (const [schema, url] of answers) {
        const body: unknown = (await get(reviewer, url).expect(200)).body;
        expect(schema.safeParse(body).error?.issues ?? []).toEqual([]);
      }
    });

    it('documents the four endpoints in the OpenAPI document, with examples', async () => {
      const document = (await request(t.http).get('/api/docs/json').expect(200)).body as {
        paths: Record<string, { get?: { responses: Record<string, { content?: Record<string, { example?: unknown }> }> } }>;
      };
      for (const name of ['status', 'dossier', 'areas', 'ranking']) {
        expect(document.paths[`/api/dashboard/${name}`]?.get?.responses['200']?.content?.['application/json']?.example).toBeDefined();
      }
    });
  });
});
