export interface PeriodChange {
  current: number | null;
  previous: number | null;
  /** current - previous, or null when either is unknown. */
  change: number | null;
  /** change / previous, or null when unknown or previous is 0. */
  changeRate: number | null;
}

/**
 * Period-over-period change of one figure (this 9 months against last year's, this quarter
 * against the previous one).
 *
 * @example
 * periodChange(14, 10) // { current: 14, previous: 10, change: 4, changeRate: 0.4 }
 * periodChange(3, 0).changeRate // null
 */
export function periodChange(current: number | null, previous: number | null): PeriodChange {
  const change = current === null || previous === null ? null : current - previous;
  const changeRate = change === null || previous === null || previous === 0 ? null : change / previous;
  return { current, previous, change, changeRate };
}
