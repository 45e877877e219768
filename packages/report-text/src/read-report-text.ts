import { decodeText } from './decode-text.js';
import { readDocx } from './read-docx.js';
import { baseName, REPORT_TEXT_FORMATS, reportTextFormat, type ReportTextFormat } from './report-format.js';
import { ReportTextError } from './report-text-error.js';

/** A report file read into text. */
export interface ReportText {
  format: ReportTextFormat;
  /** NFC, `\n` line ends: the text `extractReport` takes, and every offset of its result refers to. */
  text: string;
}

/**
 * Reads an uploaded report file into the plain text the domain's `extractReport` takes. The
 * format comes from the file name's extension (case-insensitive):
 * - `.txt` and `.md`: UTF-8 (a byte order mark is dropped) or UTF-16 with a byte order mark;
 * - `.docx`: converted through mammoth: paragraphs and headings (as `#`…) separated by blank
 *   lines, list items as "- item", the two columns of a layout table (the official header, the
 *   recipients beside the signature) one after the other, data tables as Markdown tables.
 * Line ends become `\n` and the text is NFC.
 *
 * @throws ReportTextError `IMPORT_FORMAT` (not .docx, .md or .txt), `IMPORT_UNREADABLE` (not a
 * Word file, not UTF-8/UTF-16 text) or `IMPORT_EMPTY` (no text).
 */
export async function readReportText(bytes: Uint8Array, fileName: string): Promise<ReportText> {
  const name = baseName(fileName);
  const format = reportTextFormat(name);
  if (format === null) {
    throw new ReportTextError(
      'IMPORT_FORMAT',
      fileName,
      `Cannot read "${name}": only ${REPORT_TEXT_FORMATS.map((f) => `.${f}`).join(', ')} files are read (save a .doc or .pdf as .docx first).`,
    );
  }
  const raw = format === 'docx' ? await readDocx(bytes, name) : decodeText(bytes, name);
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
  if (text.trim() === '') throw new ReportTextError('IMPORT_EMPTY', fileName, `"${name}" holds no text.`);
  return { format, text };
}
