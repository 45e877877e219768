import {
  AuditEntrySchema,
  ReportChangesSchema,
  ReportListResponseSchema,
  ReportResponseSchema,
  ReportSubmissionSchema,
  ValidationResultSchema,
  type AuditEntryDto,
  type ReportActionBody,
  type ReportChangesDto,
  type ReportCreateBody,
  type ReportInput,
  type ReportListQuery,
  type ReportListResponse,
  type ReportPatchBody,
  type ReportResponse,
  type ReportReturnBody,
  type ReportSubmissionDto,
  type ReportSubmitBody,
  type ValidationResultDto,
} from '@cchc/domain';
import { z } from 'zod';
import { getJson, queryString, requestJson } from '../shared/http/http.js';

// The only place with the report URLs.
export const reportsApi = {
  list: (query: Partial<ReportListQuery> = {}, signal?: AbortSignal): Promise<ReportListResponse> =>
    getJson(`/api/reports${queryString(query)}`, ReportListResponseSchema, signal),
  get: (id: string, signal?: AbortSignal): Promise<ReportResponse> => getJson(`/api/reports/${id}`, ReportResponseSchema, signal),
  create: (body: ReportCreateBody): Promise<ReportResponse> => requestJson('POST', '/api/reports', { schema: ReportResponseSchema, body }),
  patch: (id: string, body: ReportPatchBody): Promise<ReportResponse> =>
    requestJson('PATCH', `/api/reports/${id}`, { schema: ReportResponseSchema, body }),
  submit: (id: string, body: ReportSubmitBody): Promise<ReportResponse> =>
    requestJson('POST', `/api/reports/${id}/submit`, { schema: ReportResponseSchema, body }),
  returnForCorrection: (id: string, body: ReportReturnBody): Promise<ReportResponse> =>
    requestJson('POST', `/api/reports/${id}/return`, { schema: ReportResponseSchema, body }),
  accept: (id: string, body: ReportActionBody): Promise<ReportResponse> =>
    requestJson('POST', `/api/reports/${id}/accept`, { schema: ReportResponseSchema, body }),
  submissions: (id: string): Promise<ReportSubmissionDto[]> => getJson(`/api/reports/${id}/submissions`, z.array(ReportSubmissionSchema)),
  changes: (id: string, from?: number, to?: number): Promise<ReportChangesDto> =>
    getJson(`/api/reports/${id}/changes${queryString({ from, to })}`, ReportChangesSchema),
  validate: (content: ReportInput): Promise<ValidationResultDto> =>
    requestJson('POST', '/api/reports/validate', { schema: ValidationResultSchema, body: { content } }),
  audit: (reportId: string): Promise<AuditEntryDto[]> => getJson(`/api/audit${queryString({ reportId })}`, z.array(AuditEntrySchema)),
};
