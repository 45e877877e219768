import { formatVietnameseDate } from './format-vietnamese-date.js';

describe(formatVietnameseDate.name, () => {
  it('keeps the zero padding of day and month', () => {
    expect(formatVietnameseDate('2020-09-05')).toBe('05/09/2020');
  });

  it('puts the day first and the year last', () => {
    expect(formatVietnameseDate('2019-10-23')).toBe('23/10/2019');
  });
});
