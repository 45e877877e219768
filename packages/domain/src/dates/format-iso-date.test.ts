import { formatIsoDate } from './format-iso-date.js';

describe(formatIsoDate.name, () => {
  it('pads the year to four digits', () => {
    expect(formatIsoDate(99, 1, 1)).toBe('0099-01-01');
  });

  it('pads day and month to two digits', () => {
    expect(formatIsoDate(2020, 9, 5)).toBe('2020-09-05');
  });
});
