import { PGlite } from '@electric-sql/pglite';
import { mkdirSync } from 'node:fs';
import type { DataSourceOptions } from 'typeorm';
import { DEFAULT_DATABASE_LIMITS, type DatabaseConfig, type DatabaseLimits } from '../config/app-config.js';
import { buildDataSourceOptions } from './data-source-options.js';
import { DataDirectoryLock } from './data-directory-lock.js';

export type DatabaseKind = 'embedded' | 'postgres';

/** A database ready for TypeORM, and how to let go of it once the app has closed. */
export interface OpenedDatabase {
  kind: DatabaseKind;
  options: DataSourceOptions;
  close(): Promise<void>;
}

/**
 * Opens the configured database. For the embedded one this locks the data directory (a second
 * process refuses to start) and starts PGlite, which runs initdb on first use.
 */
export async function openDatabase(database: DatabaseConfig, limits: DatabaseLimits = DEFAULT_DATABASE_LIMITS): Promise<OpenedDatabase> {
  if (database.kind === 'postgres') {
    return { kind: 'postgres', options: buildDataSourceOptions(database, undefined, limits), close: () => Promise.resolve() };
  }
  const inMemory = database.dataDir.startsWith('memory://');
  const lock = inMemory ? null : DataDirectoryLock.acquire(database.dataDir);
  try {
    if (!inMemory) mkdirSync(database.dataDir, { recursive: true });
    const pglite = await PGlite.create(database.dataDir, database.initialData ? { loadDataDir: database.initialData } : {});
    return {
      kind: 'embedded',
      options: buildDataSourceOptions(database, pglite, limits),
      close: async () => {
        try {
          if (!pglite.closed) await pglite.close();
        } finally {
          lock?.release();
        }
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}
