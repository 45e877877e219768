import { INDICATOR_SETS } from './default-indicator-set.js';
import type { IndicatorSet } from './indicator.js';

/**
 * The indicator set in force for a period, by the period's last day (its data cut-off), or null
 * when none is (the reports of 2011-2020 have none: their appendix predates this model).
 *
 * @example
 * indicatorSetFor('2023-09-14')?.code // 'CCHC-76'
 * indicatorSetFor('2020-09-14') // null
 */
export function indicatorSetFor(lastDay: string, sets: readonly IndicatorSet[] = INDICATOR_SETS): IndicatorSet | null {
  const inForce = sets.filter((set) => set.validFrom <= lastDay && (set.validTo === null || lastDay <= set.validTo));
  return inForce.reduce<IndicatorSet | null>((latest, set) => (latest === null || set.validFrom > latest.validFrom ? set : latest), null);
}

/** The definition of a code in a set, or undefined. */
export function indicatorDefinition(set: IndicatorSet, code: string): IndicatorSet['indicators'][number] | undefined {
  return set.indicators.find((indicator) => indicator.code === code);
}
