import { daysBetween } from './days-between.js';

describe(daysBetween.name, () => {
  it('rejects a malformed day', () => {
    expect(() => daysBetween('2020-9-1', '2020-09-01')).toThrow(RangeError);
  });

  it('is zero for the same day', () => {
    expect(daysBetween('2020-09-20', '2020-09-20')).toBe(0);
  });

  it('counts a leap day', () => {
    expect(daysBetween('2020-02-28', '2020-03-01')).toBe(2);
    expect(daysBetween('2021-02-28', '2021-03-01')).toBe(1);
  });

  it('is negative when the second day comes first', () => {
    expect(daysBetween('2020-09-23', '2020-09-20')).toBe(-3);
  });
});
