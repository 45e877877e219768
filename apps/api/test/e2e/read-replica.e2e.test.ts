import request from 'supertest';
import { RANKING_FIGURES, type RankingFigure } from '@cchc/domain';
import { DASHBOARD_SQL } from '../../src/modules/dashboard/dashboard.repository.js';
import { createUser, loginAs } from '../factories/user.factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const onServer = Boolean(process.env.DATABASE_URL?.trim());

// With DATABASE_REPLICA_URL the dashboard's reads (and the data version they are tagged with) go
// to the replica and everything else to the primary. The "replica" here is the same test database
// reached under another application_name, so the server itself says which connection ran what.
(onServer ? describe : describe.skip)('Dashboard reads on a read replica (PostgreSQL)', () => {
  let t: TestApp;
  let reviewer: string;
  const replicaName = `cchc_replica_${process.pid}`;
  const primaryName = `cchc_primary_${process.pid}`;
  const withName = (url: string, name: string): string => {
    const parsed = new URL(url);
    parsed.searchParams.set('application_name', name);
    return parsed.toString();
  };
  const statementsOf = async (name: string): Promise<string[]> =>
    (await t.dataSource.query<{ query: string }[]>(`SELECT query FROM pg_stat_activity WHERE application_name = $1`, [name])).map((r) => r.query);
  /** Every statement the dashboard's repository sends (DASHBOARD_SQL), for every figure and order. */
  const dashboardStatements: string[] = Object.values(DASHBOARD_SQL).flatMap((sql: string | ((figure: RankingFigure, order: 'asc' | 'desc') => string)) =>
    typeof sql === 'string' ? [sql] : RANKING_FIGURES.flatMap((figure) => [sql(figure, 'asc'), sql(figure, 'desc')]),
  );
  /**
   * A statement as pg_stat_activity shows it is one of the dashboard's queries, or a read of the
   * data version. The server keeps only the first track_activity_query_size bytes (1,024 by
   * default) of a statement, so a long query is known by its beginning.
   */
  const isDashboardRead = (shown: string): boolean => /data_version/.test(shown) || dashboardStatements.some((sql) => sql.startsWith(shown));

  beforeAll(async () => {
    t = await createTestApp({
      database: (config) => (config.kind === 'postgres' ? { kind: 'postgres', url: withName(config.url, primaryName), replicaUrl: withName(config.url, replicaName) } : config),
    });
    reviewer = await loginAs(t, await createUser(t, { role: 'reviewer' }));
  });

  afterAll(async () => {
    await t?.close();
  });

  it("runs the dashboard's queries and its data version on the replica, and the rest on the primary", async () => {
    await request(t.http).get('/api/dashboard/overview').set('authorization', `Bearer ${reviewer}`).expect(200);
    // pg_stat_activity keeps each idle connection's last statement.
    const onReplica = await statementsOf(replicaName);
    expect(onReplica.length).toBeGreaterThan(0);
    expect(onReplica.filter((q) => !isDashboardRead(q))).toEqual([]);
    const onPrimary = await statementsOf(primaryName);
    expect(onPrimary.length).toBeGreaterThan(0);
    expect(onPrimary.some((q) => /report_figure/.test(q))).toBe(false);
  });
});
