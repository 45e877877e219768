import { PGlite } from '@electric-sql/pglite';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory.js';
import type { DatabaseConfig } from '../../src/config/app-config.js';
import { MIGRATIONS } from '../../src/database/migrations/index.js';
import { openDatabase } from '../../src/database/open-database.js';
import { ReportService } from '../../src/modules/reports/report.service.js';
import { backupEmbedded, restoreEmbedded } from '../../src/ops/embedded-backup.js';
import { OpsError } from '../../src/ops/ops-error.js';
import { restorePostgres } from '../../src/ops/postgres-backup.js';
import { readBackupHeader, type BackupManifest, type TableSummary } from '../../src/ops/backup-file.js';
import { summarizeTables } from '../../src/ops/table-summary.js';
import { periodId, reportContent } from '../factories/report.factory.js';
import { agencyId, createUser } from '../factories/user.factory.js';
import type { TestApp } from '../support/test-app.js';
import { createTestDatabase, expectedDatabaseKind, type TestDatabase } from '../support/test-database.js';

// `npm run backup` and `npm run restore` as the built commands run them, on the database kind of
// this run: a data directory of its own for the embedded one, databases of their own on the server.
const DIST = join(import.meta.dirname, '..', '..', 'dist', 'ops');
const kind = expectedDatabaseKind();
const work = mkdtempSync(join(tmpdir(), 'cchc-backup-test-'));
const quiet = () => undefined;
/** The schema a backup of this version records: the name of the last migration. */
const LATEST_MIGRATION = MIGRATIONS.at(-1)?.name ?? 'no migration';

/** Runs a built ops command with the app's database settings for `database`, never the caller's. */
function runCommand(script: 'backup' | 'restore', args: string[], database: DatabaseConfig): { status: number | null; stdout: string; stderr: string } {
  const { DATABASE_URL: _url, PGLITE_DATA_DIR: _dir, ...inherited } = process.env;
  const settings = database.kind === 'postgres' ? { DATABASE_URL: database.url } : { PGLITE_DATA_DIR: database.dataDir };
  const env = { ...inherited, ...settings, BACKUP_DIR: join(work, 'saved') };
  const result = spawnSync(process.execPath, [join(DIST, `${script}.js`), ...args], { env, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every table's row count and checksum, read straight from the database. */
async function checksums(database: DatabaseConfig): Promise<TableSummary[]> {
  if (database.kind === 'postgres') {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      return await summarizeTables(async (sql) => (await client.query<Record<string, unknown>>(sql)).rows);
    } finally {
      await client.end();
    }
  }
  const db = await PGlite.create(database.dataDir);
  try {
    return await summarizeTables(async (sql) => (await db.query<Record<string, unknown>>(sql)).rows);
  } finally {
    await db.close();
  }
}

/** A database the app has run on: reference data, users, reports drafted, submitted and returned. */
async function seedDatabase(config: DatabaseConfig): Promise<void> {
  const clock = { current: new Date('2026-03-10T03:00:00Z') };
  const database = await openDatabase(config);
  const app = await createApp({ port: 0, host: '127.0.0.1', database: config, webDistDir: null, jwtSecret: null, tokenTtlSeconds: 3600 }, database, {
    logger: false,
    now: () => clock.current,
  });
  try {
    const t: TestApp = { app, http: app.getHttpServer() as TestApp['http'], dataSource: app.get(DataSource), close: () => Promise.resolve() };
    const reports = app.get(ReportService);
    const reviewer = { ...(await createUser(t, { role: 'reviewer' })), role: 'reviewer' as const, agencyId: null };
    for (const code of ['STP', 'SNgV']) {
      const agency = await agencyId(t, code);
      const reporter = { ...(await createUser(t, { role: 'reporter', agencyId: agency })), role: 'reporter' as const, agencyId: agency };
      const approver = { ...(await createUser(t, { role: 'approver', agencyId: agency })), role: 'approver' as const, agencyId: agency };
      const submitted = await reports.create(reporter, { agencyId: agency, periodId: await periodId(t, 2026, 'Q1'), content: reportContent(code, 2026, 'Q1') });
      const sent = await reports.submit(approver, submitted.id, { version: submitted.version });
      await reports.returnForCorrection(reviewer, sent.id, { version: sent.version, reasons: [{ message: 'Bổ sung số liệu.' }] });
      await reports.create(reporter, { agencyId: agency, periodId: await periodId(t, 2026, 'H1'), content: reportContent(code, 2026, 'H1') });
    }
  } finally {
    await app.close();
    await database.close();
  }
}

/** A copy of a backup file with its manifest changed (the payload and its checksum untouched). */
async function withManifest(file: string, change: (manifest: BackupManifest) => BackupManifest): Promise<string> {
  const header = await readBackupHeader(file);
  const bytes = readFileSync(file);
  const changed = join(work, `changed-${Date.now()}-${Math.random().toString(36).slice(2)}.cchc-backup`);
  writeFileSync(changed, Buffer.concat([Buffer.from(`CCHC-BACKUP 1\n${JSON.stringify(change(header.manifest))}\n`), bytes.subarray(header.payloadOffset)]));
  return changed;
}

/** A fresh, empty target of the run's kind (on the server: a database name that does not exist yet). */
async function freshTarget(name: string, cleanup: TestDatabase[]): Promise<DatabaseConfig> {
  if (kind === 'embedded') return { kind: 'embedded', dataDir: join(work, name) };
  const database = await createTestDatabase();
  cleanup.push(database);
  // Dropped now, so the restore has to create it.
  await database.drop();
  return database.config;
}

function restoreInto(target: DatabaseConfig, file: string, force = false): Promise<unknown> {
  return target.kind === 'postgres'
    ? restorePostgres(target.url, file, { force, backupDir: join(work, 'saved') }, quiet)
    : restoreEmbedded(target.dataDir, file, { force }, quiet);
}

describe(`Backup and restore (${kind} database)`, () => {
  const cleanup: TestDatabase[] = [];
  let source: DatabaseConfig;
  let original: TableSummary[];
  /** Restored by the first test, then reused as a target that already holds a database. */
  let restored: DatabaseConfig;
  const backupFile = join(work, 'seeded.cchc-backup');

  beforeAll(async () => {
    if (kind === 'postgres') {
      const database = await createTestDatabase();
      cleanup.push(database);
      source = database.config;
    } else {
      source = { kind: 'embedded', dataDir: join(work, 'source') };
    }
    await seedDatabase(source);
    original = await checksums(source);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(cleanup.map((database) => database.drop()));
    // Data directories and backups: tens of megabytes per run.
    rmSync(work, { recursive: true, force: true });
  }, 60_000);

  it('backs up with npm run backup and restores with npm run restore into a fresh target, every table identical', async () => {
    const backup = runCommand('backup', ['--out', backupFile], source);
    expect(backup.stderr).toBe('');
    expect(backup.status).toBe(0);
    const rows = original.reduce((sum, table) => sum + table.rows, 0);
    expect(backup.stdout).toContain(`Backup written: ${backupFile} (`);
    expect(backup.stdout).toContain(`): ${original.length} tables, ${rows} rows, schema at ${LATEST_MIGRATION}.`);

    const target = await freshTarget('restored', cleanup);
    restored = target;
    const restore = runCommand('restore', [backupFile], target);
    expect(restore.stderr).toBe('');
    expect(restore.status).toBe(0);
    expect(restore.stdout).toMatch(new RegExp(`Restored .* into .*: ${original.length} tables, ${rows} rows, every table matching the backup\\.`));

    // The seed reached every table that matters, and the copy equals the original row for row.
    const byName = new Map(original.map((table) => [table.name, table.rows]));
    expect(byName.get('migrations')).toBe(MIGRATIONS.length);
    expect(byName.get('report')).toBe(4);
    expect(byName.get('report_submission')).toBeGreaterThanOrEqual(2);
    expect(byName.get('audit_entry')).toBeGreaterThanOrEqual(8);
    expect(await checksums(target)).toEqual(original);
  }, 180_000);

  it('refuses a target that already holds a database and leaves it as it was; --force replaces it and keeps the old one', async () => {
    const target = restored;
    // The target moves on after the backup: one report fewer.
    await withConnection(target, (query) => query(`DELETE FROM report_submission; DELETE FROM report WHERE submitted_at IS NULL`));
    const changed = await checksums(target);
    expect(changed).not.toEqual(original);

    const refused = runCommand('restore', [backupFile], target);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^Restore failed: The (data directory|database) .* (already holds a database|is not empty).*run the restore again with --force/);
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    expect(await checksums(target)).toEqual(changed);

    const forced = runCommand('restore', [backupFile, '--force'], target);
    expect(forced.stderr).toBe('');
    expect(forced.status).toBe(0);
    expect(await checksums(target)).toEqual(original);
    const keptAside = /the previous database is kept in (.+)\.$/m.exec(forced.stdout)?.[1];
    expect(keptAside).toBeDefined();
    if (target.kind === 'embedded') {
      expect(await checksums({ kind: 'embedded', dataDir: keptAside ?? '' })).toEqual(changed);
    } else {
      expect(keptAside?.startsWith(join(work, 'saved'))).toBe(true);
      expect((await readBackupHeader(keptAside ?? '')).manifest.tables).toEqual(changed);
    }
  }, 180_000);

  it('refuses a damaged file, a backup of the other kind and a newer schema, before touching the target', async () => {
    const target = await freshTarget('never-written', cleanup);
    const damaged = join(work, 'damaged.cchc-backup');
    const bytes = readFileSync(backupFile);
    bytes[bytes.length - 100] = (bytes[bytes.length - 100] ?? 0) ^ 0xff;
    writeFileSync(damaged, bytes);
    const otherKind = await withManifest(backupFile, (manifest) => ({ ...manifest, kind: kind === 'postgres' ? 'embedded' : 'postgres' }));
    const newer = await withManifest(backupFile, (manifest) => ({ ...manifest, migrations: [...manifest.migrations, 'FromTheFuture1999999999999'] }));

    await expect(restoreInto(target, damaged)).rejects.toThrow(/is damaged: its database part does not match the checksum/);
    await expect(restoreInto(target, otherKind)).rejects.toThrow(/^This backup is of (the embedded database \(PGlite\)|a PostgreSQL server), but the app is configured for/);
    await expect(restoreInto(target, newer)).rejects.toThrow(/made by a newer version of the app: .*FromTheFuture1999999999999/);
    await expect(restoreInto(target, join(work, 'nothing-here'))).rejects.toThrow(OpsError);

    if (target.kind === 'embedded') expect(existsSync(target.dataDir)).toBe(false);
    else await expect(checksums(target)).rejects.toThrow(/does not exist/);
  }, 60_000);

  (kind === 'embedded' ? it : it.skip)('refuses to back up or restore an embedded database while the app holds it', async () => {
    const dataDir = (source as Extract<DatabaseConfig, { kind: 'embedded' }>).dataDir;
    const lockModule = join(import.meta.dirname, '..', '..', 'dist', 'database', 'data-directory-lock.js');
    const holder = spawn(
      process.execPath,
      ['--input-type=module', '-e', `const { DataDirectoryLock } = await import(${JSON.stringify(lockModule)}); DataDirectoryLock.acquire(${JSON.stringify(dataDir)}); console.log('locked'); setInterval(() => {}, 1000);`],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));

      await expect(backupEmbedded(dataDir, join(work, 'while-running.cchc-backup'), quiet)).rejects.toThrow(
        /^The embedded database can only be backed up while the app is stopped: stop the app, then run this again\. \(.*is in use by another process/,
      );
      await expect(restoreEmbedded(dataDir, backupFile, { force: true }, quiet)).rejects.toThrow(/can only be restored while the app is stopped/);
      expect(existsSync(join(work, 'while-running.cchc-backup'))).toBe(false);
    } finally {
      holder.kill();
    }
    expect(await checksums(source)).toEqual(original);
  }, 60_000);
});

async function withConnection(database: DatabaseConfig, action: (query: (sql: string) => Promise<unknown>) => Promise<unknown>): Promise<void> {
  if (database.kind === 'postgres') {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await action((sql) => client.query(sql));
    } finally {
      await client.end();
    }
    return;
  }
  const db = await PGlite.create(database.dataDir);
  try {
    await action((sql) => db.exec(sql));
  } finally {
    await db.close();
  }
}
