import fc from 'fast-check';
import { balancedDossierFigures } from '../../test/factories/dossier.arbitrary.js';
import { dossierFigures } from '../../test/factories/dossier.factory.js';
import { checkDossierFigures } from '../dossier/check-dossier-figures.js';
import { sumDossierFigures } from './sum-dossier-figures.js';

describe(sumDossierFigures.name, () => {
  it('is all zeros for no figures', () => {
    expect(Object.values(sumDossierFigures([])).every((v) => v === 0)).toBe(true);
  });

  it('adds field by field and drops stated totals', () => {
    const sum = sumDossierFigures([dossierFigures({ stated: { resolved: 12 } }), dossierFigures({ carriedOver: 1, receivedInPerson: 13 })]);
    expect(sum).toMatchObject({ carriedOver: 1, receivedInPerson: 27, resolvedOnTime: 24, pendingWithinTime: 4 });
    expect(sum).not.toHaveProperty('stated');
  });

  it('keeps the balance identity (property)', () => {
    fc.assert(fc.property(fc.array(balancedDossierFigures, { maxLength: 8 }), (list) => checkDossierFigures(sumDossierFigures(list)).length === 0));
  });
});
