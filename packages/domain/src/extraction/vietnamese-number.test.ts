import { parseVietnameseNumber } from './vietnamese-number.js';

describe('parseVietnameseNumber', () => {
  it.each([
    ['659.245', 659245],
    ['1.234.567', 1234567],
    ['98,81', 98.81],
    ['02', 2],
    ['1.234,5', 1234.5],
    ['12.5', 12.5],
    ['0', 0],
  ])('reads %s as %d', (text, value) => {
    expect(parseVietnameseNumber(text)).toBe(value);
  });

  it.each(['', 'mười', '1,2,3', '12.34.5'])('refuses %p', (text) => {
    expect(parseVietnameseNumber(text)).toBeNull();
  });
});
