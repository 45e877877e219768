import fc from 'fast-check';
import { balancedDossierFigures } from '../../test/factories/dossier.arbitrary.js';
import { dossierFigures } from '../../test/factories/dossier.factory.js';
import { checkDossierFigures } from './check-dossier-figures.js';
import { DOSSIER_FIELDS } from './dossier-figures.js';

describe(checkDossierFigures.name, () => {
  describe('edge cases', () => {
    it('accepts an agency without any dossier', () => {
      const zero = dossierFigures({ receivedInPerson: 0, resolvedOnTime: 0, pendingWithinTime: 0 });
      expect(checkDossierFigures(zero)).toEqual([]);
    });

    it('reports each figure that is not a count, and nothing else', () => {
      const findings = checkDossierFigures(dossierFigures({ returned: -1, resolvedLate: 1.5 }));
      expect(findings.map((f) => [f.code, f.path])).toEqual([
        ['DOSSIER_NOT_A_COUNT', 'dossier.resolvedLate'],
        ['DOSSIER_NOT_A_COUNT', 'dossier.returned'],
      ]);
    });

    it('rejects NaN', () => {
      expect(checkDossierFigures(dossierFigures({ carriedOver: Number.NaN }))[0]?.code).toBe('DOSSIER_NOT_A_COUNT');
    });
  });

  it('accepts the seed figures: 14 received, 12 on time, 2 in progress', () => {
    expect(checkDossierFigures(dossierFigures())).toEqual([]);
  });

  it('names the broken identity and its numbers', () => {
    const [finding] = checkDossierFigures(dossierFigures({ returned: 1 }), { path: 'report.dossier' });
    expect(finding).toMatchObject({ code: 'DOSSIER_BALANCE', severity: 'error', path: 'report.dossier' });
    expect(finding?.message.en).toBe(
      'To handle 14 (carried over 0 + received 14) differs from 15 (resolved 12 + in progress 2 + returned or withdrawn 1).',
    );
    expect(finding?.message.vi).toContain('phải giải quyết 14');
  });

  it('writes thousands the way each language does (2.247 in Vietnamese, 2,247 in English)', () => {
    const [finding] = checkDossierFigures(dossierFigures({ carriedOver: 1000, receivedInPerson: 1245, resolvedOnTime: 2245, returned: 1 }));
    expect(finding?.message.vi).toContain('phải giải quyết 2.245 (kỳ trước chuyển sang 1.000');
    expect(finding?.message.en).toContain('To handle 2,245 (carried over 1,000');
  });

  it('checks stated totals against their parts', () => {
    const findings = checkDossierFigures(dossierFigures({ stated: { received: 14, resolved: 13 } }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'DOSSIER_STATED_TOTAL', path: 'dossier.stated.resolved', details: { stated: 13, computed: 12 } });
  });

  it('warns when carried over is not the previous period in progress', () => {
    const previous = dossierFigures({ pendingWithinTime: 2, pendingOverdue: 1, resolvedOnTime: 11 });
    const findings = checkDossierFigures(dossierFigures({ carriedOver: 2, receivedInPerson: 12 }), { previous });
    expect(findings.map((f) => [f.code, f.severity, f.path])).toEqual([['DOSSIER_CARRIED_OVER', 'warning', 'dossier.carriedOver']]);
    expect(findings[0]?.message.en).toContain('Carried over 2 differs from the previous period\'s in progress 3');
  });

  it('accepts a carried-over that matches the previous period', () => {
    const previous = dossierFigures();
    expect(checkDossierFigures(dossierFigures({ carriedOver: 2, receivedInPerson: 12 }), { previous })).toEqual([]);
  });

  describe('properties', () => {
    it('finds nothing wrong in balanced figures', () => {
      fc.assert(fc.property(balancedDossierFigures, (figures) => checkDossierFigures(figures).length === 0));
    });

    it('finds exactly the balance broken when one figure moves', () => {
      fc.assert(
        fc.property(balancedDossierFigures, fc.constantFrom(...DOSSIER_FIELDS), fc.integer({ min: 1, max: 50 }), (figures, field, delta) => {
          const findings = checkDossierFigures({ ...figures, [field]: figures[field] + delta });
          expect(findings.map((f) => f.code)).toEqual(['DOSSIER_BALANCE']);
          const { toHandle, accountedFor } = findings[0]?.details ?? {};
          expect(Math.abs(Number(toHandle) - Number(accountedFor))).toBe(delta);
        }),
      );
    });
  });
});
