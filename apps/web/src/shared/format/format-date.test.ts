import { formatDate } from './format-date.js';

describe(formatDate.name, () => {
  it('leaves text that is not a date as it is', () => {
    expect(formatDate('soon')).toBe('soon');
  });

  it('writes day, month and year with slashes, zero-padded', () => {
    expect(formatDate('2020-09-14')).toBe('14/09/2020');
    expect(formatDate('2021-03-05T10:00:00Z')).toBe('05/03/2021');
  });
});
