import { periodChange } from './period-change.js';

describe(periodChange.name, () => {
  it('is unknown when either figure is', () => {
    expect(periodChange(null, 3)).toEqual({ current: null, previous: 3, change: null, changeRate: null });
    expect(periodChange(3, null).change).toBeNull();
  });

  it('gives a change but no rate from zero', () => {
    expect(periodChange(3, 0)).toEqual({ current: 3, previous: 0, change: 3, changeRate: null });
  });

  it('gives negative changes for a fall', () => {
    expect(periodChange(5, 10)).toEqual({ current: 5, previous: 10, change: -5, changeRate: -0.5 });
  });
});
