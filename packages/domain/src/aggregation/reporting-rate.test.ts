import fc from 'fast-check';
import { reportingRate } from './reporting-rate.js';

describe(reportingRate.name, () => {
  it('has no rate when nobody is expected', () => {
    expect(reportingRate([], ['SNV'])).toEqual({ expected: 0, reported: 0, rate: null, unexpected: ['SNV'] });
  });

  it('counts duplicates once and ignores unexpected reporters', () => {
    expect(reportingRate(['SNV', 'STP'], ['SNV', 'SNV', 'huyen-cu'])).toEqual({ expected: 2, reported: 1, rate: 0.5, unexpected: ['huyen-cu'] });
  });

  it('is 100% when every expected agency reported', () => {
    expect(reportingRate(['SNV', 'STP'], ['STP', 'SNV']).rate).toBe(1);
  });

  it('gives the same answer for sets as for the arrays they hold (property)', () => {
    const id = fc.constantFrom('a', 'b', 'c', 'd', 'e');
    fc.assert(
      fc.property(fc.array(id), fc.array(id), (expected, reported) => {
        expect(reportingRate(new Set(expected), new Set(reported))).toEqual(reportingRate(expected, reported));
      }),
    );
  });

  it('never exceeds 100% (property)', () => {
    const id = fc.constantFrom('a', 'b', 'c', 'd', 'e');
    fc.assert(fc.property(fc.array(id), fc.array(id), (expected, reported) => (reportingRate(expected, reported).rate ?? 0) <= 1));
  });
});
