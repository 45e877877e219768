import { formatCount } from './format-count.js';

describe(formatCount.name, () => {
  it('leaves numbers below a thousand alone', () => {
    expect(formatCount(0)).toEqual({ vi: '0', en: '0' });
    expect(formatCount(999)).toEqual({ vi: '999', en: '999' });
  });

  it('groups thousands with a dot in Vietnamese and a comma in English', () => {
    expect(formatCount(2247)).toEqual({ vi: '2.247', en: '2,247' });
    expect(formatCount(1234567)).toEqual({ vi: '1.234.567', en: '1,234,567' });
  });

  it('keeps the sign of a negative difference', () => {
    expect(formatCount(-1200)).toEqual({ vi: '-1.200', en: '-1,200' });
  });
});
