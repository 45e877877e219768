import {
  AuditEntrySchema,
  ReportChangesSchema,
  ReportListResponseSchema,
  ReportResponseSchema,
  ReportSubmissionSchema,
  type AuditEntryDto,
  type ReportActionBody,
  type ReportChangesDto,
  type ReportListQuery,
  type ReportListResponse,
  type ReportRegisterBody,
  type ReportResponse,
  type ReportReturnBody,
  type ReportSubmissionDto,
} from '@cchc/domain';
import { z } from 'zod';
import { getJson, queryString, requestJson } from '../../shared/http/http.js';

// The URLs the review screens call: the queue, one report with its submissions, changes and
// audit log, the reviewer's two decisions, and the agency's registration of a report it sent.
export const reviewApi = {
  list: (query: Partial<ReportListQuery> = {}, signal?: AbortSignal): Promise<ReportListResponse> =>
    getJson(`/api/reports${queryString(query)}`, ReportListResponseSchema, signal),
  get: (id: string, signal?: AbortSignal): Promise<ReportResponse> => getJson(`/api/reports/${id}`, ReportResponseSchema, signal),
  submissions: (id: string, signal?: AbortSignal): Promise<ReportSubmissionDto[]> =>
    getJson(`/api/reports/${id}/submissions`, z.array(ReportSubmissionSchema), signal),
  changes: (id: string, range: { from?: number; to?: number } = {}, signal?: AbortSignal): Promise<ReportChangesDto> =>
    getJson(`/api/reports/${id}/changes${queryString(range)}`, ReportChangesSchema, signal),
  audit: (reportId: string, signal?: AbortSignal): Promise<AuditEntryDto[]> =>
    getJson(`/api/audit${queryString({ reportId })}`, z.array(AuditEntrySchema), signal),
  returnForCorrection: (id: string, body: ReportReturnBody): Promise<ReportResponse> =>
    requestJson('POST', `/api/reports/${id}/return`, { schema: ReportResponseSchema, body }),
  accept: (id: string, body: ReportActionBody): Promise<ReportResponse> =>
    requestJson('POST', `/api/reports/${id}/accept`, { schema: ReportResponseSchema, body }),
  register: (id: string, body: ReportRegisterBody): Promise<ReportResponse> =>
    requestJson('PUT', `/api/reports/${id}/registration`, { schema: ReportResponseSchema, body }),
};
