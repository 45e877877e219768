/**
 * Why a file could not be read, as a stable code (an API or a command line maps it to a message
 * in the reader's language):
 * - `IMPORT_FORMAT`: the extension is not one that is read (.docx, .md, .txt);
 * - `IMPORT_UNREADABLE`: a .docx that is not a Word file, or text that is not valid UTF-8/UTF-16;
 * - `IMPORT_EMPTY`: the file holds no text.
 */
export const REPORT_TEXT_ERROR_CODES = ['IMPORT_FORMAT', 'IMPORT_UNREADABLE', 'IMPORT_EMPTY'] as const;
export type ReportTextErrorCode = (typeof REPORT_TEXT_ERROR_CODES)[number];

/** A file that cannot be read into a report's text. The message is English; branch on `code`. */
export class ReportTextError extends Error {
  override readonly name = 'ReportTextError';
  readonly code: ReportTextErrorCode;
  /** The file name as given to `readReportText`. */
  readonly fileName: string;

  constructor(code: ReportTextErrorCode, fileName: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.fileName = fileName;
  }
}

/** True for a `ReportTextError` (also across copies of this package). */
export function isReportTextError(error: unknown): error is ReportTextError {
  return (
    error instanceof ReportTextError ||
    (error instanceof Error &&
      error.name === 'ReportTextError' &&
      (REPORT_TEXT_ERROR_CODES as readonly unknown[]).includes((error as { code?: unknown }).code))
  );
}
