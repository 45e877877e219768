import { periodLabel, periodPhrase } from './period-label.js';

describe(periodLabel.name, () => {
  it('titles quarters with Roman numerals', () => {
    expect(periodLabel(2021, 'Q1')).toEqual({ vi: 'Quý I năm 2021', en: 'Q1 2021' });
    expect(periodLabel(2020, 'Q3').vi).toBe('Quý III năm 2020');
  });

  it('titles cumulative periods by their months', () => {
    expect(periodLabel(2026, 'H1').vi).toBe('6 tháng đầu năm 2026');
    expect(periodLabel(2020, 'M9').vi).toBe('9 tháng đầu năm 2020');
  });

  it('titles the year and ad hoc reports', () => {
    expect(periodLabel(2020, 'YEAR').vi).toBe('Năm 2020');
    expect(periodLabel(2020, 'ADHOC').en).toBe('Ad hoc report 2020');
  });

describe(periodPhrase.name, () => {
  it('writes the label inside a sentence, without its capital', () => {
    expect(periodPhrase(2021, 'YEAR').vi).toBe('năm 2021');
    expect(periodPhrase(2021, 'Q1').vi).toBe('quý I năm 2021');
    expect(periodPhrase(2020, 'M9').vi).toBe('9 tháng đầu năm 2020');
    expect(periodPhrase(2021, 'Q1').en).toBe('Q1 2021');
  });
});
});
