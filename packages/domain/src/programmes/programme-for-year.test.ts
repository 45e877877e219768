import { programmeForYear } from './programme-for-year.js';

describe(programmeForYear.name, () => {
  it('returns undefined before the first programme and after the last', () => {
    expect(programmeForYear(2010)).toBeUndefined();
    expect(programmeForYear(2031)).toBeUndefined();
  });

  it('picks 30c/NQ-CP for 2011 to 2020, both ends included', () => {
    expect(programmeForYear(2011)?.code).toBe('30c');
    expect(programmeForYear(2020)?.code).toBe('30c');
  });

  it('picks 76/NQ-CP from 2021, although it was adopted in July of that year', () => {
    expect(programmeForYear(2021)?.code).toBe('76');
    expect(programmeForYear(2030)?.code).toBe('76');
  });
});
