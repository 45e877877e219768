import { z } from 'zod';
import { AGENCY_KINDS } from '../agencies/agency-kind.js';
import { auditActorFields } from './audit-actor.contract.js';
import { TextSchema } from '../records/shared.schema.js';
import { RegistrationSchema } from '../reports/registration.js';
import { REPORT_STATUSES } from '../reports/report-status.js';
import { FiguresRowSchema, IndicatorAggregateSchema, IndicatorSetSchema } from './figures.contract.js';
import { ReportingPeriodSchema } from './reference-data.contract.js';

// The province's compiled report (docs/domain.md §12): `POST /api/compilations`, `GET` and `PATCH
// /api/compilations/:id`, `POST /api/compilations/:id/refresh`, and its Word and Excel files.
// What Home Affairs writes (`content`) is stored as written; what is computed from the agencies'
// reports (`snapshot`) is recomputed on refresh and never overwrites the text.

const version = z.number().int().min(1);
const localizedText = z.object({ vi: z.string(), en: z.string() });
const timestamp = z.iso.datetime({ offset: true });

/** The signature block of the province's report: its lines above the name, and the name. */
export const CompilationSignerSchema = z.strictObject({
  lines: z.array(TextSchema).min(1).max(4),
  name: z.string().trim().max(200),
});

/** What Home Affairs writes and chooses: the title, each part's text, the registration, the signer, the recipients. */
export const CompilationContentSchema = z.strictObject({
  title: TextSchema.max(500),
  /** Count submitted reports not yet accepted too. */
  includeSubmitted: z.boolean(),
  /** Part key (`DIRECTION`, `AREA.PROCEDURES`…) to the text Home Affairs wrote for it. */
  narratives: z.record(z.string().max(80), z.string().max(100_000)),
  /**
   * The province's values Home Affairs states itself, by indicator code: only for indicators whose
   * agencies' values do not add up to one (aggregation `none`, a percentage each agency reports of
   * its own), so no figure is said twice.
   */
  stated: z.record(z.string().max(80), z.strictObject({ value: z.union([z.number(), z.boolean(), z.string().max(2000)]).nullable(), note: z.string().max(2000) })),
  registration: RegistrationSchema.nullable(),
  signer: CompilationSignerSchema,
  recipients: z.array(TextSchema.max(300)).max(40),
});
export type CompilationContent = z.infer<typeof CompilationContentSchema>;

/** `POST /api/compilations`: compile a period. */
export const CompilationCreateBodySchema = z.strictObject({
  periodId: z.uuid(),
  includeSubmitted: z.boolean().optional(),
});
export type CompilationCreateBody = z.infer<typeof CompilationCreateBodySchema>;

/** `PATCH /api/compilations/:id`: the parts of the content sent replace those stored; narratives merge by part. */
export const CompilationPatchBodySchema = z.strictObject({
  version,
  content: CompilationContentSchema.partial(),
});
export type CompilationPatchBody = z.infer<typeof CompilationPatchBodySchema>;

/** `POST /api/compilations/:id/refresh`: recompute from the reports as they are now. */
export const CompilationRefreshBodySchema = z.strictObject({ version });
export type CompilationRefreshBody = z.infer<typeof CompilationRefreshBodySchema>;

/** `GET /api/compilations?periodId=`. */
export const CompilationListQuerySchema = z.strictObject({ periodId: z.uuid().optional() });
export type CompilationListQuery = z.infer<typeof CompilationListQuerySchema>;

export const OutlinePartSchema = z.object({
  key: z.string(),
  number: z.string(),
  level: z.union([z.literal(1), z.literal(2)]),
  title: localizedText,
  areaKey: z.string().nullable(),
  blocks: z.array(z.string()),
  sources: z.enum(['direction', 'area', 'tasks', 'difficulties', 'none']),
});

const basis = z.object({ reportId: z.uuid(), agencyId: z.uuid(), status: z.enum(REPORT_STATUSES), version });

export const CompilationSnapshotSchema = z.object({
  setCode: z.string().nullable(),
  includeSubmitted: z.boolean(),
  agencies: z.array(z.object({ id: z.uuid(), code: z.string(), name: localizedText, kind: z.enum(AGENCY_KINDS) })),
  basis: z.array(basis),
  rows: z.array(FiguresRowSchema.omit({ agency: true }).extend({ agencyId: z.uuid() })),
  totals: z.array(IndicatorAggregateSchema),
  parts: z.array(
    z.object({
      key: z.string(),
      figures: z.array(z.object({ code: z.string(), text: localizedText })),
      sources: z.array(z.object({ agencyId: z.uuid(), reportId: z.uuid(), counted: z.boolean(), text: z.string() })),
    }),
  ),
  discipline: z.object({
    expected: z.number().int().min(0),
    onTime: z.array(z.uuid()),
    late: z.array(z.object({ agencyId: z.uuid(), timing: z.enum(['LATE', 'AFTER_GRACE']), daysLate: z.number().int().nullable() })),
    missing: z.array(z.uuid()),
    /** Reported outside the platform (imported history): no time of submission. Older snapshots lack it. */
    notTimed: z.array(z.uuid()).default([]),
  }),
});

export const ReportChangeSchema = z.object({
  reportId: z.uuid(),
  agencyId: z.uuid(),
  change: z.enum(['NEW', 'ACCEPTED', 'UPDATED', 'WITHDRAWN']),
  status: z.enum(REPORT_STATUSES),
});

export const TotalChangeSchema = z.object({
  code: z.string(),
  before: z.union([z.number(), z.boolean(), z.string()]).nullable(),
  after: z.union([z.number(), z.boolean(), z.string()]).nullable(),
});

/** A compilation as the API returns it. */
export const CompilationResponseSchema = z.object({
  id: z.uuid(),
  period: ReportingPeriodSchema,
  /** The province's People's Committee that issues the report (the agency of kind `province`), if the tree has one. */
  issuer: z.object({ id: z.uuid(), code: z.string(), name: localizedText }).nullable(),
  version,
  content: CompilationContentSchema,
  outline: z.array(OutlinePartSchema),
  set: IndicatorSetSchema.nullable(),
  snapshot: CompilationSnapshotSchema,
  /** Reports that changed since the snapshot was computed: refresh to take them in. */
  changes: z.array(ReportChangeSchema),
  createdAt: timestamp,
  updatedAt: timestamp,
  refreshedAt: timestamp,
});
export type CompilationResponse = z.infer<typeof CompilationResponseSchema>;

/** What a refresh changed: the reports taken in and the province values that moved. */
export const CompilationRefreshResponseSchema = z.object({
  compilation: CompilationResponseSchema,
  reports: z.array(ReportChangeSchema),
  totals: z.array(TotalChangeSchema),
});
export type CompilationRefreshResponse = z.infer<typeof CompilationRefreshResponseSchema>;

/** One compilation in a list. */
export const CompilationSummarySchema = z.object({ id: z.uuid(), periodId: z.uuid(), version, title: z.string(), updatedAt: timestamp, refreshedAt: timestamp });
export type CompilationSummary = z.infer<typeof CompilationSummarySchema>;

/** An entry of a compilation's audit log. */
export const CompilationAuditEntrySchema = z.object({
  id: z.string(),
  action: z.enum(['CREATE', 'UPDATE', 'REFRESH']),
  ...auditActorFields,
  at: timestamp,
  before: z.unknown(),
  after: z.unknown(),
});
export type CompilationAuditEntryDto = z.infer<typeof CompilationAuditEntrySchema>;
