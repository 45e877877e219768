import { useI18n } from 'vue-i18n';

/**
 * Why a request failed, in the terms a person acts on. Screens show the sentence of the reason
 * (`errorReason.<reason>` in app.messages.ts), never the code: the code is for support only.
 */
export type ErrorReason =
  | 'network'
  | 'session'
  | 'forbidden'
  | 'notFound'
  | 'outdated'
  | 'invalid'
  | 'tooLarge'
  | 'conflict'
  | 'changed'
  | 'reportExists'
  | 'readOnly'
  | 'wrongStatus'
  | 'blocked'
  | 'noPdf'
  | 'server'
  | 'unknown';

// The API's stable codes (apps/api/src/common/errors/error-codes.ts) and the client's own
// (shared/http/http.ts: NETWORK_ERROR, HTTP_ERROR, UNEXPECTED_RESPONSE, UNKNOWN).
const REASON_OF_CODE: Readonly<Record<string, ErrorReason>> = {
  NETWORK_ERROR: 'network',
  UNAUTHENTICATED: 'session',
  // The session's CSRF token went missing (cookies cleared in part): signing in again renews it.
  CSRF_TOKEN_INVALID: 'session',
  FORBIDDEN: 'forbidden',
  NOT_FOUND: 'notFound',
  // The page and the API no longer agree on a route or a format: a page left open across an update.
  ROUTE_NOT_FOUND: 'outdated',
  MALFORMED_JSON: 'outdated',
  UNSUPPORTED_MEDIA_TYPE: 'outdated',
  UNEXPECTED_RESPONSE: 'outdated',
  VALIDATION_FAILED: 'invalid',
  PAYLOAD_TOO_LARGE: 'tooLarge',
  CONFLICT: 'conflict',
  VERSION_CONFLICT: 'changed',
  REPORT_EXISTS: 'reportExists',
  REPORT_READ_ONLY: 'readOnly',
  INVALID_TRANSITION: 'wrongStatus',
  SUBMISSION_BLOCKED: 'blocked',
  // The server has no LibreOffice: the Word file is there all the same.
  PDF_UNAVAILABLE: 'noPdf',
  INTERNAL_ERROR: 'server',
  // The database is away or slow for a moment: as for any fault on the server, try again later.
  DATABASE_UNAVAILABLE: 'server',
  DATABASE_TIMEOUT: 'server',
  // An error answer that is not the API's (a proxy's 502 page, say).
  HTTP_ERROR: 'server',
};

/**
 * The reason behind an error code; `unknown` for a code this client does not know (or none).
 *
 * @example
 * errorReason('NETWORK_ERROR') // 'network'
 * errorReason('SOMETHING_NEW') // 'unknown'
 */
export function errorReason(code: string | null | undefined): ErrorReason {
  return code && Object.hasOwn(REASON_OF_CODE, code) ? (REASON_OF_CODE[code] ?? 'unknown') : 'unknown';
}

/** The message key of the sentence that explains an error code to a person. */
export const errorReasonKey = (code: string | null | undefined): `errorReason.${ErrorReason}` => `errorReason.${errorReason(code)}`;

/**
 * Error texts for people in the screen's language: `reason(code)` is the sentence for why
 * something failed; `loadError(code)` the message of a screen whose data did not load.
 */
export function useErrorText(): { reason: (code: string | null | undefined) => string; loadError: (code: string | null | undefined) => string } {
  const { t } = useI18n();
  const reason = (code: string | null | undefined): string => t(errorReasonKey(code));
  return { reason, loadError: (code) => t('state.error', { reason: reason(code) }) };
}
