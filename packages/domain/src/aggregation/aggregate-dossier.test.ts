import { dossierFigures } from '../../test/factories/dossier.factory.js';
import { aggregateDossier } from './aggregate-dossier.js';

describe(aggregateDossier.name, () => {
  it('gives null rates for no agencies', () => {
    expect(aggregateDossier([])).toMatchObject({ agencies: 0, rates: { onTimeRate: null, lateRate: null, onlineRate: null } });
  });

  it('weighs agencies by their dossiers, not by one vote each', () => {
    const big = dossierFigures({ receivedInPerson: 100, resolvedOnTime: 98, resolvedLate: 0, pendingWithinTime: 2 });
    const small = dossierFigures({ receivedInPerson: 2, resolvedOnTime: 0, resolvedLate: 2, pendingWithinTime: 0 });
    const result = aggregateDossier([
      { agencyId: 'a', figures: big },
      { agencyId: 'b', figures: small },
    ]);
    expect(result.rates.onTimeRate).toBe(98 / 100);
    expect(result.totals).toEqual({ received: 102, toHandle: 102, resolved: 100, inProgress: 2 });
  });

  it('counts distinct agencies', () => {
    expect(aggregateDossier([{ agencyId: 'a', figures: dossierFigures() }, { agencyId: 'a', figures: dossierFigures() }]).agencies).toBe(1);
  });
});
