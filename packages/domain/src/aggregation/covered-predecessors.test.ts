import { coveredPredecessors } from './covered-predecessors.js';

const agency = (id: string, validFrom: string, validTo: string | null, predecessors: string[] = []) => ({
  id,
  validFrom,
  validTo,
  predecessors: predecessors.map((agencyId) => ({ agencyId })),
});

// docs/domain.md §8: SNNPTNT and STNMT (to 28/02/2025) became SNNMT from 01/03/2025.
const snnptnt = agency('snnptnt', '2000-01-01', '2025-02-28');
const stnmt = agency('stnmt', '2000-01-01', '2025-02-28');
const snnmt = agency('snnmt', '2025-03-01', null, ['snnptnt', 'stnmt']);
const stp = agency('stp', '2000-01-01', null);
const agencies = [snnptnt, stnmt, snnmt, stp];
const ids = (list: { id: string }[]): string[] => list.map((a) => a.id);

describe(coveredPredecessors.name, () => {
  it('covers the predecessors that existed during the window', () => {
    expect(ids(coveredPredecessors(snnmt, agencies, { from: '2024-12-15', to: '2025-03-14' }))).toEqual(['snnptnt', 'stnmt']);
    // The year 2025 began under the old departments.
    expect(ids(coveredPredecessors(snnmt, agencies, { from: '2024-12-15', to: '2025-12-14' }))).toEqual(['snnptnt', 'stnmt']);
  });

  it('covers none once the predecessors were gone before the window began', () => {
    expect(coveredPredecessors(snnmt, agencies, { from: '2025-03-15', to: '2025-06-14' })).toEqual([]);
  });

  it('covers none for an agency that took over from no one', () => {
    expect(coveredPredecessors(stp, agencies, { from: '2024-12-15', to: '2025-03-14' })).toEqual([]);
  });

  it('leaves out a predecessor that still exists at the window\'s end: it reports for itself', () => {
    const parent = agency('parent', '2000-01-01', null);
    const part = agency('part', '2025-03-01', null, ['parent']);
    expect(coveredPredecessors(part, [parent, part], { from: '2024-12-15', to: '2025-03-14' })).toEqual([]);
  });

  it('covers the predecessors of a predecessor that existed during the window', () => {
    const a = agency('a', '2000-01-01', '2025-01-31');
    const b = agency('b', '2025-02-01', '2025-02-28', ['a']);
    const c = agency('c', '2025-03-01', null, ['b']);
    expect(ids(coveredPredecessors(c, [a, b, c], { from: '2024-12-15', to: '2025-03-14' }))).toEqual(['b', 'a']);
  });

  it('takes the agencies as a map by id as well, with the same answer', () => {
    // The status board asks for every expected cell of a page: one map built per request, not
    // one per cell.
    const byId = new Map(agencies.map((a) => [a.id, a]));
    for (const window of [
      { from: '2024-12-15', to: '2025-03-14' },
      { from: '2025-03-15', to: '2025-06-14' },
    ]) {
      for (const one of agencies) expect(coveredPredecessors(one, byId, window)).toEqual(coveredPredecessors(one, agencies, window));
    }
    expect(ids(coveredPredecessors(snnmt, byId, { from: '2024-12-15', to: '2025-03-14' }))).toEqual(['snnptnt', 'stnmt']);
  });
});
