import { addDays } from './add-days.js';

describe(addDays.name, () => {
  it('rejects a day that does not exist and a fractional count', () => {
    expect(() => addDays('2021-02-29', 1)).toThrow(RangeError);
    expect(() => addDays('2021-02-01', 0.5)).toThrow(RangeError);
  });

  it('returns the same day for zero', () => {
    expect(addDays('2020-09-20', 0)).toBe('2020-09-20');
  });

  it('crosses month and year ends', () => {
    expect(addDays('2020-12-31', 1)).toBe('2021-01-01');
    expect(addDays('2020-03-01', -1)).toBe('2020-02-29');
  });
});
