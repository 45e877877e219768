import type { StandardPeriodKind } from './period-kind.js';

export interface ReportingWindow {
  /** First day of data, `YYYY-MM-DD`. */
  from: string;
  /** Last day of data (the cut-off), `YYYY-MM-DD`. */
  to: string;
  /** Default submission deadline, `YYYY-MM-DD`; provinces may set their own. */
  deadline: string;
}

// Decree 09/2019/NĐ-CP: windows run from the 15th to the 14th; 581/BNV-CCHC: the deadline is the
// 20th of the period's last month. `start` is [year offset, month] of the window's first day.
const WINDOWS: Record<StandardPeriodKind, { start: [number, number]; endMonth: number }> = {
  Q1: { start: [-1, 12], endMonth: 3 },
  H1: { start: [-1, 12], endMonth: 6 },
  Q3: { start: [0, 6], endMonth: 9 },
  M9: { start: [-1, 12], endMonth: 9 },
  YEAR: { start: [-1, 12], endMonth: 12 },
};

const isoDate = (year: number, month: number, day: number): string =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * The data window and default deadline of a standard reporting period.
 *
 * @example
 * reportingWindow(2020, 'M9') // { from: '2019-12-15', to: '2020-09-14', deadline: '2020-09-20' }
 * reportingWindow(2021, 'Q1') // { from: '2020-12-15', to: '2021-03-14', deadline: '2021-03-20' }
 */
export function reportingWindow(year: number, kind: StandardPeriodKind): ReportingWindow {
  if (!Number.isInteger(year) || year < 1 || year > 9999) {
    throw new RangeError(`Invalid reporting year: ${year}`);
  }
  const window = WINDOWS[kind];
  if (!window) throw new RangeError(`No standard window for period kind: ${String(kind)}`);
  const [yearOffset, startMonth] = window.start;
  return {
    from: isoDate(year + yearOffset, startMonth, 15),
    to: isoDate(year, window.endMonth, 14),
    deadline: isoDate(year, window.endMonth, 20),
  };
}
