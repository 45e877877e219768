import { z } from 'zod';
import { FindingSchema } from '../contracts/finding.contract.js';
import { STANDARD_PERIOD_KINDS } from '../periods/period-kind.js';
import { ReportSchema } from '../reports/report.schema.js';

/**
 * How sure the extractor is of one value (docs/domain.md §15):
 * - `high`: read from a fixed form (a symbol with its date, a heading, the signature block);
 * - `medium`: read from a sentence pattern that usually means this (a figure in a sentence);
 * - `low`: guessed or assumed (a channel not stated, a section mapped by a weak keyword): a person
 *   must look before confirming.
 */
export const EXTRACTION_CONFIDENCES = ['high', 'medium', 'low'] as const;
export type ExtractionConfidence = (typeof EXTRACTION_CONFIDENCES)[number];

/** Where a value was read: offsets into the extraction's `text`, and the sentence around them. */
export const SourceSpanSchema = z.strictObject({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  /** The whole sentence (or line) the value stands in, as written. */
  sentence: z.string(),
});
export type SourceSpan = z.infer<typeof SourceSpanSchema>;

/** One extracted value: its path in the draft (`plans[0]`, `dossier.resolvedOnTime`), source and confidence. */
export const ExtractedFieldSchema = z.strictObject({
  path: z.string(),
  source: SourceSpanSchema,
  confidence: z.enum(EXTRACTION_CONFIDENCES),
});
export type ExtractedField = z.infer<typeof ExtractedFieldSchema>;

/** A citation found in the text: the agency's own document or one it cites. */
export const ExtractedCitationSchema = z.strictObject({
  symbol: z.string(),
  date: z.iso.date().nullable(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  /** True when the reporting agency issued it (its code is the symbol's issuer). */
  own: z.boolean(),
});
export type ExtractedCitation = z.infer<typeof ExtractedCitationSchema>;

/**
 * A report draft as read from a text: the shape of a report, except that what the text may not
 * say (the agency, its symbol, place, period and title) can be null for a person to fill in.
 * Every record in its lists passes its own schema.
 */
export const ReportDraftSchema = ReportSchema.extend({
  agencyCode: z.string().nullable(),
  symbol: ReportSchema.shape.symbol.nullable(),
  place: z.string().nullable(),
  period: z.strictObject({ year: z.number().int().min(2000).max(2100), kind: z.enum(STANDARD_PERIOD_KINDS) }).nullable(),
  title: z.string().nullable(),
});
export type ReportDraft = z.infer<typeof ReportDraftSchema>;

/**
 * What `extractReport` returns: the text it read (NFC, `\n` line ends: every offset refers to it),
 * the draft, one entry per extracted value, every citation, and the findings (citation checks,
 * missing areas, assumptions, figures that do not add up "as published").
 */
export const ReportExtractionSchema = z.strictObject({
  text: z.string(),
  /** The issuing agency's name as the header writes it ("SỞ NGOẠI VỤ", "UBND XÃ TỊNH KHÊ"), if any. */
  agencyName: z.string().nullable(),
  draft: ReportDraftSchema,
  fields: z.array(ExtractedFieldSchema),
  citations: z.array(ExtractedCitationSchema),
  findings: z.array(FindingSchema),
});
export type ReportExtraction = z.infer<typeof ReportExtractionSchema>;
