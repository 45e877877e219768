import type { PeriodKind } from './period-kind.js';
import type { Quarter } from './quarter-window.js';

const COVERED: Readonly<Record<PeriodKind, readonly Quarter[]>> = {
  Q1: [1],
  H1: [1, 2],
  Q3: [3],
  M9: [1, 2, 3],
  YEAR: [1, 2, 3, 4],
  ADHOC: [],
};

/**
 * The quarters whose data a period's window covers: a cumulative report (6 months, 9 months,
 * year) covers several and must reconcile with them (docs/domain.md §4); an ad hoc report none.
 *
 * @example
 * quartersCovered('M9') // [1, 2, 3]
 * quartersCovered('Q3') // [3]
 */
export function quartersCovered(kind: PeriodKind): Quarter[] {
  return [...COVERED[kind]];
}
