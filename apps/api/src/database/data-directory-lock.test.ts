import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { DataDirectoryLock, DataDirectoryLockedError } from './data-directory-lock.js';

describe(DataDirectoryLock.name, () => {
  const newDataDir = (): string => join(mkdtempSync(join(tmpdir(), 'cchc-lock-')), 'pglite');

  it('refuses a directory locked by another live process', async () => {
    const dataDir = newDataDir();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)']);
    try {
      writeFileSync(`${dataDir}.lock`, String(other.pid));
      expect(() => DataDirectoryLock.acquire(dataDir)).toThrow(DataDirectoryLockedError);
      expect(() => DataDirectoryLock.acquire(dataDir)).toThrow(/in use by another process/);
    } finally {
      other.kill();
      await new Promise((done) => other.once('exit', done));
    }
  });

  it('takes over a lock whose process is gone', () => {
    const dataDir = newDataDir();
    writeFileSync(`${dataDir}.lock`, '999999999');
    const lock = DataDirectoryLock.acquire(dataDir);
    lock.release();
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  });

  it('locks a free directory and frees it on release', () => {
    const dataDir = newDataDir();
    const lock = DataDirectoryLock.acquire(dataDir);
    expect(existsSync(lock.lockPath)).toBe(true);
    lock.release();
    expect(existsSync(lock.lockPath)).toBe(false);
    DataDirectoryLock.acquire(dataDir).release();
  });
});
