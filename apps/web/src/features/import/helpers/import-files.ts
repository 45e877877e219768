import { IMPORT_FORMATS, type ImportSummary } from '@cchc/domain';

/** The largest file the API takes (apps/api import-files.interceptor.ts). */
export const MAX_IMPORT_FILE_BYTES = 10 * 1024 * 1024;

/** What the file input offers to choose. */
export const IMPORT_ACCEPT = IMPORT_FORMATS.map((format) => `.${format}`).join(',');

/**
 * Why a file cannot be imported, told before it is sent (the API's code for the same refusal),
 * or null when it may be sent.
 *
 * @example
 * fileProblem({ name: 'Báo cáo 9 tháng.DOCX', size: 52_000 }) // null
 * fileProblem({ name: 'bao-cao.pdf', size: 52_000 }) // 'IMPORT_FORMAT'
 * fileProblem({ name: 'bao-cao.txt', size: 0 }) // 'IMPORT_EMPTY'
 */
export function fileProblem(file: { name: string; size: number }): 'IMPORT_FORMAT' | 'IMPORT_TOO_LARGE' | 'IMPORT_EMPTY' | null {
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  if (!(IMPORT_FORMATS as readonly string[]).includes(extension)) return 'IMPORT_FORMAT';
  if (file.size > MAX_IMPORT_FILE_BYTES) return 'IMPORT_TOO_LARGE';
  if (file.size === 0) return 'IMPORT_EMPTY';
  return null;
}

/**
 * The imports as the list shows them: those waiting for a confirmation first, newest first
 * within each.
 */
export function pendingFirst<T extends Pick<ImportSummary, 'status' | 'createdAt'>>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => {
    if (a.status !== b.status) return a.status === 'PENDING' ? -1 : 1;
    return b.createdAt.localeCompare(a.createdAt);
  });
}

/**
 * A file's size for people: bytes, kB or MB, with the Vietnamese decimal comma when asked.
 *
 * @example
 * fileSize(1536, 'vi') // '1,5 kB'
 * fileSize(2_621_440, 'en') // '2.5 MB'
 */
export function fileSize(bytes: number, locale: 'vi' | 'en'): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / 1024 / 1024, 'MB'] : bytes >= 1024 ? [bytes / 1024, 'kB'] : [bytes, 'B'];
  const text = unit === 'B' ? String(value) : value.toFixed(1).replace(/\.0$/, '');
  return `${locale === 'vi' ? text.replace('.', ',') : text} ${unit}`;
}
