import type { ReportingPeriodDto } from '@cchc/domain';
import { dayOfYear, periodWindows } from './period-windows.js';

const period = (overrides: Partial<ReportingPeriodDto>): ReportingPeriodDto => ({
  id: '00000000-0000-4000-8000-000000000000',
  year: 2020,
  kind: 'M9',
  label: { vi: '9 tháng đầu năm 2020', en: 'First 9 months of 2020' },
  windowFrom: '2019-12-15',
  windowTo: '2020-09-14',
  deadline: '2020-09-20',
  graceDays: 0,
  ...overrides,
});

describe(dayOfYear.name, () => {
  it('counts back into the previous year', () => {
    expect(dayOfYear('2019-12-15', 2020)).toBe(-17);
  });

  it('counts leap days', () => {
    expect(dayOfYear('2020-03-01', 2020)).toBe(60);
  });
});

describe(periodWindows.name, () => {
  it('keeps only the periods of the year', () => {
    expect(periodWindows([period({ year: 2021 })], 2020, (p) => p.kind, ['w', 'd']).labels).toEqual([]);
  });

  it('draws the window to its last day inclusive, then the days left to the deadline', () => {
    const data = periodWindows([period({})], 2020, (p) => p.label.vi, ['w', 'd']);
    expect(data.labels).toEqual(['9 tháng đầu năm 2020']);
    expect(data.datasets[0]?.data).toEqual([[-17, 258]]);
    expect(data.datasets[1]?.data).toEqual([[258, 264]]);
  });

  it('orders periods by the end of their window', () => {
    const data = periodWindows(
      [period({ kind: 'YEAR', windowTo: '2020-12-14' }), period({ kind: 'Q1', windowTo: '2020-03-14' })],
      2020,
      (p) => p.kind,
      ['w', 'd'],
    );
    expect(data.labels).toEqual(['Q1', 'YEAR']);
  });
});
