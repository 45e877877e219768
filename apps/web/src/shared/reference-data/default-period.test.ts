import type { ReportingPeriodDto } from '@cchc/domain';
import { defaultFiguresPeriod } from './default-period.js';

const period = (kind: ReportingPeriodDto['kind'], windowTo: string, windowFrom = `${Number(windowTo.slice(0, 4)) - 1}-12-15`): ReportingPeriodDto => ({
  id: `${kind}-${windowTo}`,
  year: Number(windowTo.slice(0, 4)),
  kind,
  label: { vi: kind, en: kind },
  windowFrom,
  windowTo,
  deadline: windowTo,
  graceDays: 0,
});

describe('defaultFiguresPeriod', () => {
  const periods = [period('YEAR', '2021-12-14'), period('Q1', '2021-03-14'), period('M9', '2021-09-14'), period('Q3', '2021-09-14', '2021-06-15')];
  it('opens on the latest period whose cut-off has passed, the cumulative one of two', () => {
    expect(defaultFiguresPeriod(periods, '2021-10-01')?.kind).toBe('M9');
    expect(defaultFiguresPeriod(periods, '2022-01-05')?.kind).toBe('YEAR');
  });
  it('opens on the first period while none has closed, and on nothing without periods', () => {
    expect(defaultFiguresPeriod(periods, '2021-01-05')?.kind).toBe('Q1');
    expect(defaultFiguresPeriod([], '2021-01-05')).toBeNull();
  });
});
