import type { ReportingPeriodDto } from '@cchc/domain';
import type { BarChartData } from './bar-chart-data.js';

const DAY_MS = 86_400_000;

/** Days from 1 January of `year` to a `YYYY-MM-DD` date (negative in the previous year). */
export function dayOfYear(isoDate: string, year: number): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  return Math.round((Date.UTC(y ?? year, (m ?? 1) - 1, d ?? 1) - Date.UTC(year, 0, 1)) / DAY_MS);
}

/**
 * Each period of a year as a floating bar from the first to the last day of its data window,
 * and a second series ending on its deadline, as days from 1 January (the axis formats them).
 *
 * @example
 * periodWindows([m9of2020], 2020, (p) => p.label.vi, ['Cửa sổ số liệu', 'Đến hạn nộp'])
 * // labels ['9 tháng đầu năm 2020'], window [-17, 257], to deadline [257, 263]
 */
export function periodWindows(
  periods: readonly ReportingPeriodDto[],
  year: number,
  label: (period: ReportingPeriodDto) => string,
  seriesLabels: [window: string, untilDeadline: string],
): BarChartData<[number, number]> {
  const ofYear = periods.filter((p) => p.year === year).sort((a, b) => a.windowTo.localeCompare(b.windowTo));
  return {
    labels: ofYear.map(label),
    datasets: [
      {
        label: seriesLabels[0],
        data: ofYear.map((p) => [dayOfYear(p.windowFrom, year), dayOfYear(p.windowTo, year) + 1]),
        backgroundColor: '#2563eb',
        grouped: false,
      },
      {
        label: seriesLabels[1],
        data: ofYear.map((p) => [dayOfYear(p.windowTo, year) + 1, dayOfYear(p.deadline, year) + 1]),
        backgroundColor: '#f59e0b',
        grouped: false,
      },
    ],
  };
}
