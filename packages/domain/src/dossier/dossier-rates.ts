import type { DossierFigures } from './dossier-figures.js';
import { dossierTotals } from './dossier-totals.js';

/** Rates as fractions from 0 to 1, or null when the denominator is 0. */
export interface DossierRates {
  /** (early + on time) / resolved. */
  onTimeRate: number | null;
  /** (resolved late + in progress overdue) / to handle (the Gia Lai definition). */
  lateRate: number | null;
  /** Received online / newly received. */
  onlineRate: number | null;
}

const ratio = (numerator: number, denominator: number): number | null =>
  denominator === 0 ? null : numerator / denominator;

/**
 * The rates of docs/domain.md §6, as fractions (multiply by 100 for a percentage); null when nothing
 * was resolved, handled or received, rather than a misleading 0 or 100%.
 *
 * @example
 * dossierRates({ carriedOver: 0, receivedOnline: 4, receivedInPerson: 16, receivedPostal: 0, resolvedEarly: 2,
 *   resolvedOnTime: 14, resolvedLate: 2, pendingWithinTime: 1, pendingOverdue: 1, returned: 0 })
 * // { onTimeRate: 0.8888888888888888, lateRate: 0.15, onlineRate: 0.2 }
 */
export function dossierRates(figures: Omit<DossierFigures, 'stated'>): DossierRates {
  const totals = dossierTotals(figures);
  return {
    onTimeRate: ratio(figures.resolvedEarly + figures.resolvedOnTime, totals.resolved),
    lateRate: ratio(figures.resolvedLate + figures.pendingOverdue, totals.toHandle),
    onlineRate: ratio(figures.receivedOnline, totals.received),
  };
}
