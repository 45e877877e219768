import type { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import type { DataSourceOptions } from 'typeorm';
import { DEFAULT_DATABASE_LIMITS, type DatabaseConfig, type DatabaseLimits } from '../config/app-config.js';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';
import { prioritisedPg } from './prioritised-pg.js';

/**
 * The one place TypeORM options are built, for the app, the tests and the TypeORM CLI alike.
 * Embedded: the ordinary `pg` driver talks to an in-process PGlite through its node-postgres
 * adapter. PGlite is a single session, so the pool must hold exactly one connection; writes get
 * it before reads (prioritised-pg.ts).
 *
 * On PostgreSQL the server cancels a statement running longer than the statement timeout; the
 * client gives up a second later still (a server that stopped answering cannot cancel anything).
 * PGlite runs each statement to its end inside this process: no timeout applies there.
 */
export function buildDataSourceOptions(
  database: DatabaseConfig,
  pglite?: PGlite,
  limits: DatabaseLimits = DEFAULT_DATABASE_LIMITS,
): DataSourceOptions {
  const common = {
    type: 'postgres' as const,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    // Query errors surface as exceptions; the HTTP filter logs the unexpected ones once.
    logging: false,
    connectTimeoutMS: limits.connectTimeoutMs,
    driver: prioritisedPg(limits.statementTimeoutMs, {
      prepareStatements: database.kind === 'postgres' && database.preparedStatements !== false,
      grantOnLaterTurn: database.kind === 'embedded',
    }),
  };
  if (database.kind === 'postgres') {
    const extra = { statement_timeout: limits.statementTimeoutMs, query_timeout: limits.statementTimeoutMs + 1000, keepAlive: true };
    // With a replica, TypeORM keeps a pool for each: query runners asked for in 'slave' mode (the
    // dashboard's reads) use the replica, everything else the primary.
    return database.replicaUrl
      ? { ...common, replication: { master: { url: database.url }, slaves: [{ url: database.replicaUrl }], defaultMode: 'master' }, extra }
      : { ...common, url: database.url, extra };
  }
  if (!pglite) throw new Error('An embedded database needs its PGlite instance.');
  return { ...common, poolSize: 1, extra: { ...createPgConfig(pglite), max: 1 } };
}
