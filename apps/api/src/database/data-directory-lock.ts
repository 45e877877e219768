import { lstatSync, mkdirSync, unlinkSync } from 'node:fs';
import { dirname } from 'node:path';
import lockfile from 'proper-lockfile';

export class DataDirectoryLockedError extends Error {
  override name = 'DataDirectoryLockedError';
}

export interface DataDirectoryLockOptions {
  /**
   * A lock whose holder has not refreshed it for this long is taken to be left by a process that
   * is gone (a crash, a kill -9, a host that went away). Default 30 s.
   */
  staleMs?: number;
  /** Called, instead of crashing the process, if another process took the lock from under us. */
  onCompromised?: (error: Error) => void;
}

const DEFAULT_STALE_MS = 30_000;

/**
 * An exclusive lock on an embedded data directory. PGlite does not lock its directory, and two
 * processes writing one directory lose data, so the second process must refuse to start.
 *
 * The lock is a directory beside the data directory, created with mkdir (atomic, also on network
 * file systems) and kept fresh by its holder: its modification time is renewed every few seconds.
 * No process id is involved, so two containers that are both PID 1 on one volume, or two hosts
 * on one share, still exclude each other. A lock not renewed within `staleMs` is taken over.
 */
export class DataDirectoryLock {
  private released = false;

  private constructor(
    readonly lockPath: string,
    private readonly dataDir: string,
  ) {}

  static acquire(dataDir: string, options: DataDirectoryLockOptions = {}): DataDirectoryLock {
    const target = dataDir.replace(/\/+$/, '');
    const lockPath = `${target}.lock`;
    const staleMs = options.staleMs ?? DEFAULT_STALE_MS;
    mkdirSync(dirname(lockPath), { recursive: true });
    removeStaleLegacyLockFile(lockPath, staleMs);
    try {
      lockfile.lockSync(target, {
        lockfilePath: lockPath,
        // The data directory may not exist yet (PGlite creates it on first start).
        realpath: false,
        stale: staleMs,
        update: Math.max(1_000, Math.floor(staleMs / 3)),
        onCompromised:
          options.onCompromised ??
          ((error) => {
            // Another process now believes it owns the directory: stop before both write to it.
            throw new DataDirectoryLockedError(`Lost the lock on the data directory ${dataDir}: ${error.message}. Stopping.`);
          }),
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
        throw new DataDirectoryLockedError(
          `The data directory ${dataDir} is in use by another process (its lock ${lockPath} is held and was renewed ` +
            `within the last ${Math.round(staleMs / 1000)} s). Stop that process first, or set PGLITE_DATA_DIR to another directory.`,
        );
      }
      throw error;
    }
    return new DataDirectoryLock(lockPath, target);
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    try {
      lockfile.unlockSync(this.dataDir, { lockfilePath: this.lockPath, realpath: false });
    } catch {
      // Already released or taken over: nothing of ours to remove.
    }
  }
}

/**
 * Earlier versions kept the lock as a file holding a process id, which this lock cannot remove. Such
 * a file is never renewed, so once it is older than the stale threshold its owner is taken as gone.
 */
function removeStaleLegacyLockFile(lockPath: string, staleMs: number): void {
  try {
    const stat = lstatSync(lockPath);
    if (stat.isFile() && stat.mtimeMs < Date.now() - staleMs) unlinkSync(lockPath);
  } catch {
    // No lock there yet.
  }
}
