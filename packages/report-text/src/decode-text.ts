import { ReportTextError } from './report-text-error.js';

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((byte, i) => bytes[i] === byte);

/**
 * The text of a .txt or .md file: UTF-8 (with or without a byte order mark), or UTF-16 little or
 * big endian with a byte order mark (what Notepad writes as "Unicode"). Anything else, such as a
 * legacy Vietnamese code page (TCVN3, VNI, Windows-1258), is refused rather than garbled.
 */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  const unreadable = (detail: string, cause?: unknown): ReportTextError =>
    new ReportTextError(
      'IMPORT_UNREADABLE',
      fileName,
      `Cannot read "${fileName}": ${detail}; save it as UTF-8 text (or as a .docx) and try again.`,
      { cause },
    );
  let encoding: 'utf-8' | 'utf-16le' = 'utf-8';
  let body = bytes;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    body = bytes.subarray(3);
  } else if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    encoding = 'utf-16le';
    body = bytes.subarray(2);
    if (body.length % 2 !== 0) throw unreadable('it is not valid UTF-16 (odd number of bytes)');
    if (bytes[0] === 0xfe) {
      // Big endian: swap each pair into little endian (not every Node build decodes utf-16be).
      const swapped = new Uint8Array(body.length);
      for (let i = 0; i < body.length; i += 2) {
        swapped[i] = body[i + 1] ?? 0;
        swapped[i + 1] = body[i] ?? 0;
      }
      body = swapped;
    }
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch (error) {
    throw unreadable(encoding === 'utf-8' ? 'it is not valid UTF-8 text' : 'it is not valid UTF-16 text', error);
  }
  // NUL characters mean a binary file (or UTF-16 without its byte order mark), not text.
  if (text.includes('\u0000')) throw unreadable('it holds binary data, not text');
  return text;
}
