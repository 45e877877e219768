import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupFileName, readBackupFile, readBackupHeader, writeBackupFile, type BackupManifest } from './backup-file.js';
import { OpsError } from './ops-error.js';

const dir = mkdtempSync(join(tmpdir(), 'cchc-backup-file-'));
let sequence = 0;

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const manifest = (overrides: Partial<BackupManifest> = {}) => ({
  kind: 'embedded' as const,
  createdAt: '2026-05-01T10:20:30.000Z',
  migrations: ['CreateReferenceTables1764115200000'],
  serverVersion: '18.6',
  tables: [{ name: 'agency', rows: 2, md5: 'bd9d12f464158a857ac917be19da855a' }],
  payload: { encoding: 'pglite-datadir-tar-gzip' as const },
  ...overrides,
});

/** A backup file around the given payload bytes. */
async function backupOf(payload: Buffer): Promise<string> {
  sequence += 1;
  const payloadPath = join(dir, `payload-${sequence}`);
  writeFileSync(payloadPath, payload);
  const file = join(dir, `backup-${sequence}.cchc-backup`);
  await writeBackupFile(file, manifest(), payloadPath);
  return file;
}

function rewritten(file: string, change: (bytes: Buffer) => Buffer): string {
  const changed = `${file}.changed-${++sequence}`;
  writeFileSync(changed, change(readFileSync(file)));
  return changed;
}

describe('writeBackupFile and readBackupFile', () => {
  it('reads back the manifest with the payload size and SHA-256 filled in', async () => {
    const file = await backupOf(Buffer.from('the database'));

    const header = await readBackupFile(file);

    expect(header.manifest).toMatchObject({ kind: 'embedded', migrations: ['CreateReferenceTables1764115200000'], payload: { bytes: 12 } });
    expect(header.manifest.payload.sha256).toBe(createHash('sha256').update('the database').digest('hex'));
    expect(readFileSync(file).subarray(header.payloadOffset).toString()).toBe('the database');
  });

  it('refuses to overwrite a backup being written under the same name', async () => {
    const file = await backupOf(Buffer.from('first'));
    writeFileSync(`${file}-again.partial`, 'someone else');

    await expect(writeBackupFile(`${file}-again`, manifest(), file)).rejects.toThrow(/already exists/);
  });

  it('finds a changed byte in the payload', async () => {
    const file = await backupOf(Buffer.from('the database'));
    const damaged = rewritten(file, (bytes) => {
      bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
      return bytes;
    });

    await expect(readBackupFile(damaged)).rejects.toThrow(/is damaged: its database part does not match the checksum/);
  });

  it('finds a truncated file', async () => {
    const file = await backupOf(Buffer.from('the database'));
    const truncated = rewritten(file, (bytes) => bytes.subarray(0, bytes.length - 4));

    await expect(readBackupFile(truncated)).rejects.toThrow(/damaged or truncated: its database part should be 12 bytes but is 8/);
  });

  it('refuses a file that is not a backup', async () => {
    const other = join(dir, 'notes.txt');
    writeFileSync(other, 'a text file\nwith lines\n');

    await expect(readBackupFile(other)).rejects.toThrow(/is not a backup made by this app/);
    await expect(readBackupFile(join(dir, 'missing.cchc-backup'))).rejects.toThrow(/There is no file/);
    await expect(readBackupFile(dir)).rejects.toThrow(/is a directory/);
  });

  it('refuses a header that does not hold a valid manifest', async () => {
    const file = await backupOf(Buffer.from('x'));
    const damaged = rewritten(file, (bytes) => Buffer.from(bytes.toString('latin1').replace('"kind":"embedded"', '"kind":"oracle"'), 'latin1'));

    await expect(readBackupHeader(damaged)).rejects.toThrow(/its header cannot be read/);
  });

  it('refuses a format newer than this version reads, saying which version to use', async () => {
    const file = await backupOf(Buffer.from('x'));
    const newer = rewritten(file, (bytes) => Buffer.from(bytes.toString('latin1').replace(/^CCHC-BACKUP 1/, 'CCHC-BACKUP 2'), 'latin1'));

    const error = await readBackupHeader(newer).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpsError);
    expect((error as Error).message).toMatch(/made by a newer version of the app \(backup format 2; this version reads format 1\)/);
  });
});

describe('backupFileName', () => {
  it('names the kind and the time to the second, with no colon', () => {
    expect(backupFileName('postgres', new Date('2026-05-01T10:20:30.456Z'))).toBe('cchc-postgres-2026-05-01T10-20-30Z.cchc-backup');
    expect(backupFileName('embedded', new Date('2026-05-01T10:20:30Z'), 'before-restore')).toBe('cchc-embedded-2026-05-01T10-20-30Z-before-restore.cchc-backup');
  });
});
