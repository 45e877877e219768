import { ApiRequestError } from '../../../shared/http/http.js';
import { apiFieldErrors, type FieldErrors } from './field-errors.js';

/** Why a save did not go through, as the forms show it. */
export type SaveFailure =
  | { kind: 'validation'; fields: FieldErrors }
  | { kind: 'conflict'; fields: FieldErrors }
  | { kind: 'versionConflict'; currentVersion: number | null }
  | { kind: 'forbidden' }
  | { kind: 'notFound' }
  | { kind: 'failed'; code: string };

export type SaveResult<T> = { ok: true; value: T } | { ok: false; failure: SaveFailure };

/**
 * What a failed write means for the person: field messages for VALIDATION_FAILED and CONFLICT,
 * a "someone else changed it, reload" for VERSION_CONFLICT, and so on.
 *
 * @example
 * saveFailureOf(new ApiRequestError(409, 'VERSION_CONFLICT', '…', [], 3)) // { kind: 'versionConflict', currentVersion: 3 }
 */
export function saveFailureOf(error: unknown): SaveFailure {
  if (!(error instanceof ApiRequestError)) return { kind: 'failed', code: 'UNKNOWN' };
  switch (error.code) {
    case 'VALIDATION_FAILED':
      return { kind: 'validation', fields: apiFieldErrors(error.details) };
    case 'VERSION_CONFLICT':
      return { kind: 'versionConflict', currentVersion: error.currentVersion ?? null };
    case 'CONFLICT':
      return { kind: 'conflict', fields: apiFieldErrors(error.details) };
    case 'FORBIDDEN':
      return { kind: 'forbidden' };
    case 'NOT_FOUND':
      return { kind: 'notFound' };
    default:
      return { kind: 'failed', code: error.code };
  }
}

/** Runs a write and turns its failure into a {@link SaveFailure} instead of throwing. */
export async function attemptSave<T>(write: () => Promise<T>): Promise<SaveResult<T>> {
  try {
    return { ok: true, value: await write() };
  } catch (error) {
    return { ok: false, failure: saveFailureOf(error) };
  }
}

/** The field messages a failure carries, if any. */
export function failureFields(failure: SaveFailure | null): FieldErrors {
  return failure && (failure.kind === 'validation' || failure.kind === 'conflict') ? failure.fields : {};
}
