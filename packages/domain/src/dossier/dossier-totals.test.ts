import { dossierFigures } from '../../test/factories/dossier.factory.js';
import { dossierTotals } from './dossier-totals.js';

describe(dossierTotals.name, () => {
  it('is all zeros for an agency without dossiers', () => {
    const zero = dossierFigures({ receivedInPerson: 0, resolvedOnTime: 0, pendingWithinTime: 0 });
    expect(dossierTotals(zero)).toEqual({ received: 0, toHandle: 0, resolved: 0, inProgress: 0 });
  });

  it('adds the channels into received and the carried-over into to handle', () => {
    const totals = dossierTotals(dossierFigures({ carriedOver: 3, receivedOnline: 5, receivedPostal: 1 }));
    expect(totals.received).toBe(20);
    expect(totals.toHandle).toBe(23);
  });

  it('adds resolved and in-progress parts', () => {
    const totals = dossierTotals(dossierFigures({ resolvedEarly: 1, resolvedLate: 2, pendingOverdue: 4 }));
    expect(totals.resolved).toBe(15);
    expect(totals.inProgress).toBe(6);
  });
});
