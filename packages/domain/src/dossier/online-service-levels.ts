import { z } from 'zod';
import type { LocalizedText } from '../shared/localized-text.js';

/**
 * Levels of online public services, kept as reported (docs/domain.md §6): levels 1-4 under Decree
 * 43/2011/NĐ-CP, and from Decree 42/2022/NĐ-CP two kinds, full online (*toàn trình*) and partial
 * (*một phần*). A 2020 report's "mức độ 3" stays level 3; it is never restated.
 */
export const ONLINE_SERVICE_LEVELS = ['LEVEL_1', 'LEVEL_2', 'LEVEL_3', 'LEVEL_4', 'FULL', 'PARTIAL'] as const;
export type OnlineServiceLevel = (typeof ONLINE_SERVICE_LEVELS)[number];

/** The two regimes of online service levels. */
export type OnlineServiceRegime = 'DECREE_43_2011' | 'DECREE_42_2022';

export const ONLINE_SERVICE_REGIME_LEVELS: Readonly<Record<OnlineServiceRegime, readonly OnlineServiceLevel[]>> = {
  DECREE_43_2011: ['LEVEL_1', 'LEVEL_2', 'LEVEL_3', 'LEVEL_4'],
  DECREE_42_2022: ['FULL', 'PARTIAL'],
};

export const ONLINE_SERVICE_LEVEL_NAMES: Readonly<Record<OnlineServiceLevel, LocalizedText>> = {
  LEVEL_1: { vi: 'Mức độ 1', en: 'Level 1' },
  LEVEL_2: { vi: 'Mức độ 2', en: 'Level 2' },
  LEVEL_3: { vi: 'Mức độ 3', en: 'Level 3' },
  LEVEL_4: { vi: 'Mức độ 4', en: 'Level 4' },
  FULL: { vi: 'Toàn trình', en: 'Full online' },
  PARTIAL: { vi: 'Một phần', en: 'Partially online' },
};

/** How many procedures an agency offered online at one level, as reported. */
export const OnlineServiceCountSchema = z.strictObject({
  level: z.enum(ONLINE_SERVICE_LEVELS),
  count: z.number().int().min(0),
});
export type OnlineServiceCount = z.infer<typeof OnlineServiceCountSchema>;

/**
 * Decree 42/2022/NĐ-CP (24/6/2022) took effect on 1 August 2022 (assumption to confirm: docs/domain.md §6
 * says "mid-2022"), so it is a parameter of {@link onlineServiceRegime}.
 */
export const DECREE_42_2022_EFFECTIVE = '2022-08-01';

/**
 * The regime of online service levels in force on a day.
 *
 * @example
 * onlineServiceRegime('2020-09-14') // 'DECREE_43_2011'
 * onlineServiceRegime('2023-03-14') // 'DECREE_42_2022'
 */
export function onlineServiceRegime(date: string, effective: string = DECREE_42_2022_EFFECTIVE): OnlineServiceRegime {
  return date < effective ? 'DECREE_43_2011' : 'DECREE_42_2022';
}
