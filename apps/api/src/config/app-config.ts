import { isIP } from 'node:net';
import { dirname, isAbsolute, join, resolve } from 'node:path';

/** Where the data lives: a PostgreSQL server, or PGlite embedded in this process. */
export type DatabaseConfig =
  | {
      kind: 'postgres';
      url: string;
      /**
       * A read replica (DATABASE_REPLICA_URL) that serves the dashboard's reads, with the data
       * version they are tagged with; every write and every other read go to `url`.
       */
      replicaUrl?: string;
      /**
       * false (DATABASE_PREPARED_STATEMENTS=off): run every statement unprepared, for a
       * connection pooler in transaction mode that does not keep prepared statements
       * (PgBouncer before 1.21, or without max_prepared_statements).
       */
      preparedStatements?: boolean;
    }
  | {
      kind: 'embedded';
      dataDir: string;
      /**
       * A new database's first contents, as `PGlite.dumpDataDir` wrote them, instead of running
       * initdb (2-3 s): the tests start hundreds of throwaway databases from one dump.
       */
      initialData?: Blob;
    };

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
  /** Key signing session tokens; when unset, the key in {@link AppConfig.jwtKeyFile} is used. */
  jwtSecret: string | null;
  /**
   * The file holding the signing key when `jwtSecret` is unset: created on first start (mode 0600)
   * beside the data, never in the database. Absent or null only for a throwaway (`memory://`)
   * database: the key then lives in this process only, like the data.
   */
  jwtKeyFile?: string | null;
  /**
   * Express `trust proxy`: which reverse proxies' `X-Forwarded-For` to believe for the client
   * address (sign-in throttling counts per address). False (default): the address of the socket.
   */
  trustProxy?: TrustProxy;
  /** How long a session token is accepted. */
  tokenTtlSeconds: number;
  /** When set and no administrator exists, one is created as `admin` with this password. */
  initialAdminPassword?: string | null;
  /** `log` (default): the start-up notice and what happens; `debug` adds every route mapped at start. */
  logLevel?: LogLevelName;
  /** The province whose agencies report (PROVINCE_NAME, default "Quảng Ngãi"): the parent body in documents' headers. */
  province?: string;
  /**
   * LibreOffice for PDF documents (SOFFICE_PATH): a path, `none` to turn PDF off, or absent to
   * look for `soffice` on the PATH.
   */
  sofficePath?: string | null;
  /** Outgoing mail (SMTP_URL, MAIL_FROM); null or absent: notifications stay in the app. */
  mail?: MailConfig | null;
  /** The address people open the app at (PUBLIC_URL), for the links in e-mails; by default http://localhost:PORT. */
  publicUrl?: string;
  /**
   * How often the deadline reminders job runs on its own (REMINDER_INTERVAL_MINUTES, default 60;
   * 0: only when an administrator runs it). Each reminder is sent once whatever the interval.
   */
  reminderIntervalMs?: number;
}

/** How the app sends e-mail. */
export interface MailConfig {
  /** `smtp://user:password@host:port` or `smtps://…` (nodemailer's connection URL). */
  smtpUrl: string;
  /** The sender, e.g. `"Sở Nội vụ" <cchc@snv.example.org>`. */
  from: string;
  /** The waits before each retry of a failed message; after the last it is given up and logged. */
  retryDelaysMs: readonly number[];
}

/** Retries of a failed e-mail: after 1 minute, 5, 30, 2 hours and 6 hours. */
export const DEFAULT_MAIL_RETRY_DELAYS_MS = [60_000, 300_000, 1_800_000, 7_200_000, 21_600_000] as const;

/** The province of the demo data and of the seed report. */
export const DEFAULT_PROVINCE = 'Quảng Ngãi';

/** The repository root: this file sits in apps/api/{src,dist}/config. */
export const REPO_ROOT = resolve(import.meta.dirname, '..', '..', '..', '..');

/** Express `trust proxy`: off, every proxy, a number of hops, or the proxies' addresses and subnets. */
export type TrustProxy = boolean | number | string[];

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads the process environment once, at start. This is the only module that reads
 * `process.env`; everything else receives an {@link AppConfig}.
 */
export function loadAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = parsePort(env.PORT);
  const database = loadDatabaseConfig(env);
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
    jwtKeyFile: jwtKeyFileOf(env.JWT_KEY_FILE, database),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    tokenTtlSeconds: parseTtl(env.TOKEN_TTL_SECONDS),
    initialAdminPassword: env.ADMIN_PASSWORD || null,
    logLevel: parseLogLevel(env.LOG_LEVEL),
    province: env.PROVINCE_NAME?.trim() || DEFAULT_PROVINCE,
    sofficePath: env.SOFFICE_PATH?.trim() || null,
    mail: parseMail(env),
    publicUrl: parsePublicUrl(env.PUBLIC_URL, port),
    reminderIntervalMs: parseReminderInterval(env.REMINDER_INTERVAL_MINUTES),
  };
}

function parseMail(env: NodeJS.ProcessEnv): MailConfig | null {
  const smtpUrl = env.SMTP_URL?.trim();
  if (!smtpUrl) return null;
  let url: URL;
  try {
    url = new URL(smtpUrl);
  } catch {
    throw new ConfigError(`SMTP_URL must be a URL like smtp://user:password@mail.example.org:587, got "${smtpUrl}".`);
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new ConfigError(`SMTP_URL must start with smtp:// or smtps://, got "${url.protocol}".`);
  const from = env.MAIL_FROM?.trim() || `"Cải cách hành chính" <no-reply@${url.hostname}>`;
  return { smtpUrl, from, retryDelaysMs: DEFAULT_MAIL_RETRY_DELAYS_MS };
}

function parsePublicUrl(value: string | undefined, port: number): string {
  const url = value?.trim();
  if (!url) return `http://localhost:${port}`;
  if (!/^https?:\/\/[^/\s]+/.test(url)) throw new ConfigError(`PUBLIC_URL must be the app's address, like https://cchc.example.org, got "${url}".`);
  return url.replace(/\/+$/, '');
}

function parseReminderInterval(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 60 * 60_000;
  const minutes = Number(value);
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > 1440) {
    throw new ConfigError(`REMINDER_INTERVAL_MINUTES must be a whole number of minutes from 0 to 1440 (a day), got "${value}".`);
  }
  return minutes * 60_000;
}

function loadDatabaseConfig(env: NodeJS.ProcessEnv): DatabaseConfig {
  const databaseUrl = env.DATABASE_URL?.trim();
  const replicaUrl = env.DATABASE_REPLICA_URL?.trim();
  if (replicaUrl && !databaseUrl) {
    throw new ConfigError('DATABASE_REPLICA_URL is a replica of the PostgreSQL server DATABASE_URL names: set DATABASE_URL too (the embedded database has no replicas).');
  }
  const prepared = env.DATABASE_PREPARED_STATEMENTS?.trim().toLowerCase();
  if (prepared && prepared !== 'on' && prepared !== 'off') {
    throw new ConfigError(`DATABASE_PREPARED_STATEMENTS must be on (the default) or off, got "${env.DATABASE_PREPARED_STATEMENTS}".`);
  }
  if (!databaseUrl) {
    if (prepared === 'off') throw new ConfigError('DATABASE_PREPARED_STATEMENTS=off applies to a PostgreSQL server: set DATABASE_URL too (the embedded database prepares none).');
    return { kind: 'embedded', dataDir: resolvePath(env.PGLITE_DATA_DIR, '.data/pglite') };
  }
  return {
    kind: 'postgres',
    url: databaseUrl,
    ...(replicaUrl ? { replicaUrl } : {}),
    ...(prepared === 'off' ? { preparedStatements: false as const } : {}),
  };
}

/** What the backup and restore commands need: the app's database, and where files go. */
export interface OpsConfig {
  database: DatabaseConfig;
  /** Relative file names on the command line are taken from here: where `npm run` was typed. */
  workingDir: string;
  /** Where backups go when no --out is given: BACKUP_DIR, by default backups/ (git-ignored). */
  backupDir: string;
}

/** The configuration of `npm run backup` and `npm run restore`: the same database as the app's. */
export function loadOpsConfig(env: NodeJS.ProcessEnv = process.env): OpsConfig {
  return {
    database: loadDatabaseConfig(env),
    workingDir: env.INIT_CWD?.trim() || process.cwd(),
    backupDir: resolvePath(env.BACKUP_DIR, 'backups'),
  };
}

/**
 * The key file: JWT_KEY_FILE, else `jwt.key` beside the embedded data directory (`.data/jwt.key`
 * by default), so a copy of the database alone never holds it; with a PostgreSQL server, under
 * `.data/` of the repository. None for a `memory://` database, whose data dies with the process.
 */
function jwtKeyFileOf(value: string | undefined, database: DatabaseConfig): string | null {
  if (value?.trim()) return resolvePath(value, '');
  if (database.kind === 'postgres') return resolve(REPO_ROOT, '.data/jwt.key');
  if (database.dataDir.startsWith('memory://')) return null;
  return join(dirname(database.dataDir), 'jwt.key');
}

const TRUST_PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = value?.trim().toLowerCase();
  if (!text || text === 'false') return false;
  if (text === 'true') return true;
  if (/^\d+$/.test(text)) return Number(text);
  const entries = text.split(',').map((entry) => entry.trim());
  for (const entry of entries) {
    const [address, prefix, ...rest] = entry.split('/');
    const validPrefix = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (isIP(address ?? '') === 6 ? 128 : 32));
    if (!(TRUST_PROXY_NAMES.includes(entry) || (isIP(address ?? '') !== 0 && validPrefix && rest.length === 0))) {
      throw new ConfigError(
        `TRUST_PROXY must be false, true, a number of proxies, or a comma-separated list of addresses, subnets (10.0.0.0/8) ` +
          `or ${TRUST_PROXY_NAMES.join(', ')}; "${entry}" is none of these.`,
      );
    }
  }
  return entries;
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
