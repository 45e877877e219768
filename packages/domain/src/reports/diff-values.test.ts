import fc from 'fast-check';
import { diffValues } from './diff-values.js';

describe(diffValues.name, () => {
  it('finds nothing between equal values', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => diffValues(value, JSON.parse(JSON.stringify(value)) as unknown).length === 0));
  });

  it('reports a changed leaf at its dotted path', () => {
    expect(diffValues({ dossier: { resolvedOnTime: 12 } }, { dossier: { resolvedOnTime: 13 } })).toEqual([
      { path: 'dossier.resolvedOnTime', before: 12, after: 13 },
    ]);
  });

  it('reports added and removed array entries and keys', () => {
    expect(diffValues({ a: 1, plans: [1, 2] }, { b: 2, plans: [1] })).toEqual([
      { path: 'a', before: 1, after: undefined },
      { path: 'b', before: undefined, after: 2 },
      { path: 'plans.1', before: 2, after: undefined },
    ]);
  });

  it('reports a value replaced by another type as a whole', () => {
    expect(diffValues({ signing: null }, { signing: { name: 'X' } })).toEqual([{ path: 'signing', before: null, after: { name: 'X' } }]);
  });
});
