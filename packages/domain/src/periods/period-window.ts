import { isIsoDate } from '../dates/is-iso-date.js';
import type { StandardPeriodKind } from './period-kind.js';
import { reportingWindow, type ReportingWindow } from './reporting-window.js';

/** A period: a standard kind and year, or an ad hoc (*đột xuất*) one with explicit dates. */
export type PeriodRef =
  | { year: number; kind: StandardPeriodKind; deadline?: string }
  | { year: number; kind: 'ADHOC'; from: string; to: string; deadline: string };

/**
 * The window of any period. Standard kinds follow {@link reportingWindow} (a province's own
 * deadline, when given, replaces the default); an ad hoc period brings its own dates, which must
 * be real days with from <= to <= deadline.
 *
 * @throws RangeError on malformed or disordered dates.
 * @example
 * periodWindow({ year: 2020, kind: 'M9' }) // { from: '2019-12-15', to: '2020-09-14', deadline: '2020-09-20' }
 * periodWindow({ year: 2020, kind: 'ADHOC', from: '2020-01-01', to: '2020-04-30', deadline: '2020-05-05' }).to // '2020-04-30'
 */
export function periodWindow(period: PeriodRef): ReportingWindow {
  if (period.kind !== 'ADHOC') {
    const window = reportingWindow(period.year, period.kind);
    if (period.deadline === undefined) return window;
    if (!isIsoDate(period.deadline) || period.deadline < window.to) {
      throw new RangeError(`Invalid deadline ${period.deadline}: a real day on or after ${window.to}`);
    }
    return { ...window, deadline: period.deadline };
  }
  const { from, to, deadline } = period;
  if (![from, to, deadline].every(isIsoDate)) throw new RangeError(`Ad hoc dates must be YYYY-MM-DD days: ${from}, ${to}, ${deadline}`);
  if (from > to || to > deadline) throw new RangeError(`Ad hoc dates must satisfy from <= to <= deadline: ${from}, ${to}, ${deadline}`);
  return { from, to, deadline };
}
