import { isIsoDate } from './is-iso-date.js';

describe(isIsoDate.name, () => {
  it('rejects empty text, timestamps and unpadded parts', () => {
    expect(isIsoDate('')).toBe(false);
    expect(isIsoDate('2020-09-14T10:00:00Z')).toBe(false);
    expect(isIsoDate('2020-9-14')).toBe(false);
  });

  it('rejects days that do not exist', () => {
    expect(isIsoDate('2021-02-29')).toBe(false);
    expect(isIsoDate('2020-04-31')).toBe(false);
    expect(isIsoDate('2020-13-01')).toBe(false);
    expect(isIsoDate('2020-01-00')).toBe(false);
  });

  it('accepts 29 February of a leap year', () => {
    expect(isIsoDate('2020-02-29')).toBe(true);
  });

  it('accepts an ordinary day', () => {
    expect(isIsoDate('2020-09-14')).toBe(true);
  });
});
