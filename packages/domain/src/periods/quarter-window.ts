import { formatIsoDate } from '../dates/format-iso-date.js';
import type { ReportingWindow } from './reporting-window.js';

/** A quarter of a reporting year, 1 to 4. */
export type Quarter = 1 | 2 | 3 | 4;

/**
 * The data window of one quarter alone (Decree 09/2019/NĐ-CP: the 15th to the 14th), with the
 * 20th of its last month as deadline. Q1 starts on 15 December of the previous year.
 *
 * @example
 * quarterWindow(2020, 1) // { from: '2019-12-15', to: '2020-03-14', deadline: '2020-03-20' }
 * quarterWindow(2020, 3) // { from: '2020-06-15', to: '2020-09-14', deadline: '2020-09-20' }
 */
export function quarterWindow(year: number, quarter: Quarter): ReportingWindow {
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`Invalid reporting year: ${year}`);
  if (![1, 2, 3, 4].includes(quarter)) throw new RangeError(`Invalid quarter: ${String(quarter)}`);
  const endMonth = quarter * 3;
  const from = quarter === 1 ? formatIsoDate(year - 1, 12, 15) : formatIsoDate(year, endMonth - 3, 15);
  return { from, to: formatIsoDate(year, endMonth, 14), deadline: formatIsoDate(year, endMonth, 20) };
}
