import { periodWindow } from './period-window.js';

describe(periodWindow.name, () => {
  describe('ad hoc periods', () => {
    it('rejects malformed and disordered dates', () => {
      expect(() => periodWindow({ year: 2020, kind: 'ADHOC', from: '2020-1-1', to: '2020-02-01', deadline: '2020-02-05' })).toThrow(RangeError);
      expect(() => periodWindow({ year: 2020, kind: 'ADHOC', from: '2020-03-01', to: '2020-02-01', deadline: '2020-03-05' })).toThrow(RangeError);
      expect(() => periodWindow({ year: 2020, kind: 'ADHOC', from: '2020-01-01', to: '2020-02-01', deadline: '2020-01-31' })).toThrow(RangeError);
    });

    it('accepts a one-day window due the same day', () => {
      expect(periodWindow({ year: 2020, kind: 'ADHOC', from: '2020-05-01', to: '2020-05-01', deadline: '2020-05-01' })).toEqual({
        from: '2020-05-01',
        to: '2020-05-01',
        deadline: '2020-05-01',
      });
    });
  });

  describe('standard periods', () => {
    it('rejects a province deadline before the cut-off', () => {
      expect(() => periodWindow({ year: 2020, kind: 'M9', deadline: '2020-09-10' })).toThrow(RangeError);
    });

    it('uses the default window and deadline', () => {
      expect(periodWindow({ year: 2020, kind: 'M9' })).toEqual({ from: '2019-12-15', to: '2020-09-14', deadline: '2020-09-20' });
    });

    it('replaces the deadline with the province one', () => {
      expect(periodWindow({ year: 2020, kind: 'M9', deadline: '2020-09-18' }).deadline).toBe('2020-09-18');
    });
  });
});
