import { existsSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataDirectoryLock, DataDirectoryLockedError } from './data-directory-lock.js';

describe(DataDirectoryLock.name, () => {
  const newDataDir = (): string => join(mkdtempSync(join(tmpdir(), 'cchc-lock-')), 'pglite');
  const held: DataDirectoryLock[] = [];
  const acquire = (...args: Parameters<typeof DataDirectoryLock.acquire>): DataDirectoryLock => {
    const lock = DataDirectoryLock.acquire(...args);
    held.push(lock);
    return lock;
  };

  afterEach(() => {
    held.splice(0).forEach((lock) => lock.release());
  });

  describe('acquire', () => {
    it('locks a free directory and frees it on release', () => {
      const dataDir = newDataDir();
      const lock = acquire(dataDir);
      expect(existsSync(lock.lockPath)).toBe(true);
      lock.release();
      expect(existsSync(lock.lockPath)).toBe(false);
      acquire(dataDir);
    });

    it('refuses a second holder of the same directory, whatever the process ids', () => {
      const dataDir = newDataDir();
      acquire(dataDir);
      // Same process, same PID: what two containers, each PID 1, would see on one volume. Only the
      // lock's presence and freshness count.
      expect(() => acquire(dataDir)).toThrow(DataDirectoryLockedError);
      expect(() => acquire(`${dataDir}/`)).toThrow(/in use by another process/);
    });

    it('keeps the lock fresh while held, so a long-running holder is never taken for a gone one', async () => {
      const dataDir = newDataDir();
      acquire(dataDir, { staleMs: 2_000 });
      await new Promise((resolve) => setTimeout(resolve, 3_500));
      expect(() => acquire(dataDir, { staleMs: 2_000 })).toThrow(DataDirectoryLockedError);
    });

    it('takes over a lock not renewed within the stale time (its holder crashed or its host went away)', () => {
      const dataDir = newDataDir();
      const lockPath = `${dataDir}.lock`;
      mkdirSync(lockPath, { recursive: true });
      const minuteAgo = new Date(Date.now() - 60_000);
      utimesSync(lockPath, minuteAgo, minuteAgo);
      const lock = acquire(dataDir);
      expect(() => acquire(dataDir)).toThrow(DataDirectoryLockedError);
      lock.release();
      expect(existsSync(lockPath)).toBe(false);
    });

    it('removes a stale lock file of the earlier process-id format, and respects a fresh one', () => {
      const dataDir = newDataDir();
      const lockPath = `${dataDir}.lock`;
      writeFileSync(lockPath, '1');
      expect(() => acquire(dataDir)).toThrow(DataDirectoryLockedError);
      const minuteAgo = new Date(Date.now() - 60_000);
      utimesSync(lockPath, minuteAgo, minuteAgo);
      acquire(dataDir);
      expect(existsSync(lockPath)).toBe(true);
    });
  });
});
