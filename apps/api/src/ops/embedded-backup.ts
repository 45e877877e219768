import { PGlite } from '@electric-sql/pglite';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataDirectoryLock, DataDirectoryLockedError } from '../database/data-directory-lock.js';
import { readBackupFile, writeBackupFile, type BackupManifest } from './backup-file.js';
import { OpsError } from './ops-error.js';
import { checkRestorable, compareTables } from './restore-checks.js';
import { appliedMigrations, serverVersion, summarizeTables, type RunQuery } from './table-summary.js';

export type Progress = (line: string) => void;

export interface BackupResult {
  file: string;
  bytes: number;
  manifest: BackupManifest;
}

export interface RestoreResult {
  manifest: BackupManifest;
  /** How many migrations the backup is behind this version (the app applies them at start). */
  behind: number;
  /** Where the replaced database went, when --force replaced one. */
  keptAside: string | null;
}

/**
 * Backs up an embedded data directory. PGlite does not let a second process in while the app
 * runs, so this takes the directory's lock like the app does: with the app running it refuses,
 * and while it runs the app cannot start. The copy is PGlite's own dump of its data directory
 * (`dumpDataDir`, a tar.gz), taken with the database open and idle, so it is consistent.
 */
export async function backupEmbedded(dataDir: string, file: string, progress: Progress): Promise<BackupResult> {
  if (dataDir.startsWith('memory://')) throw new OpsError('PGLITE_DATA_DIR is an in-memory database: there is nothing on disk to back up.');
  if (!hasContents(dataDir)) {
    throw new OpsError(`There is no embedded database at ${dataDir}. Set PGLITE_DATA_DIR to the data directory the app uses (or DATABASE_URL for a PostgreSQL server).`);
  }
  const lock = lockForOps(dataDir, 'backed up');
  const scratch = await mkdtemp(join(tmpdir(), 'cchc-backup-'));
  try {
    progress(`Opening the embedded database at ${dataDir} …`);
    const db = await PGlite.create(dataDir);
    let manifest: Omit<BackupManifest, 'payload'>;
    let payload: Blob;
    try {
      const query: RunQuery = async (sql) => (await db.query<Record<string, unknown>>(sql)).rows;
      const migrations = await appliedMigrations(query);
      if (migrations.length === 0) progress(`Warning: ${dataDir} has no migrations table; the app has never run on it.`);
      progress('Counting rows and computing checksums …');
      const tables = await summarizeTables(query);
      manifest = { kind: 'embedded', createdAt: new Date().toISOString(), migrations, serverVersion: await serverVersion(query), tables };
      progress('Copying the data directory …');
      payload = await db.dumpDataDir('gzip');
    } finally {
      await db.close();
    }
    const payloadPath = join(scratch, 'datadir.tar.gz');
    await writeFile(payloadPath, Buffer.from(await payload.arrayBuffer()), { mode: 0o600 });
    progress(`Writing ${file} …`);
    const bytes = await writeBackupFile(file, { ...manifest, payload: { encoding: 'pglite-datadir-tar-gzip' } }, payloadPath);
    const { manifest: written } = await readBackupFile(file);
    return { file, bytes, manifest: written };
  } finally {
    await rm(scratch, { recursive: true, force: true });
    lock.release();
  }
}

/**
 * Restores a backup into an embedded data directory. The database is first loaded into a new
 * directory beside the target and checked against the backup's row counts and checksums; only
 * then does it take the target's place, so a failed restore leaves the target as it was. A target
 * that already holds a database is refused unless `force`; then it is moved aside, never deleted.
 */
export async function restoreEmbedded(dataDir: string, file: string, options: { force: boolean }, progress: Progress): Promise<RestoreResult> {
  if (dataDir.startsWith('memory://')) throw new OpsError('PGLITE_DATA_DIR is an in-memory database: set it to the directory to restore into.');
  progress(`Checking ${file} …`);
  const header = await readBackupFile(file);
  const { manifest } = header;
  const { behind } = checkRestorable(manifest, 'embedded');
  const lock = lockForOps(dataDir, 'restored');
  const occupied = hasContents(dataDir);
  if (occupied && !options.force) {
    lock.release();
    throw new OpsError(
      `The data directory ${dataDir} already holds a database, and a restore would replace it. ` +
        'To replace it, run the restore again with --force: the current directory is then kept beside it (renamed, not deleted).',
    );
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const staging = `${dataDir.replace(/\/+$/, '')}.restoring-${stamp}`;
  try {
    progress(`Loading the database into ${staging} …`);
    const payload = new Blob([(await readFile(file)).subarray(header.payloadOffset)]);
    let db: PGlite;
    try {
      db = await PGlite.create(staging, { loadDataDir: payload });
    } catch (error) {
      throw new OpsError(
        `The database in ${file} could not be opened by this version's embedded PostgreSQL (the backup was made with PostgreSQL ${manifest.serverVersion}): ` +
          `${(error as Error).message}. Restore it with the version of the app that made it.`,
      );
    }
    try {
      progress('Comparing every table with the backup …');
      const restored = await summarizeTables(async (sql) => (await db.query<Record<string, unknown>>(sql)).rows);
      const differences = compareTables(manifest.tables, restored);
      if (differences.length > 0) throw new OpsError(`The restored database differs from the backup (${differences.join('; ')}). Nothing was replaced.`);
    } finally {
      await db.close();
    }
    let keptAside: string | null = null;
    if (occupied) {
      keptAside = `${dataDir.replace(/\/+$/, '')}.before-restore-${stamp}`;
      await rename(dataDir, keptAside);
      progress(`The previous database is kept at ${keptAside}.`);
    } else if (existsSync(dataDir)) {
      // An empty directory standing in the target's place.
      await rm(dataDir, { recursive: true });
    }
    await rename(staging, dataDir);
    return { manifest, behind, keptAside };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  } finally {
    lock.release();
  }
}

function hasContents(dir: string): boolean {
  try {
    return readdirSync(dir).length > 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') throw new OpsError(`${dir} is a file, not a data directory.`);
    throw error;
  }
}

function lockForOps(dataDir: string, what: string): DataDirectoryLock {
  try {
    return DataDirectoryLock.acquire(dataDir);
  } catch (error) {
    if (error instanceof DataDirectoryLockedError) {
      throw new OpsError(`The embedded database can only be ${what} while the app is stopped: stop the app, then run this again. (${error.message})`);
    }
    throw error;
  }
}
