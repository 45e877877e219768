import { REFORM_PROGRAMMES } from './reform-programmes.js';

describe('REFORM_PROGRAMMES', () => {
  it('gives each programme six areas numbered 1 to 6', () => {
    for (const programme of REFORM_PROGRAMMES) {
      expect(programme.areas.map((a) => a.ordinal)).toEqual([1, 2, 3, 4, 5, 6]);
    }
  });

  it('keeps the same area keys in the same order in both programmes (the crosswalk n -> n)', () => {
    const [first, second] = REFORM_PROGRAMMES;
    expect(first?.areas.map((a) => a.key)).toEqual(second?.areas.map((a) => a.key));
  });

  it('renames areas 4 and 6 in 76/NQ-CP and keeps the others', () => {
    const [p30c, p76] = REFORM_PROGRAMMES;
    const renamed = p30c!.areas.filter((a, i) => a.name.vi !== p76!.areas[i]!.name.vi).map((a) => a.ordinal);
    expect(renamed).toEqual([4, 6]);
  });

  it('identifies areas by programme and ordinal', () => {
    expect(REFORM_PROGRAMMES.flatMap((p) => p.areas.map((a) => a.id))).toContain('30c.3');
  });
});
