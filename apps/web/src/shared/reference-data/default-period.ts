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
  const byCutOff = [...periods].sort((a, b) => a.windowTo.localeCompare(b.windowTo) || b.windowFrom.localeCompare(a.windowFrom));
  const closed = byCutOff.filter((period) => period.windowTo < today);
  return closed.at(-1) ?? byCutOff[0] ?? null;
}
