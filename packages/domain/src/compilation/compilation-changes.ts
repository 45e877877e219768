import type { IndicatorAggregate } from '../indicators/aggregate-indicators.js';
import type { IndicatorScalar } from '../indicators/indicator.js';
import type { ReportStatus } from '../reports/report-status.js';
import type { CompilationBasis } from './compile-province-report.js';

/** How a report stands now against the compilation's basis. */
export type ReportChangeKind = 'NEW' | 'ACCEPTED' | 'UPDATED' | 'WITHDRAWN';

export interface ReportChange {
  reportId: string;
  agencyId: string;
  change: ReportChangeKind;
  status: ReportStatus;
}

const HELD: readonly ReportStatus[] = ['SUBMITTED', 'ACCEPTED'];

/**
 * The reports that changed since a compilation was made, as far as its figures go: a report that
 * reached Home Affairs since (NEW), one accepted since (ACCEPTED), one changed and sent again
 * (UPDATED), one returned for correction since (WITHDRAWN: its values no longer show). A draft
 * being written is no change.
 *
 * @example
 * reportChanges([{ reportId: 'r', agencyId: 'a', status: 'SUBMITTED', version: 2 }], [{ reportId: 'r', agencyId: 'a', status: 'ACCEPTED', version: 3 }])
 * // [{ reportId: 'r', agencyId: 'a', change: 'ACCEPTED', status: 'ACCEPTED' }]
 */
export function reportChanges(basis: readonly CompilationBasis[], current: readonly CompilationBasis[]): ReportChange[] {
  const before = new Map(basis.map((report) => [report.reportId, report]));
  const changes: ReportChange[] = [];
  for (const now of current) {
    const then = before.get(now.reportId);
    const heldThen = then !== undefined && HELD.includes(then.status);
    const heldNow = HELD.includes(now.status);
    const entry = (change: ReportChangeKind): ReportChange => ({ reportId: now.reportId, agencyId: now.agencyId, change, status: now.status });
    if (heldNow && !heldThen) changes.push(entry('NEW'));
    else if (heldNow && then && then.version !== now.version) changes.push(entry(now.status === 'ACCEPTED' && then.status !== 'ACCEPTED' ? 'ACCEPTED' : 'UPDATED'));
    else if (!heldNow && heldThen) changes.push(entry('WITHDRAWN'));
  }
  return changes;
}

export interface TotalChange {
  code: string;
  before: IndicatorScalar;
  after: IndicatorScalar;
}

/** The province values that differ between two computations of the totals. */
export function totalChanges(before: readonly IndicatorAggregate[], after: readonly IndicatorAggregate[]): TotalChange[] {
  const old = new Map(before.map((total) => [total.code, total.value]));
  return after.flatMap((total) => {
    const previous = old.get(total.code) ?? null;
    return previous === total.value ? [] : [{ code: total.code, before: previous, after: total.value }];
  });
}
