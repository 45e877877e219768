// @cchc/report-text/testing: builds report files for tests (the API's, the command line's).
export { reportDocxFromText } from './report-docx-from-text.js';
