import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

export class DataDirectoryLockedError extends Error {
  override name = 'DataDirectoryLockedError';
}

/**
 * An exclusive lock on an embedded data directory. PGlite does not lock its directory, and two
 * processes writing one directory lose data, so the second process must refuse to start.
 *
 * The lock is a file beside the directory holding the owner's PID; a lock whose process is gone
 * (a crash, a kill -9) is taken over.
 */
export class DataDirectoryLock {
  private released = false;
  private readonly onExit = (): void => this.release();

  private constructor(readonly lockPath: string) {
    process.once('exit', this.onExit);
  }

  static acquire(dataDir: string): DataDirectoryLock {
    const lockPath = `${dataDir.replace(/\/+$/, '')}.lock`;
    mkdirSync(dirname(lockPath), { recursive: true });
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(lockPath, 'wx');
        writeSync(fd, String(process.pid));
        closeSync(fd);
        return new DataDirectoryLock(lockPath);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const owner = readOwner(lockPath);
        if (owner !== null && owner !== process.pid && isAlive(owner)) {
          throw new DataDirectoryLockedError(
            `The data directory ${dataDir} is in use by another process (PID ${owner}). ` +
              'Stop that process first, or set PGLITE_DATA_DIR to another directory.',
          );
        }
        // A stale lock left by a process that is gone: remove it and try once more.
        unlinkSync(lockPath);
      }
    }
    throw new DataDirectoryLockedError(`Could not lock the data directory ${dataDir}.`);
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    process.removeListener('exit', this.onExit);
    try {
      if (readOwner(this.lockPath) === process.pid) unlinkSync(this.lockPath);
    } catch {
      // Already gone: nothing to release.
    }
  }
}

function readOwner(lockPath: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(lockPath, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
