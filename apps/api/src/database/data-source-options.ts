import type { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import type { DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config/app-config.js';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

/**
 * The one place TypeORM options are built, for the app, the tests and the TypeORM CLI alike.
 * Embedded: the ordinary `pg` driver talks to an in-process PGlite through its node-postgres
 * adapter. PGlite is a single session, so the pool must hold exactly one connection.
 */
export function buildDataSourceOptions(database: DatabaseConfig, pglite?: PGlite): DataSourceOptions {
  const common = {
    type: 'postgres' as const,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    // Query errors surface as exceptions; the HTTP filter logs the unexpected ones once.
    logging: false,
    connectTimeoutMS: 15_000,
  };
  if (database.kind === 'postgres') {
    return { ...common, url: database.url };
  }
  if (!pglite) throw new Error('An embedded database needs its PGlite instance.');
  return { ...common, poolSize: 1, extra: { ...createPgConfig(pglite), max: 1 } };
}
