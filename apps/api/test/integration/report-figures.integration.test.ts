import request from 'supertest';
import {
  isReportingKind,
  RANKING_FIGURES,
  REPORTED_STATUSES,
  REPORTING_AGENCY_KINDS,
  reportFigures,
  sumDossierFigures,
  type DossierCounts,
  type RankingFigure,
  type Report,
  type ReportFigures,
} from '@cchc/domain';
import { activityTotals, agencyFigure, provinceFigure, RANKING_INPUTS, reportFigure } from '../../src/modules/dashboard/dashboard.figures.js';
import { DashboardRepository, type RankedFigures } from '../../src/modules/dashboard/dashboard.repository.js';
import { seedDemo, type DemoClock } from '../../src/database/seeds/demo/demo.seeder.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

interface StoredReport {
  id: string;
  agency_id: string;
  period_id: string;
  status: string;
  content: Report;
  submission_timing: string | null;
  days_late: number | null;
}

const reported = new Set<string>(REPORTED_STATUSES);
const kinds = REPORTING_AGENCY_KINDS;

/** What a ranking by `figure` reads of a report's figures (null for dossier inputs without dossier figures), and its value. */
const rankedBy = (figures: RankedFigures, figure: RankingFigure) => ({
  inputs: Object.fromEntries(
    RANKING_INPUTS[figure].map((field) => [field, field in figures ? figures[field as keyof RankedFigures] : (figures.dossier?.[field as keyof DossierCounts] ?? null)]),
  ),
  value: reportFigure(figures, figure),
});

/**
 * The checks that report_figure (written with each report) agrees with the domain's reportFigures
 * of each stored report's content, over the data the test app of `context` holds: per report, and
 * summed per period and agency as the dashboard asks the database to.
 */
function figureChecks(context: () => { t: TestApp; dashboard: DashboardRepository }) {
  const stored = async (): Promise<StoredReport[]> =>
    context().t.dataSource.query<StoredReport[]>(`SELECT id, agency_id, period_id, status, content, submission_timing, days_late FROM report ORDER BY id`);
  const scope = async (): Promise<{ periodIds: string[]; agencyIds: string[] }> => {
    const periods = await context().t.dataSource.query<{ id: string }[]>(`SELECT id FROM reporting_period`);
    const agencies = await context().t.dataSource.query<{ id: string; kind: string }[]>(`SELECT id, kind FROM agency`);
    return {
      periodIds: periods.map((p) => p.id),
      agencyIds: agencies.filter((a) => isReportingKind(a.kind as Parameters<typeof isReportingKind>[0])).map((a) => a.id),
    };
  };
  /** Every report's figures as the domain counts them from its content, by report id. */
  const domainFigures = async (): Promise<Map<string, { report: StoredReport; figures: ReportFigures }>> =>
    new Map((await stored()).map((report) => [report.id, { report, figures: reportFigures(report.content) }]));

  const expectRowsAgree = async (): Promise<number> => {
    const { periodIds, agencyIds } = await scope();
    const expected = await domainFigures();
    // Every figure: what a ranking by each figure reads and its value, the areas a report covers
    // (the reported ones) and the plans per area (summed by activitySums, so read here as stored).
    const reportingAgencies = new Set(agencyIds);
    for (const figure of RANKING_FIGURES) {
      const ranked = await context().dashboard.rankedReports(periodIds, agencyIds, figure);
      expect(ranked.length).toBe([...expected.values()].filter((e) => reportingAgencies.has(e.report.agency_id)).length);
      for (const row of ranked) {
        const domain = expected.get(row.id)!;
        expect({ id: row.id, status: row.status, figure, ...rankedBy(row.figures, figure) }).toEqual({
          id: row.id,
          status: domain.report.status,
          figure,
          ...rankedBy(domain.figures, figure),
        });
      }
    }
    const rows = await context().dashboard.rankedReports(periodIds, agencyIds, 'decisions');
    const covered = new Map((await context().dashboard.coverage(periodIds, kinds)).map((row) => [row.id, row.coveredAreas]));
    const plansByArea = new Map(
      (await context().t.dataSource.query<{ report_id: string; plans_by_area: Record<string, number> | string }[]>(`SELECT report_id, plans_by_area FROM report_figure`)).map(
        (row) => [row.report_id, typeof row.plans_by_area === 'string' ? (JSON.parse(row.plans_by_area) as Record<string, number>) : row.plans_by_area],
      ),
    );
    expect(covered.size).toBe(rows.filter((row) => reported.has(row.status)).length);
    for (const row of rows) {
      const { plansByArea: domainPlans, coveredAreas: domainCovered } = expected.get(row.id)!.figures;
      expect(plansByArea.get(row.id)).toEqual(domainPlans);
      if (reported.has(row.status)) expect(covered.get(row.id)).toEqual(domainCovered);
    }
    // What the status board counts and orders by is the report's own state and timing.
    const states = await context().dashboard.reportStates(periodIds, kinds);
    const ofReportingAgencies = [...expected.values()].filter((e) => reportingAgencies.has(e.report.agency_id)).map(({ report }) => report);
    const key = (s: { agencyId: string; periodId: string }): string => `${s.agencyId}|${s.periodId}`;
    expect(new Map(states.map((s) => [key(s), s]))).toEqual(
      new Map(
        ofReportingAgencies.map((r) => {
          const state = { agencyId: r.agency_id, periodId: r.period_id, status: r.status, submissionTiming: r.submission_timing, daysLate: r.days_late };
          return [key(state), state];
        }),
      ),
    );
    expect(states.filter((s) => s.submissionTiming !== null).length).toBeGreaterThan(100);
    return rows.length;
  };

  const expectDossierSumsAgree = async (): Promise<void> => {
    const { periodIds, agencyIds } = await scope();
    const reporting = new Set(agencyIds);
    const expected = [...(await domainFigures()).values()].filter((e) => reported.has(e.report.status) && reporting.has(e.report.agency_id));
    const sums = await context().dashboard.dossierSums(periodIds, kinds);
    const sumOf = (list: typeof expected): { reports: number; figures: DossierCounts } => {
      const withDossier = list.filter((e) => e.figures.dossier !== null);
      return { reports: withDossier.length, figures: sumDossierFigures(withDossier.map((e) => e.figures.dossier!)) };
    };
    const byPeriod = new Set(expected.map((e) => e.report.period_id));
    expect(sums.filter((s) => s.agencyId === null).map((s) => s.periodId).sort()).toEqual([...byPeriod].sort());
    const grouped = new Map<string, typeof expected>();
    for (const e of expected) {
      for (const key of [`${e.report.period_id}|`, `${e.report.period_id}|${e.report.agency_id}`]) grouped.set(key, [...(grouped.get(key) ?? []), e]);
    }
    for (const sum of sums) {
      const those = grouped.get(`${sum.periodId}|${sum.agencyId ?? ''}`) ?? [];
      expect({ periodId: sum.periodId, agencyId: sum.agencyId, reports: sum.reports, figures: sum.figures }).toEqual({
        periodId: sum.periodId,
        agencyId: sum.agencyId,
        ...sumOf(those),
      });
    }
    expect(sums.some((s) => s.agencyId === null && s.reports > 1)).toBe(true);
  };

  const expectActivitySumsAgree = async (): Promise<void> => {
    const { periodIds, agencyIds } = await scope();
    const reporting = new Set(agencyIds);
    const expected = [...(await domainFigures()).values()].filter((e) => reported.has(e.report.status) && reporting.has(e.report.agency_id));
    const sums = await context().dashboard.activitySums(periodIds, kinds);
    expect(sums.length).toBe(new Set(expected.map((e) => e.report.period_id)).size);
    for (const { periodId, ...sum } of sums) {
      expect({ periodId, ...sum }).toEqual({ periodId, ...activityTotals(expected.filter((e) => e.report.period_id === periodId).map((e) => e.figures)) });
    }
    expect(sums.some((s) => Object.keys(s.plansByArea).length > 1)).toBe(true);
  };

  /**
   * Each ranking figure as the database computes and groups it (rankedValues) equals the domain's
   * agencyFigure and provinceFigure over the same reports: as reported, and with agencies folded
   * into others (every third reporting agency into the next, whatever the data's successions: the
   * arithmetic must agree for any grouping). Over `periodCount` periods spread across the data.
   */
  const expectRankedValuesAgree = async (periodCount: number): Promise<number> => {
    const { agencyIds } = await scope();
    const reporting = new Set(agencyIds);
    const figures = [...(await domainFigures()).values()].filter((e) => reporting.has(e.report.agency_id));
    const withReports = [...new Set(figures.map((e) => e.report.period_id))].sort();
    const periods = withReports.filter((_, index) => index % Math.max(1, Math.floor(withReports.length / periodCount)) === 0);
    const sorted = [...agencyIds].sort();
    const folded = new Map(sorted.flatMap((id, index) => (index % 3 === 0 && sorted[index + 1] ? [[id, sorted[index + 1]!] as const] : [])));
    let compared = 0;
    for (const foldedInto of [new Map<string, string>(), folded]) {
      const owner = (agencyId: string): string => foldedInto.get(agencyId) ?? agencyId;
      for (const [index, periodId] of periods.entries()) {
        const previousId = periods[index - 1] ?? null;
        const inPeriod = (id: string | null) => figures.filter((e) => e.report.period_id === id);
        const reportedIn = (id: string | null) => inPeriod(id).filter((e) => reported.has(e.report.status)).map((e) => e.figures);
        for (const figure of RANKING_FIGURES) {
          const values = await context().dashboard.rankedValues(periodId, previousId, kinds, figure, foldedInto);
          const groups = new Map<string, ReportFigures[]>();
          for (const e of inPeriod(periodId)) {
            const members = groups.get(owner(e.report.agency_id)) ?? [];
            if (reported.has(e.report.status)) members.push(e.figures);
            groups.set(owner(e.report.agency_id), members);
          }
          expect({ figure, periodId, agencies: values.agencies }).toEqual({
            figure,
            periodId,
            agencies: new Map([...groups].map(([id, members]) => [id, agencyFigure(members, figure)])),
          });
          const province = (id: string | null) => {
            const { value, agencies } = provinceFigure(reportedIn(id), figure);
            return { value, valued: agencies };
          };
          expect({ figure, periodId, province: values.province }).toEqual({
            figure,
            periodId,
            province: new Map([[periodId, province(periodId)], ...(previousId && inPeriod(previousId).length > 0 ? [[previousId, province(previousId)] as const] : [])]),
          });
          compared += values.agencies.size;
        }
      }
    }
    return compared;
  };

  return { expectRowsAgree, expectDossierSumsAgree, expectActivitySumsAgree, expectRankedValuesAgree };
}

/**
 * On the demo data: per report and summed, after the migration fills the table again, and after
 * writes through the API.
 */
describe('Report figures: the database and the domain agree on the demo data', () => {
  let t: TestApp;
  let dashboard: DashboardRepository;
  const clock: DemoClock = { current: new Date('2026-11-26T00:00:00Z') };
  const { expectRowsAgree, expectDossierSumsAgree, expectActivitySumsAgree, expectRankedValuesAgree } = figureChecks(() => ({ t, dashboard }));

  beforeAll(async () => {
    t = await createTestApp({ now: () => clock.current });
    await seedDemo(t.app, clock);
    clock.current = new Date('2026-11-26T00:00:00Z');
    dashboard = t.app.get(DashboardRepository);
  }, 120_000);

  afterAll(async () => {
    await t.close();
  });

  it('stores, for every report, the figures the domain counts from its content', async () => {
    expect(await expectRowsAgree()).toBeGreaterThan(200);
  });

  it('sums dossier figures per period and per agency as the domain sums them', () => expectDossierSumsAgree());

  it('sums plans per area, decisions, inspections and trainings per period as the domain does', () => expectActivitySumsAgree());

  it('computes and groups every ranking figure as the domain does, for the agencies and the province', async () => {
    expect(await expectRankedValuesAgree(8)).toBeGreaterThan(1_000);
  });

  it('fills the table again from the reports when its migration runs (existing rows)', async () => {
    // Spoil every row, so only a real refill can make them agree again.
    await t.dataSource.query(`UPDATE report_figure SET plans = plans + 100, covered_areas = '[]'::jsonb`);
    // Back to before report_figure (the migrations after it first), then forward again.
    const migrations = (await t.dataSource.query<{ name: string }[]>(`SELECT name FROM migrations ORDER BY id DESC`)).map((m) => m.name);
    const undo = migrations.indexOf('ReportFigures1765152000000') + 1;
    expect(undo).toBeGreaterThan(0);
    for (let i = 0; i < undo; i++) await t.dataSource.undoLastMigration({ transaction: 'each' });
    expect((await t.dataSource.query<{ t: string | null }[]>(`SELECT to_regclass('report_figure') AS t`))[0]?.t).toBeNull();
    await t.dataSource.runMigrations({ transaction: 'each' });
    await expectRowsAgree();
  });

  it('follows each write through the API in its transaction, and not a write refused as stale', async () => {
    const token = (await request(t.http).post('/api/auth/login').send({ username: 'sngv', password: 'demo123' }).expect(200)).body.accessToken as string;
    const drafts = (await request(t.http).get('/api/reports?status=DRAFT').set('authorization', `Bearer ${token}`).expect(200)).body.items as { id: string }[];
    const draft = (await request(t.http).get(`/api/reports/${drafts[0]!.id}`).set('authorization', `Bearer ${token}`).expect(200)).body as {
      id: string;
      version: number;
      content: Report;
    };
    const dossier = { ...(draft.content.dossier ?? sumDossierFigures([])), receivedOnline: 7, resolvedOnTime: (draft.content.dossier?.resolvedOnTime ?? 0) + 7 };
    const plans = [...draft.content.plans, { symbol: '99/KH-SNgV', date: '2020-03-02', title: 'Kế hoạch tuyên truyền cải cách hành chính', areaKey: 'PROCEDURES' as const, year: 2020 }];
    await request(t.http)
      .patch(`/api/reports/${draft.id}`)
      .set('authorization', `Bearer ${token}`)
      .send({ version: draft.version, content: { dossier, plans } })
      .expect(200);
    const after = await t.dataSource.query<{ received_online: number; plans: number }[]>(`SELECT received_online, plans FROM report_figure WHERE report_id = $1`, [draft.id]);
    expect(after).toEqual([{ received_online: 7, plans: plans.length }]);

    await request(t.http)
      .patch(`/api/reports/${draft.id}`)
      .set('authorization', `Bearer ${token}`)
      .send({ version: draft.version, content: { plans: [] } })
      .expect(409);
    expect(await t.dataSource.query(`SELECT received_online, plans FROM report_figure WHERE report_id = $1`, [draft.id])).toEqual(after);
    await expectRowsAgree();
  });
});

/** The bench's generator (bench/scale), written as the app writes: loaded here as the bench loads it. */
const GENERATOR = '../../bench/scale/generate-scale.mjs';

/**
 * On a generated province (bench/scale/generate-scale.mjs: 20 departments and 100 communes over
 * ten years, 4,530 reports of every status), its figures written by the built app's
 * writeReportFigures as the bench writes them.
 */
describe('Report figures: the database and the domain agree on a generated province', () => {
  let t: TestApp;
  let dashboard: DashboardRepository;
  const { expectRowsAgree, expectDossierSumsAgree, expectActivitySumsAgree, expectRankedValuesAgree } = figureChecks(() => ({ t, dashboard }));

  beforeAll(async () => {
    t = await createTestApp();
    const { loadScale } = (await import(GENERATOR)) as { loadScale: (target: unknown, name: string) => Promise<unknown> };
    await loadScale(t.dataSource, 'province');
    dashboard = t.app.get(DashboardRepository);
  }, 120_000);

  afterAll(async () => {
    await t.close();
  });

  it('stores, for every report, the figures the domain counts from its content', async () => {
    expect(await expectRowsAgree()).toBeGreaterThan(4_000);
  });

  it('sums dossier figures per period and per agency as the domain sums them', () => expectDossierSumsAgree());

  it('sums plans per area, decisions, inspections and trainings per period as the domain does', () => expectActivitySumsAgree());

  it('computes and groups every ranking figure as the domain does, for the agencies and the province', async () => {
    expect(await expectRankedValuesAgree(6)).toBeGreaterThan(10_000);
  }, 60_000);
});
