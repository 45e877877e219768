// Public API of @cchc/report-text: an uploaded report file (.docx, .md, .txt) into plain text.
export { readReportText, type ReportText } from './read-report-text.js';
export { REPORT_TEXT_FORMATS, reportTextFormat, type ReportTextFormat } from './report-format.js';
export { isReportTextError, REPORT_TEXT_ERROR_CODES, ReportTextError, type ReportTextErrorCode } from './report-text-error.js';
export { htmlToText } from './html-to-text.js';
