import { restatedAgency } from './restated-agency.js';

// docs/domain.md §8: on 01/03/2025 SNNPTNT and STNMT became SNNMT, SKHĐT went into STC.
const agencies = [
  { id: 'snnptnt', successors: [{ agencyId: 'snnmt' }] },
  { id: 'stnmt', successors: [{ agencyId: 'snnmt' }] },
  { id: 'snnmt', successors: [] },
  { id: 'skhdt', successors: [{ agencyId: 'stc' }] },
  { id: 'stc', successors: [] },
  { id: 'stp', successors: [] },
];

describe(restatedAgency.name, () => {
  it('shows a merged agency under the agency that took it over', () => {
    const under = restatedAgency(agencies);
    expect(under.get('snnptnt')).toBe('snnmt');
    expect(under.get('stnmt')).toBe('snnmt');
    expect(under.get('skhdt')).toBe('stc');
  });

  it('keeps an agency that was not succeeded as itself', () => {
    const under = restatedAgency(agencies);
    expect(under.get('snnmt')).toBe('snnmt');
    expect(under.get('stp')).toBe('stp');
  });

  it('follows successions to the last one', () => {
    const under = restatedAgency([
      { id: 'a', successors: [{ agencyId: 'b' }] },
      { id: 'b', successors: [{ agencyId: 'c' }] },
      { id: 'c', successors: [] },
    ]);
    expect([under.get('a'), under.get('b'), under.get('c')]).toEqual(['c', 'c', 'c']);
  });

  it('keeps an agency split between several successors, or succeeded outside the list, as itself', () => {
    const under = restatedAgency([
      { id: 'split', successors: [{ agencyId: 'x' }, { agencyId: 'y' }] },
      { id: 'x', successors: [] },
      { id: 'y', successors: [] },
      { id: 'gone', successors: [{ agencyId: 'not-listed' }] },
    ]);
    expect(under.get('split')).toBe('split');
    expect(under.get('gone')).toBe('gone');
  });

  it('stops at a loop in bad data instead of running forever', () => {
    const under = restatedAgency([
      { id: 'a', successors: [{ agencyId: 'b' }] },
      { id: 'b', successors: [{ agencyId: 'a' }] },
    ]);
    expect(under.get('a')).toBe('b');
    expect(under.get('b')).toBe('a');
  });
});
