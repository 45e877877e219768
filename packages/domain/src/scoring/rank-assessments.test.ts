import { rankAssessments } from './rank-assessments.js';

describe(rankAssessments.name, () => {
  it('ranks nothing in no results', () => {
    expect(rankAssessments([])).toEqual([]);
  });

  it('ranks by percentage, highest first, with shared ranks for ties', () => {
    const ranked = rankAssessments([
      { unitId: 'A', percentage: 81.5 },
      { unitId: 'B', percentage: 90 },
      { unitId: 'C', percentage: 81.5 },
    ]);
    expect(ranked.map((r) => [r.item.unitId, r.rank])).toEqual([
      ['B', 1],
      ['A', 2],
      ['C', 2],
    ]);
  });
});
