import { barsHeight } from './chart-extremes.js';

describe(barsHeight.name, () => {
  it('gives each bar room for its name, and a short chart room for its axes', () => {
    expect(barsHeight(21)).toBe(21 * 24 + 90);
    expect(barsHeight(2)).toBe(240);
  });

  it('never grows past its bound, however many bars', () => {
    expect(barsHeight(4000)).toBe(1400);
    expect(barsHeight(4000, 900)).toBe(900);
  });
});
