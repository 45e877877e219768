import { quartersCovered } from './quarters-covered.js';

describe(quartersCovered.name, () => {
  it('covers no quarter for an ad hoc report', () => {
    expect(quartersCovered('ADHOC')).toEqual([]);
  });

  it('covers one quarter for Q1 and MoHA Q3', () => {
    expect(quartersCovered('Q1')).toEqual([1]);
    expect(quartersCovered('Q3')).toEqual([3]);
  });

  it('covers the quarters so far for cumulative reports', () => {
    expect(quartersCovered('H1')).toEqual([1, 2]);
    expect(quartersCovered('M9')).toEqual([1, 2, 3]);
    expect(quartersCovered('YEAR')).toEqual([1, 2, 3, 4]);
  });

  it('returns a copy the caller may change', () => {
    quartersCovered('M9').push(4);
    expect(quartersCovered('M9')).toEqual([1, 2, 3]);
  });
});
