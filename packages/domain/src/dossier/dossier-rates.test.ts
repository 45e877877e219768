import fc from 'fast-check';
import { balancedDossierFigures } from '../../test/factories/dossier.arbitrary.js';
import { dossierFigures } from '../../test/factories/dossier.factory.js';
import { dossierRates } from './dossier-rates.js';
import { dossierTotals } from './dossier-totals.js';

describe(dossierRates.name, () => {
  it('gives null rates, not 0 or 100%, when there is nothing to divide by', () => {
    const zero = dossierFigures({ receivedInPerson: 0, resolvedOnTime: 0, pendingWithinTime: 0 });
    expect(dossierRates(zero)).toEqual({ onTimeRate: null, lateRate: null, onlineRate: null });
  });

  it('counts early resolutions as on time', () => {
    expect(dossierRates(dossierFigures({ resolvedEarly: 4, resolvedOnTime: 4, resolvedLate: 2, receivedInPerson: 12 })).onTimeRate).toBe(0.8);
  });

  it('counts overdue dossiers in progress as late, over all dossiers to handle (Gia Lai)', () => {
    const figures = dossierFigures({ carriedOver: 2, resolvedLate: 1, pendingOverdue: 1, pendingWithinTime: 2, receivedInPerson: 14 });
    expect(dossierRates(figures).lateRate).toBe(2 / 16);
  });

  it('divides online receipts by newly received only', () => {
    expect(dossierRates(dossierFigures({ carriedOver: 6, receivedOnline: 7, receivedInPerson: 7, resolvedOnTime: 18 })).onlineRate).toBe(0.5);
  });

  it('gives the seed 100% on time and 0% late', () => {
    expect(dossierRates(dossierFigures())).toEqual({ onTimeRate: 1, lateRate: 0, onlineRate: 0 });
  });

  it('keeps every rate between 0 and 1, and on-time plus late-resolved equal to all resolved (property)', () => {
    fc.assert(
      fc.property(balancedDossierFigures, (figures) => {
        const rates = dossierRates(figures);
        for (const rate of Object.values(rates)) if (rate !== null) expect(rate >= 0 && rate <= 1).toBe(true);
        const { resolved } = dossierTotals(figures);
        if (resolved > 0) expect((rates.onTimeRate ?? 0) + figures.resolvedLate / resolved).toBeCloseTo(1, 10);
        else expect(rates.onTimeRate).toBeNull();
      }),
    );
  });
});
