import type { DossierFigures } from '../../src/dossier/dossier-figures.js';

/** Dossier figures that balance (the seed's: 14 received, 12 on time, 2 in progress), with overrides. */
export const dossierFigures = (overrides: Partial<DossierFigures> = {}): DossierFigures => ({
  carriedOver: 0,
  receivedOnline: 0,
  receivedInPerson: 14,
  receivedPostal: 0,
  resolvedEarly: 0,
  resolvedOnTime: 12,
  resolvedLate: 0,
  pendingWithinTime: 2,
  pendingOverdue: 0,
  returned: 0,
  ...overrides,
});
