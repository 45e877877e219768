import { dossierFigures } from '../../test/factories/dossier.factory.js';
import { reconcileQuarters } from './reconcile-quarters.js';

// Q1: 5 received, 4 resolved, 1 in progress; Q2: 1 carried, 6 received, 7 resolved; Q3: 3 received, 1 resolved, 2 in progress.
const q1 = dossierFigures({ carriedOver: 0, receivedInPerson: 5, resolvedOnTime: 4, pendingWithinTime: 1 });
const q2 = dossierFigures({ carriedOver: 1, receivedInPerson: 6, resolvedOnTime: 7, pendingWithinTime: 0 });
const q3 = dossierFigures({ carriedOver: 0, receivedInPerson: 3, resolvedOnTime: 1, pendingWithinTime: 2 });
const m9 = dossierFigures({ carriedOver: 0, receivedInPerson: 14, resolvedOnTime: 12, pendingWithinTime: 2 });

describe(reconcileQuarters.name, () => {
  it('reports missing quarters instead of comparing', () => {
    const findings = reconcileQuarters('M9', { 1: q1, 3: q3 }, m9);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'QUARTERS_DO_NOT_RECONCILE', details: { missingQuarters: [2] } });
  });

  it('accepts a 9-month report equal to Q1 + Q2 + Q3 (the seed figures)', () => {
    expect(reconcileQuarters('M9', { 1: q1, 2: q2, 3: q3 }, m9)).toEqual([]);
  });

  it('takes carried-over from the first quarter and in-progress from the last', () => {
    expect(reconcileQuarters('H1', { 1: q1, 2: q2 }, dossierFigures({ receivedInPerson: 11, resolvedOnTime: 11, pendingWithinTime: 0 }))).toEqual([]);
  });

  it('names each field that disagrees with both numbers', () => {
    const findings = reconcileQuarters('M9', { 1: q1, 2: q2, 3: q3 }, { ...m9, resolvedOnTime: 13 }, 'report.dossier');
    expect(findings.map((f) => [f.path, f.details?.cumulative, f.details?.fromQuarters])).toEqual([['report.dossier.resolvedOnTime', 13, 12]]);
  });
});
