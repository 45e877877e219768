import { formatDateTime } from './format-date-time.js';

describe(formatDateTime.name, () => {
  it('leaves text that is not a timestamp as it is', () => {
    expect(formatDateTime('soon')).toBe('soon');
  });

  it('shows the time in Vietnam, crossing midnight when UTC is still the day before', () => {
    expect(formatDateTime('2020-09-18T03:00:00.000Z')).toBe('18/09/2020 10:00');
    expect(formatDateTime('2020-09-20T17:05:00Z')).toBe('21/09/2020 00:05');
  });
});
