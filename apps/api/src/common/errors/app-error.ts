import type { FieldError } from '@cchc/domain';
import { ERROR_STATUS, type ErrorCode } from './error-codes.js';

/** An error the API answers with as it is: a stable code, a message, and field details. */
export class AppError extends Error {
  override name = 'AppError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: FieldError[],
    readonly extra: { currentVersion?: number; retryAt?: string; retryAfterSeconds?: number } = {},
  ) {
    super(message);
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}
