/**
 * Stable error codes of the API. Clients branch on these, so a code is never renamed or reused;
 * the HTTP status is fixed per code.
 */
export const ERROR_STATUS = {
  /** The request body, query or path did not match the contract; `details` names each field. */
  VALIDATION_FAILED: 400,
  /** The request body is not valid JSON. */
  MALFORMED_JSON: 400,
  /** No credentials, or credentials that are expired or invalid. */
  UNAUTHENTICATED: 401,
  /** Authenticated, but this user may not do this to this resource. */
  FORBIDDEN: 403,
  /**
   * A write authenticated by the session cookie without the session's CSRF token in the
   * `X-CSRF-Token` header (or with another one): it may come from another site's page.
   */
  CSRF_TOKEN_INVALID: 403,
  /** The resource does not exist (or is not visible to this user). */
  NOT_FOUND: 404,
  /** No API route at this method and path. */
  ROUTE_NOT_FOUND: 404,
  /** The write conflicts with the current state (e.g. a duplicate). */
  CONFLICT: 409,
  /** The write carried a version older than the stored one; `currentVersion` says which is. */
  VERSION_CONFLICT: 409,
  /** The agency already has a report for this period. */
  REPORT_EXISTS: 409,
  /** The period already has a compiled province report (its id is in the message's details). */
  COMPILATION_EXISTS: 409,
  /** A submitted or accepted report is read-only for the agency until it is returned. */
  REPORT_READ_ONLY: 409,
  /** The report is not in a status that allows this step (e.g. accepting a draft). */
  INVALID_TRANSITION: 409,
  /** Submission refused while the report has errors; `details` lists them. */
  SUBMISSION_BLOCKED: 409,
  /** Home Affairs' register gave this number to another reminder letter of the same year. */
  REMINDER_LETTER_NUMBER_TAKEN: 409,
  /** An upload of report files without any file in the form field `files`. */
  IMPORT_NO_FILE: 400,
  /** An uploaded file is not of a format the import reads (.docx, .md, .txt); `details` names it. */
  IMPORT_FORMAT: 400,
  /** An uploaded file has the name of a readable format but cannot be read as one (a broken Word file, text that is not UTF-8); `details` names it. */
  IMPORT_UNREADABLE: 400,
  /** An uploaded file holds no text; `details` names it. */
  IMPORT_EMPTY: 400,
  /** An uploaded file is larger than an import takes (10 MB); `details` names it. */
  IMPORT_TOO_LARGE: 400,
  /** More files in one upload than an import takes (20). */
  IMPORT_TOO_MANY_FILES: 400,
  /** The import was confirmed already: it has become a report (its id is in the import). */
  IMPORT_CONFIRMED: 409,
  /** The first administrator exists already: the set-up of a fresh installation is done. */
  SETUP_DONE: 409,
  /** The setup code is not one the server printed at start (or it is spent). */
  SETUP_CODE_INVALID: 403,
  /** Too many wrong setup codes: the next start of the server prints a new one. */
  SETUP_LOCKED: 429,
  /**
   * Too many failed sign-ins for the account or from the client address: every attempt, the right
   * password too, is refused until `retryAt` (also `retryAfterSeconds` and the Retry-After header).
   */
  TOO_MANY_SIGN_IN_ATTEMPTS: 429,
  /** The current password sent to prove who is changing it is not the right one. */
  WRONG_PASSWORD: 403,
  /** An administrator reset this user's password: only choosing a new one (or signing out) is allowed. */
  PASSWORD_CHANGE_REQUIRED: 403,
  /** The request body is larger than the API accepts. */
  PAYLOAD_TOO_LARGE: 413,
  /** The request's content type is not JSON. */
  UNSUPPORTED_MEDIA_TYPE: 415,
  /** The server cannot make this kind of file (a PDF where LibreOffice is not installed); the Word file can be had. */
  PDF_UNAVAILABLE: 501,
  /** A fault on our side; the message carries no internals. */
  INTERNAL_ERROR: 500,
  /** The database cannot be reached (stopped, restarting, network down); `Retry-After` says when to try again. */
  DATABASE_UNAVAILABLE: 503,
  /** The database did not answer in time (a statement ran past the statement timeout, or waited too long for a connection). */
  DATABASE_TIMEOUT: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
