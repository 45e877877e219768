import { ReportResponseSchema, SNGV_M9_2020_REPORT, type ReportResponse } from '@cchc/domain';
import { uuid } from './dashboard.factories.js';

// Test data for the report screens: the API's answer for a draft of the seed report (the
// Department of Home Affairs, first 9 months of 2020), checked against the contract it answers with.

/** A report as `GET /api/reports/:id` answers it: a fresh draft at version 1 unless overridden. */
export function reportResponse(overrides: Partial<ReportResponse> = {}): ReportResponse {
  return ReportResponseSchema.parse({
    id: uuid(),
    agencyId: uuid(),
    periodId: uuid(),
    status: 'DRAFT',
    version: 1,
    content: SNGV_M9_2020_REPORT,
    findings: [],
    blocking: false,
    submittedAt: null,
    firstSubmittedAt: null,
    submissionTiming: null,
    corrections: [],
    returnReasons: [],
    signatureRequestedAt: null,
    createdAt: '2020-09-01T02:00:00.000Z',
    updatedAt: '2020-09-01T02:00:00.000Z',
    ...overrides,
  });
}
