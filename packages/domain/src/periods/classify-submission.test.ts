import { classifySubmission } from './classify-submission.js';

const deadline = '2020-09-20';

describe(classifySubmission.name, () => {
  describe('edge cases', () => {
    it('rejects a negative or fractional grace and malformed dates', () => {
      expect(() => classifySubmission('2020-09-20', { deadline, graceDays: -1 })).toThrow(RangeError);
      expect(() => classifySubmission('2020-09-20', { deadline, graceDays: 1.5 })).toThrow(RangeError);
      expect(() => classifySubmission('20/9/2020', { deadline })).toThrow(RangeError);
      expect(() => classifySubmission('2020-09-20', { deadline: '2020-9-20' })).toThrow(RangeError);
    });

    it('is on time until 23:59:59 Vietnam time on the deadline day', () => {
      expect(classifySubmission('2020-09-20T16:59:59Z', { deadline }).timing).toBe('ON_TIME');
      expect(classifySubmission('2020-09-20T23:59:59+07:00', { deadline }).timing).toBe('ON_TIME');
    });

    it('is late from midnight Vietnam time, even when UTC still shows the deadline day', () => {
      expect(classifySubmission('2020-09-20T17:00:00Z', { deadline })).toEqual({ timing: 'AFTER_GRACE', daysLate: 1 });
    });

    it('is after the grace when there is no grace', () => {
      expect(classifySubmission('2020-09-21', { deadline }).timing).toBe('AFTER_GRACE');
    });
  });

  it('is on time before the deadline', () => {
    expect(classifySubmission('2020-09-01', { deadline, graceDays: 3 })).toEqual({ timing: 'ON_TIME', daysLate: 0 });
  });

  it('is late within the grace days, the last one included', () => {
    expect(classifySubmission('2020-09-21', { deadline, graceDays: 3 })).toEqual({ timing: 'LATE', daysLate: 1 });
    expect(classifySubmission('2020-09-23T10:00:00+07:00', { deadline, graceDays: 3 })).toEqual({ timing: 'LATE', daysLate: 3 });
  });

  it('is after the grace the day after the grace ends', () => {
    expect(classifySubmission('2020-09-24', { deadline, graceDays: 3 })).toEqual({ timing: 'AFTER_GRACE', daysLate: 4 });
  });
});
