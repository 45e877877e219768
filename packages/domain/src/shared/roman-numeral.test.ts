import { romanNumeral } from './roman-numeral.js';

describe(romanNumeral.name, () => {
  it.each([
    [1, 'I'],
    [4, 'IV'],
    [5, 'V'],
    [9, 'IX'],
    [12, 'XII'],
    [40, 'XL'],
    [1994, 'MCMXCIV'],
  ])('%i is %s', (n, numeral) => {
    expect(romanNumeral(n)).toBe(numeral);
  });

  it('refuses 0, negatives and fractions', () => {
    expect(() => romanNumeral(0)).toThrow(RangeError);
    expect(() => romanNumeral(-1)).toThrow(RangeError);
    expect(() => romanNumeral(1.5)).toThrow(RangeError);
  });
});
