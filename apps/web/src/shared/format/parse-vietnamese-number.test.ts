import { formatNumberInput, parseVietnameseNumber } from './parse-vietnamese-number.js';

describe(parseVietnameseNumber.name, () => {
  it('reads numbers with or without the dot between thousands', () => {
    expect(parseVietnameseNumber('1.245')).toEqual({ kind: 'number', value: 1245 });
    expect(parseVietnameseNumber('1245')).toEqual({ kind: 'number', value: 1245 });
    expect(parseVietnameseNumber(' 12.000 ')).toEqual({ kind: 'number', value: 12000 });
    expect(parseVietnameseNumber('3.321.000')).toEqual({ kind: 'number', value: 3321000 });
    expect(parseVietnameseNumber('0')).toEqual({ kind: 'number', value: 0 });
  });

  it('reads a decimal comma only where decimals are allowed', () => {
    expect(parseVietnameseNumber('98,5', { decimals: true })).toEqual({ kind: 'number', value: 98.5 });
    expect(parseVietnameseNumber('1.245,25', { decimals: true })).toEqual({ kind: 'number', value: 1245.25 });
    expect(parseVietnameseNumber('98,5')).toEqual({ kind: 'unreadable', text: '98,5' });
  });

  it('tells nothing typed apart from text that is not a number, which it keeps as typed', () => {
    expect(parseVietnameseNumber('')).toEqual({ kind: 'blank' });
    expect(parseVietnameseNumber('   ')).toEqual({ kind: 'blank' });
    for (const text of ['1.2x5', 'abc', '1.24', '1,245', '12.0000', '.245', '1..245', '-3', '1 245']) {
      expect(parseVietnameseNumber(text)).toEqual({ kind: 'unreadable', text });
    }
  });
});

describe(formatNumberInput.name, () => {
  it('writes numbers the Vietnamese way, years without grouping', () => {
    expect(formatNumberInput(1245)).toBe('1.245');
    expect(formatNumberInput(12)).toBe('12');
    expect(formatNumberInput(98.5)).toBe('98,5');
    expect(formatNumberInput(2021, { grouping: false })).toBe('2021');
  });

  it('reads back what it writes', () => {
    for (const value of [0, 7, 1245, 12000, 3321000]) expect(parseVietnameseNumber(formatNumberInput(value))).toEqual({ kind: 'number', value });
    expect(parseVietnameseNumber(formatNumberInput(1245.25), { decimals: true })).toEqual({ kind: 'number', value: 1245.25 });
  });
});
