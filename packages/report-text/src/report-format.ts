/** The file formats a report is read from, by extension. */
export const REPORT_TEXT_FORMATS = ['docx', 'md', 'txt'] as const;
export type ReportTextFormat = (typeof REPORT_TEXT_FORMATS)[number];

/**
 * The format of a file from its name's extension (case-insensitive; a path is allowed), or null
 * when the extension is not one that is read (.doc, .pdf, none).
 *
 * @example
 * reportTextFormat('BC CCHC 9 thang.DOCX') // 'docx'
 * reportTextFormat('bao-cao.pdf') // null
 */
export function reportTextFormat(fileName: string): ReportTextFormat | null {
  const extension = /\.([^./\\]+)$/.exec(fileName.trim())?.[1]?.toLowerCase();
  return (REPORT_TEXT_FORMATS as readonly string[]).includes(extension ?? '') ? (extension as ReportTextFormat) : null;
}

/** The file's name without its folders, for messages. */
export function baseName(fileName: string): string {
  return fileName.split(/[/\\]/).pop() ?? fileName;
}
