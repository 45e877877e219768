import { toVietnamDate } from './to-vietnam-date.js';

describe(toVietnamDate.name, () => {
  it('rejects text that is neither a day nor a timestamp', () => {
    expect(() => toVietnamDate('20/9/2020')).toThrow(RangeError);
    expect(() => toVietnamDate('2020-02-30T10:00:00Z')).toThrow(RangeError);
    expect(() => toVietnamDate('2020-09-20T25:00:00Z')).toThrow(RangeError);
  });

  it('returns a day unchanged', () => {
    expect(toVietnamDate('2020-09-20')).toBe('2020-09-20');
  });

  it('reads a timestamp without offset as Vietnam local time', () => {
    expect(toVietnamDate('2020-09-20T23:30:00')).toBe('2020-09-20');
  });

  it('moves a UTC timestamp after 17:00 to the next Vietnamese day', () => {
    expect(toVietnamDate('2020-09-20T16:59:59Z')).toBe('2020-09-20');
    expect(toVietnamDate('2020-09-20T17:00:00Z')).toBe('2020-09-21');
  });

  it('honours an explicit offset, including across a year end', () => {
    expect(toVietnamDate('2020-12-31T20:00:00-05:00')).toBe('2021-01-01');
    expect(toVietnamDate('2021-01-01T06:59:00+07:00')).toBe('2021-01-01');
    expect(toVietnamDate('2021-01-01T00:30:00+0900')).toBe('2020-12-31');
  });
});
