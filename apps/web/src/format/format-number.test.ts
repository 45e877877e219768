import { formatNumber } from './format-number.js';

describe(formatNumber.name, () => {
  it('leaves numbers below a thousand alone', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(999)).toBe('999');
  });

  it('groups thousands with dots', () => {
    expect(formatNumber(1245)).toBe('1.245');
    expect(formatNumber(-3321000)).toBe('-3.321.000');
  });
});
