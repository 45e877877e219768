import { z } from 'zod';
import { ReportExtractionSchema } from '../extraction/report-extraction.js';
import { ReportSchema } from '../reports/report.schema.js';
import { ReportResponseSchema } from './report.contract.js';

const timestamp = z.iso.datetime({ offset: true });

/** The file formats an import reads. */
export const IMPORT_FORMATS = ['docx', 'md', 'txt'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** PENDING until a person confirms it into a report. */
export const IMPORT_STATUSES = ['PENDING', 'CONFIRMED'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/**
 * One uploaded file and what was read from it (`POST /api/imports`, `GET /api/imports/:id`).
 * Nothing is a report yet: `agencyId` and `periodId` are the agency and period the text names,
 * matched against the reference data when they exist (a suggestion for the person confirming).
 */
export const ImportResponseSchema = z.strictObject({
  id: z.uuid(),
  fileName: z.string(),
  /** SHA-256 of the file's bytes, hex. */
  fileHash: z.string().regex(/^[0-9a-f]{64}$/),
  format: z.enum(IMPORT_FORMATS),
  size: z.number().int().min(0),
  status: z.enum(IMPORT_STATUSES),
  createdAt: timestamp,
  createdBy: z.strictObject({ id: z.uuid(), name: z.string() }),
  /** The agency the import is for: an agency user's own; for Home Affairs the one the text names, if known. */
  agencyId: z.uuid().nullable(),
  periodId: z.uuid().nullable(),
  /** The report it became, once confirmed. */
  reportId: z.uuid().nullable(),
  extraction: ReportExtractionSchema,
});
export type ImportResponse = z.infer<typeof ImportResponseSchema>;

/** `POST /api/imports` answers with one import per file, in the order sent. */
export const ImportCreateResponseSchema = z.strictObject({ items: z.array(ImportResponseSchema) });
export type ImportCreateResponse = z.infer<typeof ImportCreateResponseSchema>;

/** `GET /api/imports`: the imports the user may see, newest first, without their text. */
export const ImportSummarySchema = ImportResponseSchema.omit({ extraction: true }).extend({
  title: z.string().nullable(),
  agencyCode: z.string().nullable(),
});
export type ImportSummary = z.infer<typeof ImportSummarySchema>;
export const ImportListResponseSchema = z.strictObject({ items: z.array(ImportSummarySchema) });
export type ImportListResponse = z.infer<typeof ImportListResponseSchema>;

/**
 * `POST /api/imports/:id/confirm`: the agency, the period and the content as the person corrected
 * it. An agency user's import becomes a draft of their agency; Home Affairs' and administrators'
 * become accepted historical reports.
 */
export const ImportConfirmBodySchema = z.strictObject({
  agencyId: z.uuid(),
  periodId: z.uuid(),
  content: ReportSchema,
});
export type ImportConfirmBody = z.input<typeof ImportConfirmBodySchema>;

export const ImportConfirmResponseSchema = z.strictObject({
  import: ImportResponseSchema,
  report: ReportResponseSchema,
});
export type ImportConfirmResponse = z.infer<typeof ImportConfirmResponseSchema>;
