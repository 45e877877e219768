import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { classifyDatabaseFailure, DatabaseQueueTimeoutError, isUniqueViolation } from './postgres-errors.js';

/** An error as `pg` raises it: a message, and the SQLSTATE or socket error code. */
function pgError(message: string, code?: string): Error {
  return Object.assign(new Error(message), code === undefined ? {} : { code });
}

const queryFailed = (driverError: Error): QueryFailedError => new QueryFailedError('SELECT 1', [], driverError);

describe(classifyDatabaseFailure.name, () => {
  it('answers null for an ordinary error or a query the server refused on its merits', () => {
    expect(classifyDatabaseFailure(new Error('boom'))).toBeNull();
    expect(classifyDatabaseFailure(queryFailed(pgError('duplicate key', '23505')))).toBeNull();
    expect(classifyDatabaseFailure(queryFailed(pgError('relation "x" does not exist', '42P01')))).toBeNull();
    expect(classifyDatabaseFailure('a string')).toBeNull();
    expect(classifyDatabaseFailure(null)).toBeNull();
  });

  it.each([
    ['ECONNREFUSED', 'connection refused'],
    ['ECONNRESET', 'connection reset'],
    ['EPIPE', 'connection reset'],
    ['ETIMEDOUT', 'connection timeout'],
    ['EHOSTUNREACH', 'server unreachable'],
    ['ENOTFOUND', 'server unreachable'],
  ])('calls a socket error %s unavailable (%s)', (code, reason) => {
    expect(classifyDatabaseFailure(pgError(`connect ${code} 127.0.0.1:5432`, code))).toEqual({ kind: 'unavailable', reason });
  });

  it.each([
    ['57P01', 'server shutting down'],
    ['57P02', 'server shutting down'],
    ['57P03', 'server starting or stopping'],
    ['08006', 'connection failure'],
    ['08001', 'connection failure'],
    ['53300', 'too many connections'],
  ])('calls SQLSTATE %s unavailable (%s), also inside a failed query', (code, reason) => {
    expect(classifyDatabaseFailure(pgError('terminating connection', code))).toEqual({ kind: 'unavailable', reason });
    expect(classifyDatabaseFailure(queryFailed(pgError('terminating connection', code)))).toEqual({ kind: 'unavailable', reason });
  });

  it.each([
    ['Connection terminated unexpectedly', 'connection lost'],
    ['Connection terminated', 'connection lost'],
    ['Client has encountered a connection error and is not queryable', 'connection lost'],
    ['Connection terminated due to connection timeout', 'connection timeout'],
    ['timeout exceeded when trying to connect', 'connection timeout'],
  ])('recognises the pg message "%s" (%s)', (message, reason) => {
    expect(classifyDatabaseFailure(queryFailed(pgError(message)))).toEqual({ kind: 'unavailable', reason });
  });

  it('calls a cancelled statement (57014), a client read timeout and a long wait for the connection timeouts', () => {
    expect(classifyDatabaseFailure(queryFailed(pgError('canceling statement due to statement timeout', '57014')))).toEqual({
      kind: 'timeout',
      reason: 'statement timeout',
    });
    expect(classifyDatabaseFailure(queryFailed(pgError('Query read timeout')))).toEqual({ kind: 'timeout', reason: 'statement timeout' });
    expect(classifyDatabaseFailure(new DatabaseQueueTimeoutError(15_000))).toEqual({ kind: 'timeout', reason: 'waited too long for a connection' });
  });

  it('calls a transaction whose connection broke under it unavailable (TypeORM released its query runner)', () => {
    expect(classifyDatabaseFailure(new QueryRunnerAlreadyReleasedError())).toEqual({ kind: 'unavailable', reason: 'connection lost' });
  });

  it('looks through causes and the attempts of an AggregateError (one per address of a host name)', () => {
    const refused = new AggregateError([pgError('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED'), pgError('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')]);
    expect(classifyDatabaseFailure(refused)).toEqual({ kind: 'unavailable', reason: 'connection refused' });
    expect(classifyDatabaseFailure(new Error('wrapped', { cause: pgError('gone', '57P01') }))).toEqual({ kind: 'unavailable', reason: 'server shutting down' });
  });
});

describe(isUniqueViolation.name, () => {
  it('matches 23505, of the named constraint when one is given', () => {
    const error = queryFailed(Object.assign(pgError('duplicate key', '23505'), { constraint: 'users_username_key' }));
    expect(isUniqueViolation(error)).toBe(true);
    expect(isUniqueViolation(error, 'users_username_key')).toBe(true);
    expect(isUniqueViolation(error, 'other')).toBe(false);
    expect(isUniqueViolation(new Error('x'))).toBe(false);
  });
});
