import { parseVietnameseDate } from './parse-vietnamese-date.js';

describe(parseVietnameseDate.name, () => {
  it('returns null for a blank day, an impossible day and other text', () => {
    expect(parseVietnameseDate('ngày  tháng 9 năm 2020')).toBeNull();
    expect(parseVietnameseDate('31/02/2020')).toBeNull();
    expect(parseVietnameseDate('2020-09-05')).toBeNull();
    expect(parseVietnameseDate('')).toBeNull();
  });

  it('reads dd/mm/yyyy padded or not', () => {
    expect(parseVietnameseDate('07/5/2013')).toBe('2013-05-07');
    expect(parseVietnameseDate('13/08/2020')).toBe('2020-08-13');
  });

  it('accepts dots and dashes as separators and a leading "ngày"', () => {
    expect(parseVietnameseDate('ngày 7.5.2013')).toBe('2013-05-07');
    expect(parseVietnameseDate('7-5-2013')).toBe('2013-05-07');
  });

  it('reads the worded style', () => {
    expect(parseVietnameseDate('ngày 5 tháng 9 năm 2020')).toBe('2020-09-05');
    expect(parseVietnameseDate('Ngày 05 tháng 10 năm 2020')).toBe('2020-10-05');
  });
});
