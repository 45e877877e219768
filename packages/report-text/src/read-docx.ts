import mammoth from 'mammoth';
import { htmlToText } from './html-to-text.js';
import { ReportTextError } from './report-text-error.js';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The compound-file signature of Word 97-2003 (.doc) and other legacy Office files. */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((byte, i) => bytes[i] === byte);

// Images are dropped: the text is what is read, and inlining them as data URIs costs time.
const noImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/** The text of a Word (.docx) file, through mammoth's HTML (see `htmlToText`). */
export async function readDocx(bytes: Uint8Array, fileName: string): Promise<string> {
  const unreadable = (detail: string, cause?: unknown): ReportTextError =>
    new ReportTextError('IMPORT_UNREADABLE', fileName, `Cannot read "${fileName}": ${detail}.`, { cause });
  if (startsWith(bytes, COMPOUND_FILE)) {
    throw unreadable('it is a Word 97-2003 document (.doc) named .docx; save it as .docx (Word Document) and try again');
  }
  if (!startsWith(bytes, ZIP)) throw unreadable('it is not a Word (.docx) file');
  let html: string;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    html = (await mammoth.convertToHtml({ buffer }, { convertImage: noImages, externalFileAccess: false })).value;
  } catch (error) {
    throw unreadable('it is not a valid Word (.docx) file', error);
  }
  return htmlToText(html);
}
