import {
  hasBlockingFindings,
  type Finding,
  type ReportResponse,
  type ReportSubmissionDto,
  type ReportSummary,
} from '@cchc/domain';
import type { ReportSubmissionEntity } from './report-submission.entity.js';
import type { ReportEntity } from './report.entity.js';

/** When the report went to Home Affairs, how timely its first submission was, and its corrections. */
const submissionState = (entity: ReportEntity): Pick<ReportSummary, 'submittedAt' | 'firstSubmittedAt' | 'submissionTiming' | 'corrections'> => ({
  submittedAt: entity.submittedAt?.toISOString() ?? null,
  firstSubmittedAt: entity.firstSubmittedAt?.toISOString() ?? null,
  submissionTiming: entity.submissionTiming ? { timing: entity.submissionTiming, daysLate: entity.daysLate ?? 0 } : null,
  corrections: entity.corrections,
});

export function toReportResponse(entity: ReportEntity, findings: Finding[]): ReportResponse {
  return {
    id: entity.id,
    agencyId: entity.agencyId,
    periodId: entity.periodId,
    status: entity.status,
    version: entity.version,
    content: entity.content,
    findings: findings as ReportResponse['findings'],
    blocking: hasBlockingFindings(findings),
    ...submissionState(entity),
    returnReasons: entity.returnReasons,
    signatureRequestedAt: entity.signatureRequestedAt ? new Date(entity.signatureRequestedAt).toISOString() : null,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}

export function toReportSummary(entity: ReportEntity): ReportSummary {
  return {
    id: entity.id,
    agencyId: entity.agencyId,
    periodId: entity.periodId,
    status: entity.status,
    version: entity.version,
    title: entity.content.title,
    ...submissionState(entity),
    errorCount: entity.errorCount,
    warningCount: entity.warningCount,
    signatureRequestedAt: entity.signatureRequestedAt ? new Date(entity.signatureRequestedAt).toISOString() : null,
    updatedAt: entity.updatedAt.toISOString(),
  };
}

export function toSubmissionDto(entity: ReportSubmissionEntity): ReportSubmissionDto {
  return {
    sequence: entity.sequence,
    version: entity.version,
    submittedAt: entity.submittedAt.toISOString(),
    submittedBy: entity.submittedBy,
    findings: entity.findings as ReportSubmissionDto['findings'],
    registration: entity.registration,
  };
}

/** What the audit log keeps of a report's state before and after a change. */
export function auditState(entity: ReportEntity): Record<string, unknown> {
  return {
    status: entity.status,
    version: entity.version,
    content: entity.content,
    returnReasons: entity.returnReasons,
    submittedAt: entity.submittedAt?.toISOString() ?? null,
  };
}
