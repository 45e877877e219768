import { dateFromInput, dateToInput } from './date-input.js';

describe(dateFromInput.name, () => {
  it('reads Vietnamese dates, padded or not', () => {
    expect(dateFromInput('01/03/2025')).toBe('2025-03-01');
    expect(dateFromInput(' 1/3/2025 ')).toBe('2025-03-01');
    expect(dateFromInput('ngày 1 tháng 3 năm 2025')).toBe('2025-03-01');
  });

  it('keeps empty as empty and anything else as typed, to be reported', () => {
    expect(dateFromInput('')).toBe('');
    expect(dateFromInput('   ')).toBe('');
    expect(dateFromInput('31/02/2025')).toBe('31/02/2025');
    expect(dateFromInput('03/2025')).toBe('03/2025');
  });
});

describe(dateToInput.name, () => {
  it('shows a day as dd/mm/yyyy and other text as it is', () => {
    expect(dateToInput('2025-02-28')).toBe('28/02/2025');
    expect(dateToInput('')).toBe('');
    expect(dateToInput('31/02/2025')).toBe('31/02/2025');
  });
});
