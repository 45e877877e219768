export interface ReportingRate {
  expected: number;
  /** Expected agencies that reported. */
  reported: number;
  /** reported / expected, from 0 to 1; null when nobody is expected. */
  rate: number | null;
  /** Agencies that reported without being expected (a dissolved or not yet created unit). */
  unexpected: string[];
}

/**
 * The share of expected agencies that reported. Only expected agencies count, once each, so the
 * rate never exceeds 100% even when dissolved units or duplicates sent reports.
 *
 * @example
 * reportingRate(['SNV', 'STP'], ['SNV', 'SNV', 'huyen-cu']) // { expected: 2, reported: 1, rate: 0.5, unexpected: ['huyen-cu'] }
 */
export function reportingRate(expectedIds: readonly string[], reportedIds: readonly string[]): ReportingRate {
  const expected = new Set(expectedIds);
  const reported = new Set(reportedIds);
  const count = [...reported].filter((id) => expected.has(id)).length;
  return {
    expected: expected.size,
    reported: count,
    rate: expected.size === 0 ? null : count / expected.size,
    unexpected: [...reported].filter((id) => !expected.has(id)),
  };
}
