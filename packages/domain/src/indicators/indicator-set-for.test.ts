import { INDICATOR_SET_76_V1 } from './default-indicator-set.js';
import type { IndicatorSet } from './indicator.js';
import { indicatorDefinition, indicatorSetFor } from './indicator-set-for.js';

describe(indicatorSetFor.name, () => {
  it('finds the set in force on a period’s last day, none before 2021', () => {
    expect(indicatorSetFor('2023-09-14')).toBe(INDICATOR_SET_76_V1);
    expect(indicatorSetFor('2021-01-01')).toBe(INDICATOR_SET_76_V1);
    expect(indicatorSetFor('2020-12-31')).toBeNull();
  });

  it('takes the latest version in force, and respects a version’s end', () => {
    const v2: IndicatorSet = { ...INDICATOR_SET_76_V1, version: 2, validFrom: '2026-01-01' };
    const v1: IndicatorSet = { ...INDICATOR_SET_76_V1, validTo: '2025-12-31' };
    expect(indicatorSetFor('2026-03-14', [v1, v2])).toBe(v2);
    expect(indicatorSetFor('2025-12-14', [v1, v2])).toBe(v1);
    expect(indicatorSetFor('2026-03-14', [v1])).toBeNull();
  });
});

describe(indicatorDefinition.name, () => {
  it('finds a code of a set', () => {
    expect(indicatorDefinition(INDICATOR_SET_76_V1, 'DOSSIERS.RESOLVED')?.unit).toBe('count');
    expect(indicatorDefinition(INDICATOR_SET_76_V1, 'DOSSIERS.NOPE')).toBeUndefined();
  });
});
