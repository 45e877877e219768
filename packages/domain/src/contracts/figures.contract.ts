import { z } from 'zod';
import { AGENCY_KINDS } from '../agencies/agency-kind.js';
import { AGENCY_LEVELS } from '../agencies/agency-level.js';
import { INDICATOR_UNITS, type IndicatorSet } from '../indicators/indicator.js';
import { REPORT_STATUSES } from '../reports/report-status.js';
import { ReportingPeriodSchema } from './reference-data.contract.js';

// `GET /api/periods/:periodId/figures` (and `.xlsx`): every agency's indicator values for one
// period, with the province's totals and per-level subtotals (docs/domain.md §12). Computed by
// `periodFigures` from the stored reports at request time.

const localizedText = z.object({ vi: z.string(), en: z.string() });
const scalar = z.union([z.number(), z.boolean(), z.string()]).nullable();

/** `?includeSubmitted=true` counts submitted reports not yet accepted in the totals too. */
export const FiguresQuerySchema = z.strictObject({
  includeSubmitted: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
});
export type FiguresQuery = z.infer<typeof FiguresQuerySchema>;

const AggregationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('sum') }),
  z.object({ kind: z.literal('rate'), numerator: z.string(), denominator: z.string() }),
  z.object({ kind: z.literal('countYes') }),
  z.object({ kind: z.literal('none') }),
]);

/** An indicator's definition as a client needs it to head a column or a row. */
export const IndicatorDefinitionSchema = z.object({
  code: z.string(),
  block: z.string(),
  name: localizedText,
  unit: z.enum(INDICATOR_UNITS),
  aggregation: AggregationSchema,
  byLevel: z.boolean(),
  source: z.union([
    z.object({ kind: z.literal('derived'), rule: z.object({ of: z.string() }).passthrough() }),
    z.object({ kind: z.literal('entered'), areaKey: z.string().nullable() }),
  ]),
});

/** The indicator set in force for the period, as a client renders it. */
export const IndicatorSetSchema = z.object({
  code: z.string(),
  version: z.number().int(),
  programme: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  name: localizedText,
  blocks: z.array(z.object({ key: z.string(), name: localizedText, areaKey: z.string().nullable() })),
  indicators: z.array(IndicatorDefinitionSchema),
});

export type IndicatorSetDto = z.infer<typeof IndicatorSetSchema>;

/** A set as an answer carries it (the shipped sets are read-only data). */
export function toIndicatorSetDto(set: IndicatorSet | null): IndicatorSetDto | null {
  return set && { ...set, blocks: [...set.blocks], indicators: [...set.indicators] };
}

export const AgencyIndicatorValueSchema = z.object({
  code: z.string(),
  value: scalar,
  origin: z.enum(['derived', 'entered', 'missing']),
  sources: z.array(z.string()),
  note: z.string(),
  asPublished: z.boolean(),
});

export const IndicatorContributionSchema = z.object({
  agencyId: z.string(),
  reportId: z.string(),
  value: scalar,
  sources: z.array(z.string()),
  numerator: z.number().optional(),
  denominator: z.number().optional(),
});

export const IndicatorTotalSchema = z.object({
  value: scalar,
  contributions: z.array(IndicatorContributionSchema),
  missing: z.array(z.string()),
});

export const IndicatorAggregateSchema = IndicatorTotalSchema.extend({
  code: z.string(),
  byLevel: z.partialRecord(z.enum(AGENCY_LEVELS), IndicatorTotalSchema).nullable(),
});

export const FiguresRowSchema = z.object({
  agency: z.object({ id: z.uuid(), code: z.string(), name: localizedText, kind: z.enum(AGENCY_KINDS) }),
  level: z.enum(AGENCY_LEVELS),
  status: z.enum([...REPORT_STATUSES, 'MISSING']),
  expected: z.boolean(),
  reportId: z.uuid().nullable(),
  counted: z.boolean(),
  values: z.array(AgencyIndicatorValueSchema).nullable(),
});
export type FiguresRowDto = z.infer<typeof FiguresRowSchema>;

export const PeriodFiguresResponseSchema = z.object({
  period: ReportingPeriodSchema,
  /** Null when no indicator set is in force for the period (before 2021): rows, no values. */
  set: IndicatorSetSchema.nullable(),
  includeSubmitted: z.boolean(),
  rows: z.array(FiguresRowSchema),
  totals: z.array(IndicatorAggregateSchema),
});
export type PeriodFiguresResponse = z.infer<typeof PeriodFiguresResponseSchema>;
