import { formatReminderDays, parseReminderDays } from './reminder-days.js';

describe('parseReminderDays', () => {
  it('reads whole days separated by commas or spaces, and nothing as no reminder', () => {
    expect(parseReminderDays('5, 1')).toEqual({ days: [5, 1], error: null });
    expect(parseReminderDays(' 7 3;1 ')).toEqual({ days: [7, 3, 1], error: null });
    expect(parseReminderDays('')).toEqual({ days: [], error: null });
  });

  it('says what is wrong otherwise', () => {
    expect(parseReminderDays('5, x').error).toBe('notNumbers');
    expect(parseReminderDays('1.5').error).toBe('notNumbers');
    expect(parseReminderDays('0').error).toBe('range');
    expect(parseReminderDays('61').error).toBe('range');
    expect(parseReminderDays('5 5').error).toBe('duplicate');
    expect(parseReminderDays('1 2 3 4 5 6').error).toBe('tooMany');
  });

  it('writes days back as the field shows them', () => {
    expect(formatReminderDays([5, 1])).toBe('5, 1');
  });
});
