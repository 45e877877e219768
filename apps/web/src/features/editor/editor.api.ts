import {
  ReportListResponseSchema,
  ReportResponseSchema,
  type ReportActionBody,
  type ReportCreateBody,
  type ReportListQuery,
  type ReportListResponse,
  type ReportPatchBody,
  type ReportResponse,
  type ReportSubmitBody,
} from '@cchc/domain';
import { getJson, queryString, requestJson } from '../../shared/http/http.js';

// The URLs the agency's screens call: its reports, a new one, saving a part, putting the draft
// before the approver ("Trình ký"), the signed submission.
export const editorApi = {
  list: (query: Partial<ReportListQuery> = {}, signal?: AbortSignal): Promise<ReportListResponse> =>
    getJson(`/api/reports${queryString(query)}`, ReportListResponseSchema, signal),
  get: (id: string, signal?: AbortSignal): Promise<ReportResponse> => getJson(`/api/reports/${id}`, ReportResponseSchema, signal),
  create: (body: ReportCreateBody): Promise<ReportResponse> => requestJson('POST', '/api/reports', { schema: ReportResponseSchema, body }),
  patch: (id: string, body: ReportPatchBody): Promise<ReportResponse> =>
    requestJson('PATCH', `/api/reports/${id}`, { schema: ReportResponseSchema, body }),
  requestSigning: (id: string, body: ReportActionBody): Promise<ReportResponse> =>
    requestJson('POST', `/api/reports/${id}/request-signing`, { schema: ReportResponseSchema, body }),
  submit: (id: string, body: ReportSubmitBody): Promise<ReportResponse> =>
    requestJson('POST', `/api/reports/${id}/submit`, { schema: ReportResponseSchema, body }),
};
