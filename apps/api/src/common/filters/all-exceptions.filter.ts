import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { ApiError } from '@cchc/domain';
import type { Request, Response } from 'express';
import type { DatabaseAvailability } from '../database/database-availability.js';
import { classifyDatabaseFailure, type DatabaseFailure } from '../database/postgres-errors.js';
import { AppError } from '../errors/app-error.js';
import { ERROR_STATUS, type ErrorCode } from '../errors/error-codes.js';

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

/** Seconds a client is told to wait before it tries again while the database is away. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

interface Answer {
  status: number;
  body: ApiError;
  /** Why the database could not serve the request, when that is what went wrong. */
  databaseFailure?: DatabaseFailure;
}

/**
 * Turns every error into the one JSON shape of {@link ApiError}. Typed app errors pass through;
 * framework errors get the code of their status; a database that cannot be reached or does not
 * answer in time is a 503 with `Retry-After`; anything else is a 500 that hides internals.
 *
 * Every 5xx is logged once: method, path (never the query string), status, code and the
 * error's stack, and nothing of the request's body, headers or cookies. The exception is a
 * database outage: it is logged when it starts and when it ends ({@link DatabaseAvailability}),
 * not for each request it fails.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  constructor(private readonly availability: DatabaseAvailability) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const { status, body, databaseFailure } = this.toApiError(exception, request);
    if (body.retryAfterSeconds !== undefined) response.setHeader('Retry-After', String(body.retryAfterSeconds));
    if (databaseFailure) {
      response.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
      this.availability.reportDown(databaseFailure);
    }
    if (databaseFailure?.kind === 'unavailable') {
      this.availability.countRefused();
    } else if (status >= 500) {
      this.logger.error(`${request.method} ${pathOf(request)} ${status} ${body.code}`, exception instanceof Error ? exception.stack : String(exception));
    }
    response.status(status).json(body);
  }

  private toApiError(exception: unknown, request: Request): Answer {
    if (exception instanceof AppError) {
      const body: ApiError = { code: exception.code, message: exception.message };
      if (exception.details) body.details = exception.details;
      if (exception.extra.currentVersion !== undefined) body.currentVersion = exception.extra.currentVersion;
      if (exception.extra.retryAt !== undefined) body.retryAt = exception.extra.retryAt;
      if (exception.extra.retryAfterSeconds !== undefined) body.retryAfterSeconds = exception.extra.retryAfterSeconds;
      return { status: exception.status, body };
    }
    // The Express adapter wraps body-parser errors in an HttpException; the original is the cause.
    const parserError = asBodyParserError(exception) ?? asBodyParserError((exception as { cause?: unknown } | null)?.cause);
    if (parserError) return parserError;
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status === 404 && isRouteMiss(exception)) {
        return {
          status,
          body: { code: 'ROUTE_NOT_FOUND', message: `No route ${request.method} ${pathOf(request)}.` },
        };
      }
      const code = CODE_BY_STATUS[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'VALIDATION_FAILED');
      return { status, body: { code, message: exception.message } };
    }
    const databaseFailure = classifyDatabaseFailure(exception);
    if (databaseFailure?.kind === 'unavailable') {
      return {
        status: ERROR_STATUS.DATABASE_UNAVAILABLE,
        body: { code: 'DATABASE_UNAVAILABLE', message: `The database cannot be reached just now. Try again in ${DATABASE_RETRY_AFTER_SECONDS} seconds.` },
        databaseFailure,
      };
    }
    if (databaseFailure?.kind === 'timeout') {
      return {
        status: ERROR_STATUS.DATABASE_TIMEOUT,
        body: { code: 'DATABASE_TIMEOUT', message: `The database did not answer in time. Try again in ${DATABASE_RETRY_AFTER_SECONDS} seconds.` },
        databaseFailure,
      };
    }
    return {
      status: ERROR_STATUS.INTERNAL_ERROR,
      body: { code: 'INTERNAL_ERROR', message: 'An unexpected error occurred. It has been logged.' },
    };
  }
}

/** The request's path without its query string, which may carry what a log must not keep. */
function pathOf(request: Request): string {
  return request.originalUrl.split('?')[0] ?? '';
}

/** Nest's router answers an unmatched route with "Cannot GET /path". */
function isRouteMiss(exception: HttpException): boolean {
  return /^Cannot [A-Z]+ /.test(exception.message);
}

/** Errors raised by the JSON body parser before any handler runs. */
function asBodyParserError(exception: unknown): Answer | null {
  if (typeof exception !== 'object' || exception === null || !('type' in exception)) return null;
  const type = (exception).type;
  if (type === 'entity.parse.failed') {
    return { status: 400, body: { code: 'MALFORMED_JSON', message: 'The request body is not valid JSON.' } };
  }
  if (type === 'entity.too.large') {
    return { status: 413, body: { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large.' } };
  }
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
    return { status: 415, body: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'The request body encoding is not supported.' } };
  }
  return null;
}
