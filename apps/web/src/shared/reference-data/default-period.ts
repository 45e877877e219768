import type { ReportingPeriodDto } from '@cchc/domain';

/**
 * The period the figures open on: the latest whose data cut-off has passed (its reports are due or
 * in), the cumulative one when two close on the same day (9 months rather than the third quarter),
 * else the earliest still running; null when there are no periods.
 *
 * @example
 * defaultFiguresPeriod(periods, '2021-10-01')?.kind // 'M9' (cut-off 14/09/2021)
 */
export function defaultFiguresPeriod(periods: readonly ReportingPeriodDto[], today: string): ReportingPeriodDto | null {
  const newestFirst = periodsNewestFirst(periods);
  return newestFirst.find((period) => period.windowTo < today) ?? newestFirst.at(-1) ?? null;
}

/**
 * Periods as a picker lists them: the latest cut-off first, and of two closing the same day the
 * cumulative one (the longer window) first.
 */
export function periodsNewestFirst<T extends Pick<ReportingPeriodDto, 'windowFrom' | 'windowTo'>>(periods: readonly T[]): T[] {
  return [...periods].sort((a, b) => b.windowTo.localeCompare(a.windowTo) || a.windowFrom.localeCompare(b.windowFrom));
}
