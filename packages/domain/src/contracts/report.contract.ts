import { z } from 'zod';
import { ReportSchema } from '../reports/report.schema.js';
import { REPORT_STATUSES } from '../reports/report-status.js';
import { FindingSchema } from './finding.contract.js';

const timestamp = z.iso.datetime({ offset: true });
/** Optimistic concurrency: the version the client last read; a stale one is refused (409). */
const version = z.number().int().min(1);

/** `POST /api/reports`: a new draft of an agency for a period (its version starts at 1). */
export const ReportCreateBodySchema = z.strictObject({
  agencyId: z.uuid(),
  periodId: z.uuid(),
  content: ReportSchema,
});
export type ReportCreateBody = z.input<typeof ReportCreateBodySchema>;

/** `PUT /api/reports/:id`: the whole content, with the version it was edited from. */
export const ReportUpdateBodySchema = z.strictObject({ version, content: ReportSchema });
export type ReportUpdateBody = z.input<typeof ReportUpdateBodySchema>;

/** `POST /api/reports/:id/submit` and `/accept`: the version acted on. */
export const ReportActionBodySchema = z.strictObject({ version });
export type ReportActionBody = z.infer<typeof ReportActionBodySchema>;

/** One reason a reviewer returns a report for, optionally pointing at a field. */
export const ReturnReasonSchema = z.strictObject({
  path: z.string().nullable().default(null),
  message: z.string().trim().min(1),
});

/** `POST /api/reports/:id/return`: at least one reason. */
export const ReportReturnBodySchema = z.strictObject({ version, reasons: z.array(ReturnReasonSchema).min(1) });
export type ReportReturnBody = z.input<typeof ReportReturnBodySchema>;

/** `POST /api/reports/validate`: check content without saving it. */
export const ReportValidateBodySchema = z.strictObject({ content: ReportSchema });

const SubmissionTimingSchema = z.strictObject({
  timing: z.enum(['ON_TIME', 'LATE', 'AFTER_GRACE']),
  daysLate: z.number().int().min(0),
});

/** One correction round: returned at, resubmitted at, and the calendar days between (docs/domain.md §13). */
export const CorrectionRoundSchema = z.strictObject({
  returnedAt: timestamp,
  resubmittedAt: timestamp,
  days: z.number().int().min(0),
});

/**
 * When a report went to Home Affairs and how timely it was (docs/domain.md §13): `submittedAt` is
 * the latest submission; `firstSubmittedAt` the first, which alone decides `submissionTiming` and
 * fixes the report's reference date; `corrections` one round per resubmission after a return, oldest first.
 */
const submissionState = {
  submittedAt: timestamp.nullable(),
  firstSubmittedAt: timestamp.nullable(),
  submissionTiming: SubmissionTimingSchema.nullable(),
  corrections: z.array(CorrectionRoundSchema),
};

/** A report as the API returns it: its content with its state, version and current findings. */
export const ReportResponseSchema = z.strictObject({
  id: z.uuid(),
  agencyId: z.uuid(),
  periodId: z.uuid(),
  status: z.enum(REPORT_STATUSES),
  version,
  content: ReportSchema,
  findings: z.array(FindingSchema),
  blocking: z.boolean(),
  ...submissionState,
  returnReasons: z.array(ReturnReasonSchema),
  /** When a reporter last put the draft before the approver for signature ("Trình ký"); null once submitted. */
  signatureRequestedAt: timestamp.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type ReportResponse = z.infer<typeof ReportResponseSchema>;

/** A line of a report list. */
export const ReportSummarySchema = z.strictObject({
  id: z.uuid(),
  agencyId: z.uuid(),
  periodId: z.uuid(),
  status: z.enum(REPORT_STATUSES),
  version,
  title: z.string(),
  ...submissionState,
  /** The findings of the stored content, judged as the report page judges it (docs/domain.md §13). */
  errorCount: z.number().int().min(0),
  warningCount: z.number().int().min(0),
  /** When a reporter last put it before the approver for signature; null once submitted. */
  signatureRequestedAt: timestamp.nullable(),
  updatedAt: timestamp,
});
export type ReportSummary = z.infer<typeof ReportSummarySchema>;

/** `GET /api/reports` filters (query strings: the year is coerced). */
export const ReportListQuerySchema = z.strictObject({
  agencyId: z.uuid().optional(),
  periodId: z.uuid().optional(),
  status: z.enum(REPORT_STATUSES).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export type ReportListQuery = z.infer<typeof ReportListQuerySchema>;

export const ReportListResponseSchema = z.strictObject({ items: z.array(ReportSummarySchema), total: z.number().int().min(0) });
export type ReportListResponse = z.infer<typeof ReportListResponseSchema>;
