import { reportingWindow } from './reporting-window.js';

describe(reportingWindow.name, () => {
  it('rejects a year that is not a whole positive number', () => {
    expect(() => reportingWindow(2020.5, 'Q1')).toThrow(RangeError);
    expect(() => reportingWindow(0, 'Q1')).toThrow(RangeError);
  });

  it('rejects a kind without a standard window', () => {
    expect(() => reportingWindow(2020, 'ADHOC' as never)).toThrow(RangeError);
  });

  it('starts Q1 on 15 December of the previous year', () => {
    expect(reportingWindow(2021, 'Q1')).toEqual({ from: '2020-12-15', to: '2021-03-14', deadline: '2021-03-20' });
  });

  it('gives the 9-month report of 2020 the seed report window', () => {
    expect(reportingWindow(2020, 'M9')).toEqual({ from: '2019-12-15', to: '2020-09-14', deadline: '2020-09-20' });
  });

  it('gives the 6-month report a cumulative window to 14 June', () => {
    expect(reportingWindow(2026, 'H1')).toEqual({ from: '2025-12-15', to: '2026-06-14', deadline: '2026-06-20' });
  });

  it('gives MoHA Q3 only the third quarter', () => {
    expect(reportingWindow(2020, 'Q3')).toEqual({ from: '2020-06-15', to: '2020-09-14', deadline: '2020-09-20' });
  });

  it('ends the year report on 14 December', () => {
    expect(reportingWindow(2020, 'YEAR')).toEqual({ from: '2019-12-15', to: '2020-12-14', deadline: '2020-12-20' });
  });
});
