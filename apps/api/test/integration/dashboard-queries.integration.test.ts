import { REPORTED_STATUSES, REPORTING_AGENCY_KINDS } from '@cchc/domain';
import { DASHBOARD_SQL, DashboardRepository } from '../../src/modules/dashboard/dashboard.repository.js';
import { seedDemo, type DemoClock } from '../../src/database/seeds/demo/demo.seeder.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];

/** The indexes a scan of a table uses: its own, or (a bitmap heap scan) those of the bitmap index scans under it. */
const indexesOf = (scan: PlanNode): string[] =>
  scan['Index Name'] ? [scan['Index Name']] : nodesOf(scan).flatMap((n) => (n['Node Type'] === 'Bitmap Index Scan' && n['Index Name'] ? [n['Index Name']] : []));

/**
 * Every dashboard query has an index for what it picks: EXPLAINed on the demo data with
 * sequential scans priced out (enable_seqscan off), no report, report_figure or period table is
 * read whole. On a few hundred rows the planner would rightly scan them anyway; this proves the
 * plan it can switch to as the tables grow (the benchmark EXPLAINs them at national scale).
 */
describe('Dashboard queries and their indexes', () => {
  let t: TestApp;
  const clock: DemoClock = { current: new Date('2026-11-26T00:00:00Z') };
  let periodIds: string[];
  let agencyIds: string[];
  const kinds = [...REPORTING_AGENCY_KINDS];

  beforeAll(async () => {
    t = await createTestApp({ now: () => clock.current });
    await seedDemo(t.app, clock);
    periodIds = (await t.dataSource.query<{ id: string }[]>(`SELECT id FROM reporting_period WHERE year = 2020`)).map((p) => p.id);
    agencyIds = (await t.dataSource.query<{ id: string }[]>(`SELECT id FROM agency`)).map((a) => a.id);
  }, 120_000);

  afterAll(async () => {
    await t.close();
  });

  const planOf = async (sql: string, parameters: unknown[]): Promise<PlanNode[]> => {
    const runner = t.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await runner.query(`SET LOCAL enable_seqscan = off`);
      const rows = (await runner.query(`EXPLAIN (FORMAT JSON) ${sql}`, parameters)) as { 'QUERY PLAN': unknown }[];
      await runner.rollbackTransaction();
      const raw = rows[0]?.['QUERY PLAN'];
      const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { Plan: PlanNode }[];
      return nodesOf(plan[0]!.Plan);
    } finally {
      await runner.release();
    }
  };

  it.each([
    ['reportStates', () => DASHBOARD_SQL.reportStates, () => [periodIds, kinds]],
    ['rankedReports', () => DASHBOARD_SQL.rankedReports('lateRate'), () => [periodIds, agencyIds]],
    ['rankingEnds', () => DASHBOARD_SQL.rankingEnds('onTimeRate', 'desc'), () => [periodIds[0], periodIds[1], kinds, agencyIds.slice(0, 2), agencyIds.slice(2, 4), 10, '2020-09-14']],
    ['rankedValues', () => DASHBOARD_SQL.rankedValues('lateRate'), () => [periodIds[0], periodIds[1], kinds, agencyIds.slice(0, 2), agencyIds.slice(2, 4)]],
    ['coverage', () => DASHBOARD_SQL.coverage, () => [periodIds, kinds, [...REPORTED_STATUSES]]],
    ['coverageEnds', () => DASHBOARD_SQL.coverageEnds, () => [periodIds[0], kinds, [...REPORTED_STATUSES], ['INSTITUTIONAL', 'PROCEDURES'], 10]],
    ['dossierSums', () => DASHBOARD_SQL.dossierSums, () => [periodIds, kinds, [...REPORTED_STATUSES]]],
    ['activitySums', () => DASHBOARD_SQL.activitySums, () => [periodIds, kinds, [...REPORTED_STATUSES]]],
  ] as const)('%s reads report_figure through its period index', async (_name, sql, parameters) => {
    const nodes = await planOf(sql(), parameters());
    // The agencies of the kinds asked for are picked from agency, which may be read whole: it is
    // the reference table, a few thousand rows at most, and every row of a kind is wanted.
    const scans = nodes.filter((n) => n['Relation Name'] !== undefined && n['Relation Name'] !== 'agency');
    expect(scans.filter((n) => n['Node Type'] === 'Seq Scan').map((n) => n['Relation Name'])).toEqual([]);
    const figureScans = scans.filter((n) => n['Relation Name'] === 'report_figure');
    expect(figureScans.length).toBeGreaterThan(0);
    expect(figureScans.map(indexesOf)).toEqual(figureScans.map(() => ['report_figure_period_idx']));
  });

  it("reads the status board's page of reports from report alone, by agency and period", async () => {
    const nodes = await planOf(DASHBOARD_SQL.statusReports, [periodIds, agencyIds.slice(0, 50)]);
    const scans = nodes.filter((n) => n['Relation Name'] !== undefined);
    expect(scans.map((n) => n['Relation Name'])).toEqual(['report']);
    expect(scans.map((n) => n['Node Type'])).not.toContain('Seq Scan');
    expect(indexesOf(scans[0]!).length).toBeGreaterThan(0);
    expect(indexesOf(scans[0]!).every((index) => ['report_agency_period_unique', 'report_period_idx'].includes(index))).toBe(true);
  });

  it('gives every report of the periods by agencies of the kinds as report_figure holds it, whatever its status', async () => {
    // What the whole board is counted, filtered and ordered by: each state whole, nulls as nulls.
    const someKinds = ['department', 'commune'] as const;
    const asStored = await t.dataSource.query<{ agencyId: string; periodId: string; status: string; submissionTiming: string | null; daysLate: number | null }[]>(
      `SELECT agency_id AS "agencyId", period_id AS "periodId", status, submission_timing AS "submissionTiming", days_late AS "daysLate"
       FROM report_figure WHERE period_id = ANY($1::uuid[]) AND agency_id IN (SELECT id FROM agency WHERE kind = ANY($2::varchar[]))`,
      [periodIds, someKinds],
    );
    const key = (s: { agencyId: string; periodId: string }): string => `${s.agencyId}|${s.periodId}`;
    const byKey = <T extends { agencyId: string; periodId: string }>(states: T[]): T[] => [...states].sort((a, b) => key(a).localeCompare(key(b)));
    const states = await t.app.get(DashboardRepository).reportStates(periodIds, someKinds);
    expect(byKey(states)).toEqual(byKey(asStored));
    expect(new Set(states.map((s) => s.status))).toEqual(new Set(['DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED']));
    expect(states.some((s) => s.submissionTiming === null && s.daysLate === null)).toBe(true);
    expect(states.some((s) => s.submissionTiming === 'AFTER_GRACE' && (s.daysLate ?? 0) > 0)).toBe(true);
    expect(new Set(states.map((s) => s.periodId))).toEqual(new Set(periodIds));
  });

  it("gives the page's reports as report holds them, each first submission as the instant to the millisecond in UTC", async () => {
    const pageAgencies = agencyIds.slice(0, 20);
    const [someReport] = await t.dataSource.query<{ id: string; first_submitted_at: Date }[]>(
      `SELECT id, first_submitted_at FROM report WHERE period_id = ANY($1::uuid[]) AND agency_id = ANY($2::uuid[]) AND first_submitted_at IS NOT NULL ORDER BY id LIMIT 1`,
      [periodIds, pageAgencies],
    );
    // Microseconds, as now() in SQL stores them: the instant is given to the millisecond, as Date has it.
    await t.dataSource.query(`UPDATE report SET first_submitted_at = '2020-09-18 10:00:00.123987+07' WHERE id = $1`, [someReport!.id]);
    try {
      const stored = await t.dataSource.query<
        { id: string; agency_id: string; period_id: string; status: string; first_submitted_at: Date | null; submission_timing: string | null; days_late: number | null }[]
      >(`SELECT id, agency_id, period_id, status, first_submitted_at, submission_timing, days_late FROM report WHERE period_id = ANY($1::uuid[]) AND agency_id = ANY($2::uuid[])`, [
        periodIds,
        pageAgencies,
      ]);
      const shown = await t.app.get(DashboardRepository).statusReports(periodIds, pageAgencies);
      const byId = <T extends { id: string }>(rows: T[]): T[] => [...rows].sort((a, b) => a.id.localeCompare(b.id));
      expect(byId(shown)).toEqual(
        byId(stored).map((r) => ({
          id: r.id,
          agencyId: r.agency_id,
          periodId: r.period_id,
          status: r.status,
          submittedAt: r.first_submitted_at === null ? null : new Date(r.first_submitted_at).toISOString(),
          submissionTiming: r.submission_timing,
          daysLate: r.days_late,
        })),
      );
      expect(shown.find((r) => r.id === someReport!.id)?.submittedAt).toBe('2020-09-18T03:00:00.123Z');
      expect(shown.some((r) => r.submittedAt === null)).toBe(true);
    } finally {
      await t.dataSource.query(`UPDATE report SET first_submitted_at = $2 WHERE id = $1`, [someReport!.id, someReport!.first_submitted_at]);
    }
  });

  it('counts reports per year from the period index alone', async () => {
    const nodes = await planOf(DASHBOARD_SQL.reportsPerYear, [kinds]);
    const figureScans = nodes.filter((n) => n['Relation Name'] === 'report_figure');
    expect(figureScans.map((n) => n['Node Type'])).not.toContain('Seq Scan');
    expect(figureScans.map(indexesOf)).toEqual(figureScans.map(() => ['report_figure_period_idx']));
  });
});
