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
 * rate never exceeds 100% even when dissolved units or duplicates sent reports. The ids may come
 * as arrays or sets.
 *
 * @example
 * reportingRate(['SNV', 'STP'], ['SNV', 'SNV', 'huyen-cu']) // { expected: 2, reported: 1, rate: 0.5, unexpected: ['huyen-cu'] }
 */
export function reportingRate(expectedIds: Iterable<string>, reportedIds: Iterable<string>): ReportingRate {
  // Sets are read as they are: a national board passes thousands of ids per period.
  const expected = expectedIds instanceof Set ? (expectedIds as ReadonlySet<string>) : new Set(expectedIds);
  const reported = reportedIds instanceof Set ? (reportedIds as ReadonlySet<string>) : new Set(reportedIds);
  let count = 0;
  const unexpected: string[] = [];
  for (const id of reported) {
    if (expected.has(id)) count += 1;
    else unexpected.push(id);
  }
  return { expected: expected.size, reported: count, rate: expected.size === 0 ? null : count / expected.size, unexpected };
}
