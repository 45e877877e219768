import { z } from 'zod';
import { DOSSIER_FIELDS, type DossierField } from '../dossier/dossier-figures.js';

// Building blocks of the dashboard contracts (dashboard.contract.ts): the shapes of what the
// aggregation functions of this package compute, so a response is checked against the very
// functions that produce it.

const count = z.number().int().min(0);

/** A rate as a fraction from 0 to 1; null when its denominator is 0 (nothing to rate). */
export const RateSchema = z.number().min(0).max(1).nullable();

/** The ten dossier figures without stated totals (`DossierCounts`), e.g. a province's sum. */
export const DossierCountsSchema = z.strictObject(
  Object.fromEntries(DOSSIER_FIELDS.map((field) => [field, count])) as Record<DossierField, typeof count>,
);

/** What `dossierTotals` derives: received, to handle, resolved, in progress. */
export const DossierTotalsSchema = z.strictObject({ received: count, toHandle: count, resolved: count, inProgress: count });

/** What `dossierRates` computes (docs/domain.md §6). */
export const DossierRatesSchema = z.strictObject({ onTimeRate: RateSchema, lateRate: RateSchema, onlineRate: RateSchema });

/** What `reportingRate` computes: expected reporters, those of them that reported, the rate. */
export const ReportingRateSchema = z.strictObject({
  expected: count,
  reported: count,
  rate: RateSchema,
  /** Agencies that reported without being expected (dissolved or not yet created then). */
  unexpected: z.array(z.string()),
});

/**
 * Figures an agency ranking can be ordered by: the dossier rates and totals of docs/domain.md §6, and
 * counts of what a report lists (docs/domain.md §7): plans and decisions issued, trainings and their
 * participants, discipline inspections held.
 */
export const RANKING_FIGURES = [
  'onTimeRate',
  'lateRate',
  'onlineRate',
  'received',
  'toHandle',
  'resolved',
  'inProgress',
  'plans',
  'decisions',
  'trainings',
  'trainingParticipants',
  'inspections',
] as const;
export type RankingFigure = (typeof RANKING_FIGURES)[number];

/** The rates among the ranking figures: a province value pools the figures, never averages rates. */
export const RATE_FIGURES = ['onTimeRate', 'lateRate', 'onlineRate'] as const satisfies readonly RankingFigure[];

/**
 * Which end of a figure is the better one, the default order of a ranking: a late rate and
 * dossiers still in progress rank lowest first, every other figure highest first.
 */
export const RANKING_DEFAULT_ORDER: Readonly<Record<RankingFigure, 'asc' | 'desc'>> = {
  onTimeRate: 'desc',
  lateRate: 'asc',
  onlineRate: 'desc',
  received: 'desc',
  toHandle: 'desc',
  resolved: 'desc',
  inProgress: 'asc',
  plans: 'desc',
  decisions: 'desc',
  trainings: 'desc',
  trainingParticipants: 'desc',
  inspections: 'desc',
};
