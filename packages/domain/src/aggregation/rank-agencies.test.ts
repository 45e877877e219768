import { rankAgencies } from './rank-agencies.js';

const rows = [
  { code: 'A', rate: 0.9 },
  { code: 'B', rate: 1 },
  { code: 'C', rate: null },
  { code: 'D', rate: 0.9 },
  { code: 'E', rate: Number.NaN },
  { code: 'F', rate: 0.5 },
];

describe(rankAgencies.name, () => {
  it('ranks nothing in no rows', () => {
    expect(rankAgencies([], () => 1)).toEqual([]);
  });

  it('puts unknown values last, unranked', () => {
    const ranked = rankAgencies(rows, (r) => r.rate);
    expect(ranked.slice(-2).map((r) => [r.item.code, r.rank])).toEqual([
      ['C', null],
      ['E', null],
    ]);
  });

  it('shares ranks between ties and skips the next (1, 2, 2, 4)', () => {
    expect(rankAgencies(rows, (r) => r.rate).map((r) => `${r.item.code}:${r.rank}`)).toEqual(['B:1', 'A:2', 'D:2', 'F:4', 'C:null', 'E:null']);
  });

  it('ranks lowest first on request', () => {
    expect(rankAgencies(rows, (r) => r.rate, { order: 'asc' })[0]?.item.code).toBe('F');
  });
});
