import {
  CompilationAuditEntrySchema,
  CompilationRefreshResponseSchema,
  CompilationResponseSchema,
  CompilationSummarySchema,
  type CompilationAuditEntryDto,
  type CompilationPatchBody,
  type CompilationRefreshResponse,
  type CompilationResponse,
  type CompilationSummary,
} from '@cchc/domain';
import { z } from 'zod';
import { getJson, queryString, requestFile, requestJson, type DownloadedFile } from '../../shared/http/http.js';

// The only place with the compilation URLs (apps/api compilation.controller.ts); every answer is
// checked against its contract in @cchc/domain.
const base = (id: string): string => `/api/compilations/${encodeURIComponent(id)}`;

export const compilationApi = {
  list: (periodId: string, signal?: AbortSignal): Promise<CompilationSummary[]> =>
    getJson(`/api/compilations${queryString({ periodId })}`, z.array(CompilationSummarySchema), signal),
  get: (id: string, signal?: AbortSignal): Promise<CompilationResponse> => getJson(base(id), CompilationResponseSchema, signal),
  create: (periodId: string, includeSubmitted: boolean): Promise<CompilationResponse> =>
    requestJson('POST', '/api/compilations', { body: { periodId, includeSubmitted }, schema: CompilationResponseSchema }),
  patch: (id: string, body: CompilationPatchBody): Promise<CompilationResponse> => requestJson('PATCH', base(id), { body, schema: CompilationResponseSchema }),
  refresh: (id: string, version: number): Promise<CompilationRefreshResponse> =>
    requestJson('POST', `${base(id)}/refresh`, { body: { version }, schema: CompilationRefreshResponseSchema }),
  audit: (id: string, signal?: AbortSignal): Promise<CompilationAuditEntryDto[]> => getJson(`${base(id)}/audit`, z.array(CompilationAuditEntrySchema), signal),
  document: (id: string): Promise<DownloadedFile> => requestFile(`${base(id)}/document.docx`),
  workbook: (id: string): Promise<DownloadedFile> => requestFile(`${base(id)}/appendix.xlsx`),
};
