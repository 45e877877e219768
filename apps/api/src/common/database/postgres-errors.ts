import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';

/** A PostgreSQL unique violation (23505), of the named constraint or index when one is given. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && (constraint === undefined || driverError.constraint === constraint);
}

/**
 * Why the database could not serve a request, as opposed to refusing it on its merits.
 * `unavailable`: the server cannot be reached or is going away (a 503 until it is back).
 * `timeout`: the server is there but the statement, or the wait for a connection, took too long.
 */
export interface DatabaseFailure {
  kind: 'unavailable' | 'timeout';
  /** A short, stable description for logs and the health check (e.g. `connection refused`). */
  reason: string;
}

/** Thrown when a query waited for a free connection longer than the statement timeout. */
export class DatabaseQueueTimeoutError extends Error {
  override name = 'DatabaseQueueTimeoutError';

  constructor(readonly waitedMs: number) {
    super(`Waited ${waitedMs} ms for a database connection.`);
  }
}

const SOCKET_ERRORS: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  EPIPE: 'connection reset',
  ECONNABORTED: 'connection reset',
  ETIMEDOUT: 'connection timeout',
  EHOSTUNREACH: 'server unreachable',
  ENETUNREACH: 'server unreachable',
  EHOSTDOWN: 'server unreachable',
  ENOTFOUND: 'server unreachable',
  EAI_AGAIN: 'server unreachable',
};

const SQLSTATES: Readonly<Record<string, string>> = {
  '57P01': 'server shutting down', // admin_shutdown: a fast or smart stop, or a terminated backend
  '57P02': 'server shutting down', // crash_shutdown
  '57P03': 'server starting or stopping', // cannot_connect_now
  '53300': 'too many connections',
};

// node-postgres and pg-pool raise these without a code.
const MESSAGES: readonly [RegExp, DatabaseFailure][] = [
  [/^Connection terminated due to connection timeout/, { kind: 'unavailable', reason: 'connection timeout' }],
  [/^timeout exceeded when trying to connect/, { kind: 'unavailable', reason: 'connection timeout' }],
  [/^Connection terminated/, { kind: 'unavailable', reason: 'connection lost' }],
  [/is not queryable/, { kind: 'unavailable', reason: 'connection lost' }],
  [/^Query read timeout/, { kind: 'timeout', reason: 'statement timeout' }],
];

/**
 * Tells an outage or a timeout of the database from any other error, looking through TypeORM's
 * `QueryFailedError`, error causes and the attempts of an `AggregateError`. Null for anything
 * else, a constraint violation included.
 *
 * @example
 * classifyDatabaseFailure(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))
 * // { kind: 'unavailable', reason: 'connection refused' }
 */
export function classifyDatabaseFailure(error: unknown, depth = 0): DatabaseFailure | null {
  if (depth > 4 || typeof error !== 'object' || error === null) return null;
  if (error instanceof DatabaseQueueTimeoutError) return { kind: 'timeout', reason: 'waited too long for a connection' };
  // TypeORM lets go of a transaction's connection when it breaks; the transaction's next
  // statement (its ROLLBACK at least) then fails with this instead of the connection's error.
  if (error instanceof QueryRunnerAlreadyReleasedError) return { kind: 'unavailable', reason: 'connection lost' };
  const own = classifyOne(error);
  if (own) return own;
  const inner: unknown[] = [];
  if (error instanceof QueryFailedError) inner.push(error.driverError);
  if ('cause' in error) inner.push(error.cause);
  // By shape rather than class: errors raised by Node's own modules may come from another realm.
  if ('errors' in error && Array.isArray(error.errors)) inner.push(...(error.errors as unknown[]));
  for (const candidate of inner) {
    const found = classifyDatabaseFailure(candidate, depth + 1);
    if (found) return found;
  }
  return null;
}

function classifyOne(error: object): DatabaseFailure | null {
  const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  if (code !== undefined) {
    const socket = SOCKET_ERRORS[code];
    if (socket) return { kind: 'unavailable', reason: socket };
    const state = SQLSTATES[code];
    if (state) return { kind: 'unavailable', reason: state };
    // Class 08: connection exception (the connection failed, was refused or broke).
    if (/^08[0-9A-Z]{3}$/.test(code)) return { kind: 'unavailable', reason: 'connection failure' };
    if (code === '57014') return { kind: 'timeout', reason: 'statement timeout' };
  }
  const message = 'message' in error && typeof error.message === 'string' ? error.message : '';
  for (const [pattern, failure] of MESSAGES) {
    if (pattern.test(message)) return { ...failure };
  }
  return null;
}
