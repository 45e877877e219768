import type { DataSource } from 'typeorm';
import { DASHBOARD_SQL } from '../../src/modules/dashboard/dashboard.repository.js';
import { DATA_VERSION_SQL } from '../../src/common/http/data-version-etag.interceptor.js';
import { MAX_PREPARED_STATEMENTS, prepared, preparedStatementName } from '../../src/common/database/prepared-statements.js';
import { SESSION_USER_SQL } from '../../src/modules/users/user.repository.js';
import { REPORT_COLUMNS, REPORT_FOR_EDIT_SQL } from '../../src/modules/reports/report.repository.js';
import { ReportEntity } from '../../src/modules/reports/report.entity.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { expectedDatabaseKind } from '../support/test-database.js';

const onServer = expectedDatabaseKind() === 'postgres';

/** Runs `work` on one connection of the app's pool, and says what that session has prepared. */
async function preparedOnOneConnection(dataSource: DataSource, work: (query: (sql: string, params?: unknown[]) => Promise<unknown>) => Promise<void>): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  try {
    await work((sql, params) => runner.query(sql, params));
    const rows: { statement: string }[] = await runner.query('SELECT statement FROM pg_prepared_statements');
    return rows.map((row) => row.statement);
  } finally {
    await runner.release();
  }
}

const DECLARED = prepared('SELECT id, code FROM agency WHERE code = $1');
const UNDECLARED = 'SELECT id, name_vi FROM agency WHERE code = $1';
/** Declared before the test of the limit fills it, and run on one connection only. */
const RUN_BY_ONE_CONNECTION = prepared('SELECT id, code, kind FROM agency WHERE code = $1');

describe('statements prepared on each connection', () => {
  describe(prepared.name, () => {
    it('refuses a statement that selects *, and takes count(*)', () => {
      expect(() => prepared('SELECT r.* FROM report r WHERE r.id = $1')).toThrow(/names its columns/);
      expect(() => prepared('SELECT * FROM report WHERE id = $1')).toThrow(/names its columns/);
      expect(() => prepared('SELECT r.id, a.* FROM report r JOIN agency a ON a.id = r.agency_id')).toThrow(/names its columns/);
      expect(() => prepared('SELECT "r".* FROM report "r"')).toThrow(/names its columns/);
      expect(() => prepared('UPDATE report SET version = version + 1 WHERE id = $1 RETURNING *')).toThrow(/names its columns/);
      expect(prepared('SELECT count(*) AS n FROM report WHERE period_id = $1')).toBe('SELECT count(*) AS n FROM report WHERE period_id = $1');
      expect(preparedStatementName('SELECT count(*) AS n FROM report WHERE period_id = $1')).toMatch(/^cchc_\d+$/);
    });

    it('declares the statements of every signed-in request, of the dashboard and of an edit', () => {
      const declared = [SESSION_USER_SQL, DATA_VERSION_SQL, REPORT_FOR_EDIT_SQL, DASHBOARD_SQL.reportStates, DASHBOARD_SQL.statusReports, DASHBOARD_SQL.rankingEnds('onTimeRate', 'desc')];
      const names = declared.map((sql) => preparedStatementName(sql) ?? '');
      for (const name of names) expect(name).toMatch(/^cchc_\d+$/);
      expect(new Set(names).size).toBe(declared.length);
    });

    it(`declares at most ${MAX_PREPARED_STATEMENTS} texts: a text built per request cannot fill the server's memory`, () => {
      for (let i = 0; i < MAX_PREPARED_STATEMENTS + 10; i++) prepared(`SELECT id FROM agency WHERE code = $1 OR code = '${i}'`);
      expect(preparedStatementName(`SELECT id FROM agency WHERE code = $1 OR code = '${MAX_PREPARED_STATEMENTS + 5}'`)).toBeUndefined();
      // Those declared before stay prepared.
      expect(preparedStatementName(DECLARED)).toBeDefined();
    });
  });

  describe(`on ${onServer ? 'PostgreSQL' : 'the embedded database'}`, () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await createTestApp();
    });

    afterAll(async () => {
      await t?.close();
    });

    it(onServer ? 'prepares a declared statement on the connection that runs it, and no other' : 'prepares nothing: its one session outlives the connections', async () => {
      const statements = await preparedOnOneConnection(t.dataSource, async (query) => {
        await query(DECLARED, ['SNV']);
        await query(UNDECLARED, ['SNV']);
        expect(await query(DECLARED, ['SNV'])).toEqual([expect.objectContaining({ code: 'SNV' })]);
      });
      expect(statements).toEqual(onServer ? [DECLARED] : []);
    });

    it("reads every column of a report for an edit, as the entity maps them (the prepared statement names them)", () => {
      expect([...REPORT_COLUMNS].sort()).toEqual(t.dataSource.getMetadata(ReportEntity).columns.map((column) => column.databaseName).sort());
    });

    (onServer ? it : it.skip)('keeps answering once a migration adds a column under a running app', async () => {
      const runner = t.dataSource.createQueryRunner();
      try {
        const before = await runner.query(DECLARED, ['SNV']);
        await t.dataSource.query('ALTER TABLE agency ADD COLUMN added_later integer');
        expect(await runner.query(DECLARED, ['SNV'])).toEqual(before);
      } finally {
        await runner.release();
        await t.dataSource.query('ALTER TABLE agency DROP COLUMN added_later');
      }
    });

    (onServer ? it : it.skip)('drops a connection whose prepared statement a migration made stale, so it fails once there and not again', async () => {
      const once = RUN_BY_ONE_CONNECTION;
      const runner = t.dataSource.createQueryRunner();
      await runner.query(once, ['SNV']);
      try {
        // A column it returns changes type under the running app: the server refuses the prepared plan.
        await t.dataSource.query('ALTER TABLE agency ALTER COLUMN code TYPE text');
        await expect(runner.query(once, ['SNV'])).rejects.toMatchObject({ driverError: { code: '0A000' } });
      } finally {
        await runner.release();
      }
      try {
        // The pool hands out the connection given back last: had it kept that one, this would fail.
        for (let i = 0; i < 3; i++) {
          const next = t.dataSource.createQueryRunner();
          try {
            expect(await next.query(once, ['SNV'])).toEqual([expect.objectContaining({ code: 'SNV' })]);
          } finally {
            await next.release();
          }
        }
      } finally {
        await t.dataSource.query('ALTER TABLE agency ALTER COLUMN code TYPE varchar(32)');
      }
    });
  });

  (onServer ? describe : describe.skip)('with DATABASE_PREPARED_STATEMENTS=off', () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await createTestApp({ database: (config) => (config.kind === 'postgres' ? { ...config, preparedStatements: false } : config) });
    });

    afterAll(async () => {
      await t?.close();
    });

    it('prepares nothing, for a pooler that keeps no prepared statements', async () => {
      const statements = await preparedOnOneConnection(t.dataSource, async (query) => {
        await query(DECLARED, ['SNV']);
        await query(DECLARED, ['SNV']);
      });
      expect(statements).toEqual([]);
    });
  });
});
