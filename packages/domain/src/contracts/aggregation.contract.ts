import { z } from 'zod';
import { AGENCY_KINDS } from '../agencies/agency-kind.js';
import { DOSSIER_FIELDS } from '../dossier/dossier-figures.js';

const counts = z.strictObject(Object.fromEntries(DOSSIER_FIELDS.map((f) => [f, z.number().int().min(0)])) as Record<(typeof DOSSIER_FIELDS)[number], z.ZodNumber>);
const rate = z.number().min(0).max(1).nullable();

/** Figures an agency ranking can be ordered by. */
export const RANKING_FIGURES = ['onTimeRate', 'lateRate', 'onlineRate', 'received', 'resolved', 'toHandle'] as const;

/** `GET /api/aggregates/dossier`: one period, optionally one kind of agency. */
export const DossierAggregateQuerySchema = z.strictObject({
  periodId: z.uuid(),
  agencyKind: z.enum(AGENCY_KINDS).optional(),
});
export type DossierAggregateQuery = z.infer<typeof DossierAggregateQuerySchema>;

/** The province's pooled dossier figures for a period, with who reported. */
export const DossierAggregateResponseSchema = z.strictObject({
  periodId: z.uuid(),
  agencies: z.number().int().min(0),
  figures: counts,
  totals: z.strictObject({ received: z.number(), toHandle: z.number(), resolved: z.number(), inProgress: z.number() }),
  rates: z.strictObject({ onTimeRate: rate, lateRate: rate, onlineRate: rate }),
  reporting: z.strictObject({ expected: z.number().int().min(0), reported: z.number().int().min(0), rate, unexpected: z.array(z.string()) }),
});
export type DossierAggregateResponse = z.infer<typeof DossierAggregateResponseSchema>;

/** `GET /api/aggregates/ranking`: agencies of a period ordered by a figure. */
export const AgencyRankingQuerySchema = z.strictObject({
  periodId: z.uuid(),
  figure: z.enum(RANKING_FIGURES),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type AgencyRankingQuery = z.infer<typeof AgencyRankingQuerySchema>;

export const AgencyRankingResponseSchema = z.strictObject({
  periodId: z.uuid(),
  figure: z.enum(RANKING_FIGURES),
  rows: z.array(
    z.strictObject({
      agencyId: z.uuid(),
      value: z.number().nullable(),
      rank: z.number().int().min(1).nullable(),
      /** Change against the same agency's previous period of the same kind. */
      change: z.number().nullable(),
    }),
  ),
});
export type AgencyRankingResponse = z.infer<typeof AgencyRankingResponseSchema>;
