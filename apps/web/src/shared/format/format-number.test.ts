import { formatDecimal, formatNumber } from './format-number.js';

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

describe(formatDecimal.name, () => {
  it('writes whole numbers without decimals', () => {
    expect(formatDecimal(3)).toBe('3');
    expect(formatDecimal(19312)).toBe('19.312');
  });

  it('puts a comma before the decimals and drops trailing zeros', () => {
    expect(formatDecimal(3.44)).toBe('3,4');
    expect(formatDecimal(1245.25, 2)).toBe('1.245,25');
    expect(formatDecimal(2.5, 2)).toBe('2,5');
  });

  it('rounds, and does not write minus zero', () => {
    expect(formatDecimal(0.96)).toBe('1');
    expect(formatDecimal(-0.01)).toBe('0');
    expect(formatDecimal(-1.25)).toBe('-1,3');
  });
});

