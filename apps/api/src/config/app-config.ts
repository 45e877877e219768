import { isAbsolute, resolve } from 'node:path';

/** Where the data lives: a PostgreSQL server, or PGlite embedded in this process. */
export type DatabaseConfig =
  | { kind: 'postgres'; url: string }
  | { kind: 'embedded'; dataDir: string };

/** How long the app waits on the database before it gives up and answers 503. */
export interface DatabaseLimits {
  /**
   * A statement running longer is cancelled by PostgreSQL (and the request answers 503
   * DATABASE_TIMEOUT); also the longest a query waits for a free connection of the pool.
   */
  statementTimeoutMs: number;
  /** Opening a connection taking longer fails, so an unreachable server answers 503 quickly. */
  connectTimeoutMs: number;
  /**
   * Embedded database only: API reads served at once; more wait in line while writes go
   * straight through (common/http/read-admission.ts).
   */
  embeddedMaxConcurrentReads: number;
}

// Well under a second to connect: on a local network a connection, TLS and SCRAM included, takes
// a few tens of milliseconds, and a request to a stopped or unreachable server must answer 503
// within a second rather than hang.
export const DEFAULT_DATABASE_LIMITS: DatabaseLimits = { statementTimeoutMs: 15_000, connectTimeoutMs: 800, embeddedMaxConcurrentReads: 2 };

/** How much the server logs, least to most; each level includes the ones before it. */
export const LOG_LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

export interface AppConfig {
  port: number;
  host: string;
  database: DatabaseConfig;
  /** Statement and connection timeouts; {@link DEFAULT_DATABASE_LIMITS} when absent. */
  databaseLimits?: DatabaseLimits;
  /** The built dashboard to serve at `/`, or null to serve the API only. */
  webDistDir: string | null;
  /** Key signing session tokens; when unset, one is generated and kept in the database. */
  jwtSecret: string | null;
  /** How long a session token is accepted. */
  tokenTtlSeconds: number;
  /** When set and no administrator exists, one is created as `admin` with this password. */
  initialAdminPassword?: string | null;
  /** `log` (default): the start-up notice and what happens; `debug` adds every route mapped at start. */
  logLevel?: LogLevelName;
}

/** The repository root: this file sits in apps/api/{src,dist}/config. */
export const REPO_ROOT = resolve(import.meta.dirname, '..', '..', '..', '..');

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads the process environment once, at start. This is the only module that reads
 * `process.env`; everything else receives an {@link AppConfig}.
 */
export function loadAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = parsePort(env.PORT);
  const databaseUrl = env.DATABASE_URL?.trim();
  const database: DatabaseConfig = databaseUrl
    ? { kind: 'postgres', url: databaseUrl }
    : { kind: 'embedded', dataDir: resolvePath(env.PGLITE_DATA_DIR, '.data/pglite') };
  const webDist = env.WEB_DIST_DIR?.trim();
  return {
    port,
    host: env.HOST?.trim() || '0.0.0.0',
    database,
    databaseLimits: {
      statementTimeoutMs: parseMilliseconds('DB_STATEMENT_TIMEOUT_MS', env.DB_STATEMENT_TIMEOUT_MS, DEFAULT_DATABASE_LIMITS.statementTimeoutMs),
      connectTimeoutMs: parseMilliseconds('DB_CONNECT_TIMEOUT_MS', env.DB_CONNECT_TIMEOUT_MS, DEFAULT_DATABASE_LIMITS.connectTimeoutMs),
      embeddedMaxConcurrentReads: parseCount('PGLITE_MAX_CONCURRENT_READS', env.PGLITE_MAX_CONCURRENT_READS, DEFAULT_DATABASE_LIMITS.embeddedMaxConcurrentReads),
    },
    webDistDir: webDist === 'none' ? null : resolvePath(webDist, 'apps/web/dist'),
    jwtSecret: env.JWT_SECRET?.trim() || null,
    tokenTtlSeconds: parseTtl(env.TOKEN_TTL_SECONDS),
    initialAdminPassword: env.ADMIN_PASSWORD || null,
    logLevel: parseLogLevel(env.LOG_LEVEL),
  };
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535, got "${value}".`);
  }
  return port;
}

function parseLogLevel(value: string | undefined): LogLevelName {
  const level = value?.trim().toLowerCase();
  if (!level) return 'log';
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${value}".`);
  }
  return level as LogLevelName;
}

function parseTtl(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 8 * 3600;
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds < 1) {
    throw new ConfigError(`TOKEN_TTL_SECONDS must be a whole number of seconds, got "${value}".`);
  }
  return seconds;
}

function parseMilliseconds(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 1) {
    throw new ConfigError(`${name} must be a whole number of milliseconds, 1 or more, got "${value}".`);
  }
  return ms;
}

function parseCount(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) {
    throw new ConfigError(`${name} must be a whole number, 1 or more, got "${value}".`);
  }
  return count;
}

function resolvePath(value: string | undefined, fallbackFromRoot: string): string {
  const path = value?.trim();
  if (!path) return resolve(REPO_ROOT, fallbackFromRoot);
  return isAbsolute(path) || path.startsWith('memory://') ? path : resolve(process.cwd(), path);
}
