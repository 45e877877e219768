import { correctionTurnaround } from './correction-turnaround.js';

describe(correctionTurnaround.name, () => {
  it('counts calendar days from the return to the resubmission', () => {
    expect(correctionTurnaround('2020-09-25T03:00:00Z', '2020-09-28T03:00:00Z')).toEqual({
      returnedAt: '2020-09-25T03:00:00Z',
      resubmittedAt: '2020-09-28T03:00:00Z',
      days: 3,
    });
  });

  it('reads the days in Vietnam time: 23:00 and 01:00 in Hà Nội are a day apart', () => {
    expect(correctionTurnaround('2020-09-25T16:00:00Z', '2020-09-25T18:00:00Z').days).toBe(1);
  });

  it('is 0 for a correction sent the same day', () => {
    expect(correctionTurnaround('2020-09-25T01:00:00Z', '2020-09-25T09:00:00Z').days).toBe(0);
  });
});
