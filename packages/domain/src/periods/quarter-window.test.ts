import { quarterWindow } from './quarter-window.js';
import { reportingWindow } from './reporting-window.js';

describe(quarterWindow.name, () => {
  it('rejects a quarter outside 1-4 and a bad year', () => {
    expect(() => quarterWindow(2020, 5 as never)).toThrow(RangeError);
    expect(() => quarterWindow(2020.5, 1)).toThrow(RangeError);
  });

  it('starts Q1 on 15 December of the previous year', () => {
    expect(quarterWindow(2021, 1)).toEqual({ from: '2020-12-15', to: '2021-03-14', deadline: '2021-03-20' });
  });

  it('gives Q2 alone 15 March to 14 June', () => {
    expect(quarterWindow(2020, 2)).toEqual({ from: '2020-03-15', to: '2020-06-14', deadline: '2020-06-20' });
  });

  it('matches the MoHA Q3 window and the Q1 window', () => {
    expect(quarterWindow(2020, 3)).toEqual(reportingWindow(2020, 'Q3'));
    expect(quarterWindow(2020, 1)).toEqual(reportingWindow(2020, 'Q1'));
  });

  it('ends Q4 on the year report cut-off', () => {
    expect(quarterWindow(2020, 4).to).toBe(reportingWindow(2020, 'YEAR').to);
  });
});
