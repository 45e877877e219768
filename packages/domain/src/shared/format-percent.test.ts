import { formatPercent } from './format-percent.js';

describe(formatPercent.name, () => {
  it('has no text when there is nothing to divide by', () => {
    expect(formatPercent(null)).toBeNull();
    expect(formatPercent(Number.NaN)).toBeNull();
  });

  it('writes whole percentages without decimals and others with one, after a comma', () => {
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(0.857142)).toBe('85,7%');
    expect(formatPercent(0.15)).toBe('15%');
  });
});
