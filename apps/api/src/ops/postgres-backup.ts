import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { backupFileName, extractPayload, readBackupFile, writeBackupFile, type BackupManifest } from './backup-file.js';
import type { BackupResult, Progress, RestoreResult } from './embedded-backup.js';
import { OpsError } from './ops-error.js';
import {
  checkDumpCanRead,
  checkRestoreCanRead,
  describeUrl,
  findPgTool,
  libpqConnection,
  parseMajor,
  runTool,
} from './postgres-tools.js';
import { checkRestorable, compareTables } from './restore-checks.js';
import { appliedMigrations, quoteIdent, serverVersion, summarizeTables, type RunQuery } from './table-summary.js';

/**
 * Backs up the database at `url` with `pg_dump --format=custom`, while the app may keep running.
 * The row counts and checksums recorded in the manifest are read in the very snapshot pg_dump
 * dumps (exported with pg_export_snapshot), so they describe exactly what the archive holds.
 */
export async function backupPostgres(url: string, file: string, progress: Progress): Promise<BackupResult> {
  progress(`Connecting to ${describeUrl(url)} …`);
  const client = await connect(url);
  const scratch = await mkdtemp(join(tmpdir(), 'cchc-backup-'));
  try {
    const query = queryOf(client);
    const serverMajor = await serverMajorOf(query);
    const pgDump = findPgTool('pg_dump', serverMajor);
    checkDumpCanRead(pgDump, serverMajor);
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const [exported] = await query('SELECT pg_export_snapshot() AS snapshot');
    const migrations = await appliedMigrations(query);
    if (migrations.length === 0) progress(`Warning: ${describeUrl(url)} has no migrations table; the app has never run on it.`);
    progress('Counting rows and computing checksums …');
    const tables = await summarizeTables(query);
    const manifest: Omit<BackupManifest, 'payload'> = {
      kind: 'postgres',
      createdAt: new Date().toISOString(),
      migrations,
      serverVersion: await serverVersion(query),
      tables,
    };
    progress(`Dumping with ${pgDump.version} …`);
    const payloadPath = join(scratch, 'database.dump');
    const connection = libpqConnection(url);
    await runTool(pgDump, ['--format=custom', `--snapshot=${String(exported?.snapshot)}`, '--no-password', `--file=${payloadPath}`, `--dbname=${connection.dbname}`], connection.env);
    await client.query('COMMIT');
    progress(`Writing ${file} …`);
    const bytes = await writeBackupFile(file, { ...manifest, payload: { encoding: 'pg_dump-custom', tool: pgDump.version } }, payloadPath);
    const { manifest: written } = await readBackupFile(file);
    return { file, bytes, manifest: written };
  } finally {
    await client.end().catch(() => undefined);
    await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * Restores a backup into the database at `url`, creating that database when it does not exist.
 * A database that already holds tables is refused unless `force`; then its contents are first
 * saved to a backup file in `backupDir`, and the clearing and the restore run in one transaction
 * (psql --single-transaction), so a failed restore leaves the database as it was. Afterwards every
 * table is compared with the backup's row counts and checksums.
 */
export async function restorePostgres(
  url: string,
  file: string,
  options: { force: boolean; backupDir: string },
  progress: Progress,
): Promise<RestoreResult> {
  progress(`Checking ${file} …`);
  const header = await readBackupFile(file);
  const { manifest } = header;
  const { behind } = checkRestorable(manifest, 'postgres');
  const target = describeUrl(url);

  const client = await connect(url, { create: true, progress });
  let savedBefore: string | null = null;
  const scratch = await mkdtemp(join(tmpdir(), 'cchc-restore-'));
  try {
    const query = queryOf(client);
    const serverMajor = await serverMajorOf(query);
    const pgRestore = findPgTool('pg_restore', serverMajor);
    checkRestoreCanRead(pgRestore, manifest.payload.tool ? parseMajor(manifest.payload.tool) : null);
    const psql = findPgTool('psql', serverMajor);

    const existing = await userRelations(query);
    if (existing.length > 0 && !options.force) {
      const shown = existing.slice(0, 5).join(', ') + (existing.length > 5 ? ', …' : '');
      throw new OpsError(
        `The database ${target} is not empty (it holds ${existing.length} tables, sequences or views: ${shown}), and a restore would replace it. ` +
          `To replace it, run the restore again with --force: its current contents are then first saved to a backup file in ${options.backupDir}.`,
      );
    }
    if (existing.length > 0) {
      savedBefore = join(options.backupDir, backupFileName('postgres', new Date(), 'before-restore'));
      progress(`Saving the current contents of ${target} first …`);
      await backupPostgres(url, savedBefore, progress);
      progress(`Saved to ${savedBefore}.`);
    }

    progress('Preparing the restore script …');
    const archive = join(scratch, 'database.dump');
    const script = join(scratch, 'restore.sql');
    const clear = join(scratch, 'clear.sql');
    await extractPayload(header, archive);
    // Objects are owned by whoever restores, and privileges are left as the target has them, so a
    // backup restores on a server whose roles differ from the original's.
    const connection = libpqConnection(url);
    await runTool(pgRestore, ['--no-owner', '--no-acl', `--file=${script}`, archive], connection.env);
    await writeFile(clear, existing.length > 0 ? CLEAR_DATABASE_SQL : '', { mode: 0o600 });
    progress(`Restoring into ${target} …`);
    await runTool(
      psql,
      ['--no-psqlrc', '--quiet', '--no-password', '--single-transaction', '--set=ON_ERROR_STOP=1', `--file=${clear}`, `--file=${script}`, `--dbname=${connection.dbname}`],
      connection.env,
    );

    progress('Comparing every table with the backup …');
    const differences = compareTables(manifest.tables, await summarizeTables(query));
    if (differences.length > 0) {
      throw new OpsError(
        `The restore into ${target} finished, but the database differs from the backup (${differences.join('; ')}).` +
          (savedBefore ? ` The previous contents are in ${savedBefore}.` : ''),
      );
    }
    return { manifest, behind, keptAside: savedBefore };
  } finally {
    await client.end().catch(() => undefined);
    await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * Empties the database before a forced restore: every schema but public and the system ones, and
 * every table, view, sequence, type and function in public, leaving extensions and their objects.
 * The sequence of an identity column goes with its table (it cannot be dropped apart). The script
 * the backup restores from then recreates everything.
 */
const CLEAR_DATABASE_SQL = `
DO $clear$
DECLARE r record;
BEGIN
  FOR r IN SELECT n.nspname FROM pg_namespace n
            WHERE n.nspname <> 'public' AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_namespace'::regclass AND d.objid = n.oid AND d.deptype = 'e') LOOP
    EXECUTE format('DROP SCHEMA IF EXISTS %I CASCADE', r.nspname);
  END LOOP;
  FOR r IN SELECT c.relname, c.relkind FROM pg_class c
            WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('e', 'i')) LOOP
    EXECUTE format('DROP %s IF EXISTS public.%I CASCADE',
      CASE r.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE' WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END,
      r.relname);
  END LOOP;
  FOR r IN SELECT p.oid::regprocedure AS signature, p.prokind FROM pg_proc p
            WHERE p.pronamespace = 'public'::regnamespace
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e') LOOP
    EXECUTE format('DROP %s IF EXISTS %s CASCADE', CASE r.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE' ELSE 'FUNCTION' END, r.signature);
  END LOOP;
  FOR r IN SELECT t.typname FROM pg_type t
            WHERE t.typnamespace = 'public'::regnamespace AND t.typtype IN ('e', 'd', 'c', 'r', 'm')
              AND (t.typrelid = 0 OR (SELECT c.relkind FROM pg_class c WHERE c.oid = t.typrelid) = 'c')
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e') LOOP
    EXECUTE format('DROP TYPE IF EXISTS public.%I CASCADE', r.typname);
  END LOOP;
END
$clear$;
`;

async function connect(url: string, options: { create?: boolean; progress?: Progress } = {}): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 15_000 });
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => undefined);
    if ((error as { code?: string }).code === '3D000' && options.create) {
      await createDatabase(url);
      options.progress?.(`Created the database ${describeUrl(url)}.`);
      return connect(url);
    }
    throw new OpsError(`Cannot connect to ${describeUrl(url)}: ${(error as Error).message}. Is the server running, and is DATABASE_URL right?`);
  }
}

async function createDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const client = await connect(maintenance.toString());
  try {
    await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
  } catch (error) {
    throw new OpsError(`The database ${describeUrl(url)} does not exist and could not be created: ${(error as Error).message}. Create it (createdb) and run this again.`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function queryOf(client: pg.Client): RunQuery {
  return async (sql) => (await client.query<Record<string, unknown>>(sql)).rows;
}

async function serverMajorOf(query: RunQuery): Promise<number> {
  const [row] = await query('SHOW server_version_num');
  return Math.floor(Number(row?.server_version_num) / 10_000);
}

/** Tables, views and sequences outside the system schemas, except those of extensions. */
async function userRelations(query: RunQuery): Promise<string[]> {
  const rows = await query(`
    SELECT CASE WHEN n.nspname = 'public' THEN c.relname ELSE n.nspname || '.' || c.relname END AS name
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
       AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
     ORDER BY c.relkind <> 'r', 1`);
  return rows.map((row) => String(row.name));
}
