import request from 'supertest';
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
    expect(onReplica.every((q) => /report_figure|data_version/.test(q))).toBe(true);
    const onPrimary = await statementsOf(primaryName);
    expect(onPrimary.length).toBeGreaterThan(0);
    expect(onPrimary.some((q) => /report_figure/.test(q))).toBe(false);
  });
});
