import { dueReminderStep } from './reminder-steps.js';

const days = { before: [5, 1], after: [1] };
const keyOn = (today: string, settings = days): string | null => dueReminderStep('2025-09-20', today, settings)?.key ?? null;

describe('dueReminderStep', () => {
  it('is the latest step whose day has come, each until the next one', () => {
    expect(
      ['2025-09-14', '2025-09-15', '2025-09-18', '2025-09-19', '2025-09-20', '2025-09-21', '2025-09-28', '2025-09-29'].map((today) => [today, keyOn(today)]),
    ).toEqual([
      ['2025-09-14', null],
      ['2025-09-15', 'BEFORE_5'],
      ['2025-09-18', 'BEFORE_5'],
      ['2025-09-19', 'BEFORE_1'],
      ['2025-09-20', 'BEFORE_1'],
      ['2025-09-21', 'AFTER_1'],
      ['2025-09-28', 'AFTER_1'],
      // A week after its day, a step is no longer sent: a period long past is left alone.
      ['2025-09-29', null],
    ]);
  });

  it('says what kind of reminder and how many days, whatever order the days are given in', () => {
    expect(dueReminderStep('2025-09-20', '2025-09-22', { before: [1, 5], after: [7, 2] })).toEqual({ kind: 'DEADLINE_PASSED', days: 2, on: '2025-09-22', key: 'AFTER_2' });
    expect(dueReminderStep('2025-09-20', '2025-09-16', { before: [1, 5], after: [] })).toEqual({ kind: 'DEADLINE_SOON', days: 5, on: '2025-09-15', key: 'BEFORE_5' });
  });

  it('never sends a reminder before the deadline once it has passed, with no step after it', () => {
    const beforeOnly = { before: [5, 1], after: [] };
    expect(keyOn('2025-09-20', beforeOnly)).toBe('BEFORE_1');
    expect(keyOn('2025-09-21', beforeOnly)).toBeNull();
    expect(keyOn('2025-09-21', { before: [1], after: [3] })).toBeNull();
    expect(keyOn('2025-09-23', { before: [1], after: [3] })).toBe('AFTER_3');
  });

  it('sends nothing without days', () => {
    expect(keyOn('2025-09-21', { before: [], after: [] })).toBeNull();
  });
});
