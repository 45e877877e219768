import type { DossierFigures } from './dossier-figures.js';

/** The derived totals of a period's dossier figures. */
export interface DossierTotals {
  /** Newly received: online + in person + postal. */
  received: number;
  /** To handle: carried over + newly received. */
  toHandle: number;
  /** Resolved: early + on time + late. */
  resolved: number;
  /** In progress at the end: within time + overdue. */
  inProgress: number;
}

/**
 * The totals derived from the figures (docs/domain.md §6). When the figures balance,
 * `toHandle === resolved + inProgress + returned`.
 *
 * @example
 * dossierTotals({ carriedOver: 0, receivedOnline: 0, receivedInPerson: 14, receivedPostal: 0, resolvedEarly: 0,
 *   resolvedOnTime: 12, resolvedLate: 0, pendingWithinTime: 2, pendingOverdue: 0, returned: 0 })
 * // { received: 14, toHandle: 14, resolved: 12, inProgress: 2 }
 */
export function dossierTotals(figures: Omit<DossierFigures, 'stated'>): DossierTotals {
  const received = figures.receivedOnline + figures.receivedInPerson + figures.receivedPostal;
  return {
    received,
    toHandle: figures.carriedOver + received,
    resolved: figures.resolvedEarly + figures.resolvedOnTime + figures.resolvedLate,
    inProgress: figures.pendingWithinTime + figures.pendingOverdue,
  };
}
