import {
  ImportConfirmResponseSchema,
  ImportCreateResponseSchema,
  ImportListResponseSchema,
  ImportResponseSchema,
  ReportListResponseSchema,
  type ImportConfirmBody,
  type ImportConfirmResponse,
  type ImportCreateResponse,
  type ImportListResponse,
  type ImportResponse,
  type ReportListResponse,
} from '@cchc/domain';
import { getJson, queryString, requestJson } from '../../shared/http/http.js';
import { uploadFiles } from '../../shared/http/upload.js';

// The only place with the import URLs (apps/api report-import.controller.ts); every answer is
// checked against its contract in @cchc/domain (import.contract.ts).
const base = (id: string): string => `/api/imports/${encodeURIComponent(id)}`;

/** The form field the API reads the files from. */
export const IMPORT_FILES_FIELD = 'files';

export const importApi = {
  /** Uploads files (one request); `onProgress` gets the share of bytes sent. */
  upload: (files: readonly File[], onProgress?: (sent: number) => void, signal?: AbortSignal): Promise<ImportCreateResponse> =>
    uploadFiles('/api/imports', { schema: ImportCreateResponseSchema, field: IMPORT_FILES_FIELD, files, ...(onProgress ? { onProgress } : {}), ...(signal ? { signal } : {}) }),
  list: (signal?: AbortSignal): Promise<ImportListResponse> => getJson('/api/imports', ImportListResponseSchema, signal),
  get: (id: string, signal?: AbortSignal): Promise<ImportResponse> => getJson(base(id), ImportResponseSchema, signal),
  confirm: (id: string, body: ImportConfirmBody): Promise<ImportConfirmResponse> =>
    requestJson('POST', `${base(id)}/confirm`, { schema: ImportConfirmResponseSchema, body }),
  /** The report an agency already has for a period (a refused confirmation links to it). */
  reportsOf: (agencyId: string, periodId: string): Promise<ReportListResponse> =>
    getJson(`/api/reports${queryString({ agencyId, periodId })}`, ReportListResponseSchema),
};
