import { dossierRates, type DossierRates } from '../dossier/dossier-rates.js';
import { dossierTotals, type DossierTotals } from '../dossier/dossier-totals.js';
import { sumDossierFigures, type DossierCounts } from './sum-dossier-figures.js';

export interface DossierAggregate {
  /** How many agencies' figures went in. */
  agencies: number;
  figures: DossierCounts;
  totals: DossierTotals;
  /** Rates of the pooled figures: a province's on-time rate weighs agencies by their dossiers. */
  rates: DossierRates;
}

/**
 * Sums the dossier figures of several agencies for one period and computes the rates of the sum
 * (not the average of the agencies' rates, which would let an agency with 2 dossiers weigh as
 * much as one with 2,000).
 *
 * @example
 * aggregateDossier([
 *   { agencyId: 'SNgV', figures: { carriedOver: 0, receivedOnline: 0, receivedInPerson: 14, receivedPostal: 0, resolvedEarly: 0, resolvedOnTime: 12, resolvedLate: 0, pendingWithinTime: 2, pendingOverdue: 0, returned: 0 } },
 *   { agencyId: 'STP', figures: { carriedOver: 0, receivedOnline: 6, receivedInPerson: 0, receivedPostal: 0, resolvedEarly: 0, resolvedOnTime: 3, resolvedLate: 3, pendingWithinTime: 0, pendingOverdue: 0, returned: 0 } },
 * ]).rates.onTimeRate // 0.8333333333333334
 */
export function aggregateDossier(rows: readonly { agencyId: string; figures: DossierCounts }[]): DossierAggregate {
  const figures = sumDossierFigures(rows.map((row) => row.figures));
  return { agencies: new Set(rows.map((row) => row.agencyId)).size, figures, totals: dossierTotals(figures), rates: dossierRates(figures) };
}
