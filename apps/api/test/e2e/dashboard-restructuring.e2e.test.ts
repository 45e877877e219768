import request from 'supertest';
import {
  DashboardDossierResponseSchema,
  DashboardRankingResponseSchema,
  DashboardStatusResponseSchema,
  type AgencyDetailDto,
  type DashboardDossierResponse,
  type DashboardRankingResponse,
  type DashboardStatusResponse,
  type DossierFigures,
  type ReportResponse,
  type StandardPeriodKind,
} from '@cchc/domain';
import { createUser, loginAs } from '../factories/user.factory.js';
import { periodId, reportContent } from '../factories/report.factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// docs/domain.md §8, §13: on 01/03/2025 Nông nghiệp và PTNT (SNNPTNT) and Tài nguyên và Môi
// trường (STNMT) became Nông nghiệp và Môi trường (SNNMT), entered through the administration
// API. Before it, SNNPTNT reported Q1 and the year 2024, STNMT the year 2024. The agency valid at
// a window's end reports for the whole window: SNNMT owes Q1 2025, covering the two departments'
// work from 15/12/2024 to 28/02/2025. The board is read on 25/04/2025, past Q1's deadline.

const SIGNING = { mode: 'KT.' as const, onBehalfOf: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn A' };
const figures = (onTime: number, late: number): DossierFigures => ({
  carriedOver: 0,
  receivedOnline: 0,
  receivedInPerson: onTime + late,
  receivedPostal: 0,
  resolvedEarly: 0,
  resolvedOnTime: onTime,
  resolvedLate: late,
  pendingWithinTime: 0,
  pendingOverdue: 0,
  returned: 0,
});

describe('The dashboard across the February 2025 merger', () => {
  let t: TestApp;
  // Started in April 2025, so the periods up to 2025 are seeded.
  let clock = new Date('2025-04-25T03:00:00Z');
  let admin: string;
  let reviewer: string;
  const agencies = new Map<string, AgencyDetailDto>();
  const id = (code: string): string => agencies.get(code)?.id ?? '';

  const get = async <T>(url: string): Promise<T> => (await request(t.http).get(url).set('authorization', `Bearer ${reviewer}`).expect(200)).body as T;
  const board = async (year: number): Promise<DashboardStatusResponse> =>
    DashboardStatusResponseSchema.parse(await get(`/api/dashboard/status?year=${year}&agencyKind=department`));
  const row = (answer: DashboardStatusResponse, code: string) => answer.rows.find((r) => r.agency.code === code);

  /** The agency's approver drafts and submits a report with the given dossier figures, at `at`. */
  async function report(code: string, year: number, kind: StandardPeriodKind, at: string, dossier: DossierFigures): Promise<ReportResponse> {
    clock = new Date(at);
    const token = await loginAs(t, await createUser(t, { role: 'approver', agencyId: id(code) }));
    const post = (url: string, body: object) => request(t.http).post(url).set('authorization', `Bearer ${token}`).send(body);
    const body = { agencyId: id(code), periodId: await periodId(t, year, kind), content: reportContent(code, year, kind, { dossier }) };
    const created = (await post('/api/reports', body).expect(201)).body as ReportResponse;
    return (await post(`/api/reports/${created.id}/submit`, { version: created.version, signing: SIGNING }).expect(200)).body as ReportResponse;
  }

  beforeAll(async () => {
    t = await createTestApp({ now: () => clock });
    admin = await loginAs(t, await createUser(t, { role: 'admin' }));
    reviewer = await loginAs(t, await createUser(t, { role: 'reviewer' }));
    const as = { authorization: `Bearer ${admin}` };
    for (const a of (await request(t.http).get('/api/agencies').expect(200)).body as AgencyDetailDto[]) agencies.set(a.code, a);

    await report('SNNPTNT', 2024, 'Q1', '2024-03-16T03:00:00Z', figures(8, 2));
    await report('SNNPTNT', 2024, 'YEAR', '2024-12-16T03:00:00Z', figures(30, 10));
    await report('STNMT', 2024, 'YEAR', '2024-12-17T03:00:00Z', figures(50, 10));

    // The merger, as an administrator enters it (apps/api/test/e2e/agency-restructuring.e2e.test.ts).
    clock = new Date('2025-04-25T03:00:00Z');
    const snnmt = await request(t.http)
      .post('/api/agencies')
      .set(as)
      .send({ code: 'SNNMT', name: { vi: 'Sở Nông nghiệp và Môi trường', en: 'Department of Agriculture and Environment' }, kind: 'department', validFrom: '2025-03-01' })
      .expect(201);
    agencies.set('SNNMT', snnmt.body as AgencyDetailDto);
    for (const from of ['SNNPTNT', 'STNMT']) {
      await request(t.http)
        .post(`/api/agencies/${id(from)}/successors`)
        .set(as)
        .send({ successorId: id('SNNMT'), effectiveOn: '2025-03-01', note: 'Nghị định 45/2025/NĐ-CP' })
        .expect(201);
    }
  });

  afterAll(async () => {
    await t.close();
  });

  describe('the status board of 2025', () => {
    it('shows SNNMT owing Q1 2025 and covering its predecessors, named', async () => {
      const answer = await board(2025);
      const q1 = answer.periods.findIndex((p) => p.period.kind === 'Q1');
      const cell = row(answer, 'SNNMT')?.cells[q1];
      expect(cell).toMatchObject({ expected: true, status: 'MISSING', overdue: true });
      expect(cell?.covers.map((c) => [c.code, c.name.vi, c.effectiveOn])).toEqual([
        ['SNNPTNT', 'Sở Nông nghiệp và Phát triển nông thôn', '2025-03-01'],
        ['STNMT', 'Sở Tài nguyên và Môi trường', '2025-03-01'],
      ]);
      expect(row(answer, 'SNNMT')?.predecessors.map((p) => p.code)).toEqual(['SNNPTNT', 'STNMT']);
      // Every window that began before the merger (H1 and the year also start on 15/12/2024)
      // holds work of theirs; Q3 (from 15/06/2025) none.
      const covered = Object.fromEntries(answer.periods.map((p, i) => [p.period.kind, row(answer, 'SNNMT')?.cells[i]?.covers.length]));
      expect(covered).toMatchObject({ Q1: 2, H1: 2, YEAR: 2 });
      for (const [i, p] of answer.periods.entries()) {
        if (p.period.windowFrom >= '2025-03-01') expect(row(answer, 'SNNMT')?.cells[i]?.covers).toEqual([]);
      }
    });

    it('keeps the predecessors in the year, each cell naming the agency that took it over', async () => {
      const answer = await board(2025);
      for (const code of ['SNNPTNT', 'STNMT']) {
        const predecessor = row(answer, code);
        expect(predecessor?.successors.map((s) => [s.code, s.effectiveOn])).toEqual([['SNNMT', '2025-03-01']]);
        for (const cell of predecessor?.cells ?? []) {
          expect(cell).toMatchObject({ expected: false, status: 'NOT_EXPECTED', overdue: false, covers: [] });
          expect(cell.succeededBy.map((s) => s.code)).toEqual(['SNNMT']);
        }
      }
    });

    it('counts SNNMT once among the departments expected for Q1 2025, its predecessors not at all', async () => {
      const answer = await board(2025);
      const q1 = answer.periods.find((p) => p.period.kind === 'Q1');
      // The 18 departments of 2020, less the two merged, plus SNNMT.
      expect(q1?.reporting.expected).toBe(17);
      expect(q1?.counts.MISSING).toBe(17);
    });

    it('keeps the cover once SNNMT has reported', async () => {
      const submitted = await report('SNNMT', 2025, 'Q1', '2025-04-25T03:00:00Z', figures(20, 0));
      const answer = await board(2025);
      const q1 = answer.periods.findIndex((p) => p.period.kind === 'Q1');
      expect(row(answer, 'SNNMT')?.cells[q1]).toMatchObject({ reportId: submitted.id, status: 'SUBMITTED', timing: 'AFTER_GRACE' });
      expect(row(answer, 'SNNMT')?.cells[q1]?.covers.map((c) => c.code)).toEqual(['SNNPTNT', 'STNMT']);
    });
  });

  it('shows 2024 as it was: the old departments reporting, no SNNMT yet', async () => {
    const answer = await board(2024);
    expect(row(answer, 'SNNMT')).toBeUndefined();
    const year = answer.periods.findIndex((p) => p.period.kind === 'YEAR');
    expect(row(answer, 'SNNPTNT')?.cells[year]).toMatchObject({ expected: true, status: 'SUBMITTED', covers: [], succeededBy: [] });
    expect(row(answer, 'SNNPTNT')?.successors.map((s) => s.code)).toEqual(['SNNMT']);
  });

  describe('the ranking, as reported or restated', () => {
    const ranking = async (year: number, kind: StandardPeriodKind, structure?: string, ends?: number): Promise<DashboardRankingResponse> =>
      DashboardRankingResponseSchema.parse(
        await get(
          `/api/dashboard/ranking?periodId=${await periodId(t, year, kind)}&figure=onTimeRate&agencyKind=department` +
            `${structure ? `&structure=${structure}` : ''}${ends ? `&ends=${ends}` : ''}`,
        ),
      );

    it('ranks the ends in the database as the whole ranking does, each agency ranked counted once, restated or not', async () => {
      // The chart's ends are ranked by PostgreSQL, the whole list by the domain (docs/domain.md
      // §10): across the merger they must agree on the bars and on who is ranked. Before it, the
      // two predecessors are expected: as reported, each; restated, SNNMT once in their place, in
      // M9 2024 too, when neither reported. From Q1 2025, SNNMT itself.
      const ranked = { reported: [] as number[], restated: [] as number[] };
      for (const [year, kind] of [[2024, 'Q1'], [2024, 'M9'], [2024, 'YEAR'], [2025, 'Q1']] as const) {
        for (const structure of ['reported', 'restated'] as const) {
          const whole = await ranking(year, kind, structure);
          const atEnds = await ranking(year, kind, structure, 1);
          const withValue = whole.rows.filter((row) => row.value !== null);
          const atEnd = (position: number): boolean => position < 1 || position >= withValue.length - 1;
          expect({ year, kind, structure, province: atEnds.province, shown: atEnds.shown, rows: atEnds.rows }).toEqual({
            year,
            kind,
            structure,
            province: whole.province,
            shown: { ends: 1, q: '', total: withValue.length, trimmed: withValue.length > 2, found: 0, foundLeftOut: 0, unranked: whole.shown.unranked },
            rows: withValue.filter((row) => atEnd(row.position)),
          });
          ranked[structure].push(atEnds.shown.total + atEnds.shown.unranked);
        }
      }
      // The 18 departments of 2024; restated, 16 and SNNMT; in 2025, 16 and SNNMT either way.
      expect(ranked).toEqual({ reported: [18, 18, 18, 17], restated: [17, 17, 17, 17] });
    });

    it('shows the year 2024 as reported by default', async () => {
      const answer = await ranking(2024, 'YEAR');
      expect(answer.structure).toBe('reported');
      expect(answer.rows.find((r) => r.agency.code === 'SNNPTNT')).toMatchObject({ value: 0.75, restatedFrom: [] });
      expect(answer.rows.find((r) => r.agency.code === 'STNMT')).toMatchObject({ value: 50 / 60 });
      expect(answer.rows.find((r) => r.agency.code === 'SNNMT')).toBeUndefined();
    });

    it('restated, folds the 2024 reports of SNNPTNT and STNMT into SNNMT, pooling their dossiers', async () => {
      const answer = await ranking(2024, 'YEAR', 'restated');
      expect(answer.structure).toBe('restated');
      const snnmt = answer.rows.find((r) => r.agency.code === 'SNNMT');
      expect(snnmt).toMatchObject({ value: 80 / 100, reportId: null, status: 'SUBMITTED', rank: 1 });
      expect(snnmt?.restatedFrom.map((a) => a.code)).toEqual(['SNNPTNT', 'STNMT']);
      expect(answer.rows.filter((r) => ['SNNPTNT', 'STNMT'].includes(r.agency.code))).toEqual([]);
      // The province is the province either way.
      expect(answer.province.value).toBe((await ranking(2024, 'YEAR')).province.value);
    });

    it("restated, compares SNNMT's Q1 2025 with its predecessors' Q1 2024; as reported there is nothing to compare", async () => {
      const restated = (await ranking(2025, 'Q1', 'restated')).rows.find((r) => r.agency.code === 'SNNMT');
      expect(restated).toMatchObject({ value: 1, previous: 0.8, restatedFrom: [{ code: 'SNNPTNT' }] });
      expect(restated?.change).toBeCloseTo(0.2);
      const reported = (await ranking(2025, 'Q1')).rows.find((r) => r.agency.code === 'SNNMT');
      expect(reported).toMatchObject({ value: 1, previous: null, change: null, restatedFrom: [] });
    });

    it('refuses a structure it does not know', async () => {
      await request(t.http)
        .get(`/api/dashboard/ranking?periodId=${await periodId(t, 2024, 'YEAR')}&figure=onTimeRate&structure=today`)
        .set('authorization', `Bearer ${reviewer}`)
        .expect(400);
    });
  });

  it("restated, gives the rate charts of 2024 SNNMT's series, pooled from its predecessors", async () => {
    const answer = DashboardDossierResponseSchema.parse(
      await get<DashboardDossierResponse>('/api/dashboard/dossier?year=2024&agencyKind=department&structure=restated'),
    );
    expect(answer.agencies.map((a) => a.agency.code)).toEqual(['SNNMT']);
    const year = answer.periods.findIndex((p) => p.kind === 'YEAR');
    expect(answer.agencies[0]?.points[year]).toMatchObject({ reports: 2, rates: { onTimeRate: 0.8 } });
    expect(answer.agencies[0]?.restatedFrom.map((a) => a.code)).toEqual(['SNNPTNT', 'STNMT']);

    const reported = DashboardDossierResponseSchema.parse(await get('/api/dashboard/dossier?year=2024&agencyKind=department'));
    expect(reported.agencies.map((a) => a.agency.code).sort()).toEqual(['SNNPTNT', 'STNMT']);
  });
});
