import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';
import { OpsError } from './ops-error.js';

/**
 * A backup file is one line naming the format, one line of JSON (the manifest), then the
 * database itself (the payload) as the database kind's own tool wrote it:
 *
 *     CCHC-BACKUP 1\n
 *     {"kind":"postgres","createdAt":"…","migrations":[…],"tables":[…],"payload":{…}}\n
 *     <pg_dump custom archive, or PGlite data directory as tar.gz>
 *
 * The manifest lets a restore refuse the wrong database kind or a newer schema before it touches
 * anything, and its SHA-256 of the payload finds a damaged or truncated file.
 */
export const BACKUP_MAGIC = 'CCHC-BACKUP';
export const BACKUP_FORMAT_VERSION = 1;
/** Conventional extension of backup files. */
export const BACKUP_EXTENSION = '.cchc-backup';
/** The two header lines never come near this; a larger header means this is not a backup. */
const MAX_HEADER_BYTES = 1024 * 1024;

const tableSummarySchema = z.object({
  name: z.string().min(1),
  rows: z.number().int().nonnegative(),
  md5: z.string().regex(/^[0-9a-f]{32}$/),
});

export const backupManifestSchema = z.object({
  kind: z.enum(['embedded', 'postgres']),
  createdAt: z.iso.datetime(),
  /** Names of the app's migrations applied in the backed-up database, oldest first. */
  migrations: z.array(z.string()),
  /** `SHOW server_version` of the backed-up database. */
  serverVersion: z.string(),
  /** Row count and checksum of every table in the public schema, as backed up. */
  tables: z.array(tableSummarySchema),
  payload: z.object({
    encoding: z.enum(['pg_dump-custom', 'pglite-datadir-tar-gzip']),
    /** For pg_dump archives: `pg_dump --version`, so a restore can ask for a pg_restore able to read it. */
    tool: z.string().optional(),
    bytes: z.number().int().nonnegative(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
});

export type BackupManifest = z.infer<typeof backupManifestSchema>;
export type TableSummary = z.infer<typeof tableSummarySchema>;

/** `cchc-postgres-2026-05-01T10-20-30Z.cchc-backup`: sorts by time, safe in every file system. */
export function backupFileName(kind: 'embedded' | 'postgres', at: Date, suffix?: string): string {
  const stamp = at.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
  return `cchc-${kind}-${stamp}${suffix ? `-${suffix}` : ''}.cchc-backup`;
}

/** A backup file whose header has been read: where its payload starts. */
export interface BackupFileHeader {
  path: string;
  manifest: BackupManifest;
  payloadOffset: number;
}

/**
 * Writes `manifest` and the payload file as one backup file at `path`. The file is written under
 * a temporary name and renamed at the end, so an interrupted backup never leaves a file that
 * looks complete. Returns the size of the backup file.
 */
export async function writeBackupFile(
  path: string,
  manifest: Omit<BackupManifest, 'payload'> & { payload: Omit<BackupManifest['payload'], 'bytes' | 'sha256'> },
  payloadPath: string,
): Promise<number> {
  const { size: bytes } = await stat(payloadPath);
  const sha256 = await sha256Of(payloadPath, 0);
  const complete: BackupManifest = { ...manifest, payload: { ...manifest.payload, bytes, sha256 } };
  const partial = `${path}.partial`;
  await mkdir(dirname(path), { recursive: true });
  try {
    const out = createWriteStream(partial, { flags: 'wx', mode: 0o600 });
    out.write(`${BACKUP_MAGIC} ${BACKUP_FORMAT_VERSION}\n${JSON.stringify(complete)}\n`);
    await pipeline(createReadStream(payloadPath), out);
    await rename(partial, path);
  } catch (error) {
    await rm(partial, { force: true });
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new OpsError(`${partial} already exists: another backup to ${path} may be running. Remove it if not.`);
    }
    throw error;
  }
  return (await stat(path)).size;
}

/**
 * Reads and checks the header of a backup file, and checks the payload against the size and
 * SHA-256 the header records. Every way a file can be wrong ends in an {@link OpsError} naming it.
 */
export async function readBackupFile(path: string): Promise<BackupFileHeader> {
  const header = await readBackupHeader(path);
  const { size } = await stat(path);
  const { bytes, sha256 } = header.manifest.payload;
  const found = size - header.payloadOffset;
  if (found !== bytes) {
    throw new OpsError(`${path} is damaged or truncated: its database part should be ${bytes} bytes but is ${found}. Use another backup.`);
  }
  if ((await sha256Of(path, header.payloadOffset)) !== sha256) {
    throw new OpsError(`${path} is damaged: its database part does not match the checksum recorded when it was made. Use another backup.`);
  }
  return header;
}

/** The header alone, without reading the payload. */
export async function readBackupHeader(path: string): Promise<BackupFileHeader> {
  let head: Buffer;
  try {
    const file = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(MAX_HEADER_BYTES);
      const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await file.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new OpsError(`There is no file ${path}.`);
    if (code === 'EISDIR') throw new OpsError(`${path} is a directory, not a backup file.`);
    throw error;
  }
  const notABackup = new OpsError(`${path} is not a backup made by this app (it does not start with "${BACKUP_MAGIC}").`);
  const firstEnd = head.indexOf(0x0a);
  if (firstEnd < 0) throw notABackup;
  const [magic, version] = head.subarray(0, firstEnd).toString('latin1').split(' ');
  if (magic !== BACKUP_MAGIC || !version || !/^\d+$/.test(version)) throw notABackup;
  if (Number(version) > BACKUP_FORMAT_VERSION) {
    throw new OpsError(`${path} was made by a newer version of the app (backup format ${version}; this version reads format ${BACKUP_FORMAT_VERSION}). Restore it with that version or a newer one.`);
  }
  const secondEnd = head.indexOf(0x0a, firstEnd + 1);
  if (secondEnd < 0) throw new OpsError(`${path} is damaged: its header is incomplete.`);
  let manifest: BackupManifest;
  try {
    manifest = backupManifestSchema.parse(JSON.parse(head.subarray(firstEnd + 1, secondEnd).toString('utf8')));
  } catch {
    throw new OpsError(`${path} is damaged: its header cannot be read.`);
  }
  return { path, manifest, payloadOffset: secondEnd + 1 };
}

/** Copies the payload of a checked backup file to `destination`. */
export async function extractPayload(header: BackupFileHeader, destination: string): Promise<void> {
  await pipeline(createReadStream(header.path, { start: header.payloadOffset }), createWriteStream(destination, { flags: 'wx', mode: 0o600 }));
}

async function sha256Of(path: string, start: number): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path, { start }), hash);
  return hash.digest('hex');
}
