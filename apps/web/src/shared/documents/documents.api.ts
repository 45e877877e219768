import { DocumentFormatsSchema, type DocumentFormatsDto } from '@cchc/domain';
import { getJson, requestFile, type DownloadedFile } from '../http/http.js';

export type DocumentFormat = 'docx' | 'pdf';

/** Where a report's document is: as it is now, or one submission as it was sent. */
export function documentPath(reportId: string, format: DocumentFormat, sequence: number | null = null): string {
  const base = `/api/reports/${encodeURIComponent(reportId)}`;
  return sequence === null ? `${base}/document.${format}` : `${base}/submissions/${sequence}/document.${format}`;
}

let formats: Promise<DocumentFormatsDto> | null = null;

/**
 * The formats this server makes, asked once per page load (PDF needs LibreOffice on the server);
 * a failed answer is asked again next time.
 */
export function documentFormats(): Promise<DocumentFormatsDto> {
  formats ??= getJson('/api/documents/formats', DocumentFormatsSchema).catch((error: unknown) => {
    formats = null;
    throw error;
  });
  return formats;
}

export function fetchDocument(reportId: string, format: DocumentFormat, sequence: number | null = null): Promise<DownloadedFile> {
  return requestFile(documentPath(reportId, format, sequence));
}
