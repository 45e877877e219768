import { z } from 'zod';
import { ReportSchema } from '../reports/report.schema.js';
import { RegistrationSchema } from '../reports/registration.js';
import { SigningSchema } from '../reports/signing.schema.js';
import { auditActorFields } from './audit-actor.contract.js';
import { FindingSchema } from './finding.contract.js';
import { ReturnReasonSchema } from './report.contract.js';

const timestamp = z.iso.datetime({ offset: true });
const version = z.number().int().min(1);

// The parts of a report, each optional and without its default: a part left out of a PATCH must
// stay absent (kept as stored), not come back as an empty default that would wipe it.
const ReportPartsSchema = z.strictObject(
  Object.fromEntries(
    Object.entries(ReportSchema.shape).map(([key, field]) => [key, (field instanceof z.ZodDefault ? field.unwrap() : field).optional()]),
  ) as unknown as { [K in keyof typeof ReportSchema.shape]: z.ZodOptional<z.ZodType<z.output<(typeof ReportSchema.shape)[K]>>> },
);

/**
 * `PATCH /api/reports/:id`: some top-level parts of the content (e.g. only `plans`, or only
 * `dossier`), with the version they were edited from; the parts sent replace the stored ones.
 */
export const ReportPatchBodySchema = z.strictObject({
  version,
  content: ReportPartsSchema.refine((c) => Object.keys(c).length > 0, { message: 'Send at least one part to change' }),
});
export type ReportPatchBody = z.input<typeof ReportPatchBodySchema>;

/**
 * `POST /api/reports/:id/submit`: the approver signs (mode, title, name) and submits, with the
 * number and date of issue from the agency's register when it has them already.
 */
export const ReportSubmitBodySchema = z.strictObject({ version, signing: SigningSchema.optional(), registration: RegistrationSchema.optional() });
export type ReportSubmitBody = z.input<typeof ReportSubmitBodySchema>;

/**
 * `PUT /api/reports/:id/registration`: the agency records the number and date of issue of a
 * report already submitted, from its register, without reopening the content.
 */
export const ReportRegisterBodySchema = z.strictObject({ version, registration: RegistrationSchema });
export type ReportRegisterBody = z.input<typeof ReportRegisterBodySchema>;

/**
 * One immutable snapshot, taken at each submission, with the registration of the document it
 * sent: given at submission, or recorded later for the latest one (null while not registered).
 */
export const ReportSubmissionSchema = z.strictObject({
  sequence: z.number().int().min(1),
  version,
  submittedAt: timestamp,
  submittedBy: z.uuid(),
  findings: z.array(FindingSchema),
  registration: RegistrationSchema.nullable(),
});
export type ReportSubmissionDto = z.infer<typeof ReportSubmissionSchema>;

/** `GET /api/reports/:id/changes?from=&to=`: what changed between two submissions. */
export const ReportChangesQuerySchema = z.strictObject({
  from: z.coerce.number().int().min(1).optional(),
  to: z.coerce.number().int().min(1).optional(),
});
export type ReportChangesQuery = z.infer<typeof ReportChangesQuerySchema>;

export const ReportChangesSchema = z.strictObject({
  from: z.number().int().min(1),
  to: z.number().int().min(1),
  // An added entry has no `before` and a removed one no `after`: JSON leaves the key out.
  changes: z.array(z.strictObject({ path: z.string(), before: z.unknown().optional(), after: z.unknown().optional() })),
});
export type ReportChangesDto = z.infer<typeof ReportChangesSchema>;

/**
 * IMPORT: the report was created by confirming an uploaded file (`after.import` names the import,
 * file and hash). REQUEST_SIGNING: a reporter put the draft before the approver ("Trình ký").
 */
export const AUDIT_ACTIONS = ['CREATE', 'UPDATE', 'SUBMIT', 'RETURN', 'ACCEPT', 'REGISTER', 'IMPORT', 'REQUEST_SIGNING'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** `GET /api/audit?reportId=`: who did what to a report, when, with the state before and after. */
export const AuditQuerySchema = z.strictObject({ reportId: z.uuid() });
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

export const AuditEntrySchema = z.strictObject({
  id: z.string(),
  reportId: z.uuid(),
  action: z.enum(AUDIT_ACTIONS),
  ...auditActorFields,
  at: timestamp,
  /** The reasons a RETURN gave (the same as `after.returnReasons`); empty for other actions. */
  returnReasons: z.array(ReturnReasonSchema),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntryDto = z.infer<typeof AuditEntrySchema>;

/** `GET /api/documents/formats`: the files this server makes of a report (PDF needs LibreOffice). */
export const DocumentFormatsSchema = z.strictObject({ docx: z.literal(true), pdf: z.boolean() });
export type DocumentFormatsDto = z.infer<typeof DocumentFormatsSchema>;
