import { formatSignatureRequestedAt } from './signature-request.js';

describe(formatSignatureRequestedAt.name, () => {
  it('writes the time, then the day, on the clock in Vietnam', () => {
    expect(formatSignatureRequestedAt('2020-09-18T03:05:00.000Z')).toBe('10:05 18/09/2020');
    // Still the day before in UTC: already the next day in Vietnam.
    expect(formatSignatureRequestedAt('2020-09-20T17:05:00Z')).toBe('00:05 21/09/2020');
  });

  it('leaves text that is not a timestamp as it is', () => {
    expect(formatSignatureRequestedAt('soon')).toBe('soon');
  });
});
