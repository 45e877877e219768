// Every date rule of the domain at its edge: the day itself and the day on the other side. A rule
// written `>` where `>=` was meant (or the reverse) differs from the right one only there, so a test
// of a date well inside or well outside a range cannot tell them apart. Dates are `YYYY-MM-DD`
// strings compared as text, which is why each rule is a single comparison worth pinning.
import { SEED_NOW, seedReport } from '../test/fixtures/seed-report.js';
import { checkCitations } from './citations/check-citations.js';
import { PeriodCreateBodySchema } from './contracts/admin.contract.js';
import { onlineServiceRegime, DECREE_42_2022_EFFECTIVE } from './dossier/online-service-levels.js';
import { classifySubmission } from './periods/classify-submission.js';
import { periodWindow } from './periods/period-window.js';
import { PlanSchema } from './records/plan.schema.js';
import { TrainingSchema } from './records/training.schema.js';
import { validateReport } from './reports/validate-report.js';

const codes = (findings: readonly { code: string }[]): string[] => findings.map((f) => f.code);

describe('date rules at their boundaries', () => {
  describe('a citation against the report date (CITATION_DATE_AFTER_REPORT, an error)', () => {
    const cite = (date: string) => checkCitations([{ symbol: '1/KH-SNV', date }], { reportDate: '2020-09-20' });

    it('accepts a document dated on the report day itself', () => {
      expect(codes(cite('2020-09-20'))).toEqual([]);
    });

    it('blocks a document dated the day after the report', () => {
      expect(codes(cite('2020-09-21'))).toEqual(['CITATION_DATE_AFTER_REPORT']);
    });
  });

  describe('a citation against the data cut-off (CITATION_DATE_AFTER_WINDOW, a warning)', () => {
    const window = { from: '2019-12-15', to: '2020-09-14' };
    const cite = (date: string) => checkCitations([{ symbol: '1/KH-SNV', date }], { reportDate: '2020-09-20', window });

    it('accepts a document dated on the cut-off day', () => {
      expect(codes(cite('2020-09-14'))).toEqual([]);
    });

    it('warns about a document dated the day after the cut-off', () => {
      expect(codes(cite('2020-09-15'))).toEqual(['CITATION_DATE_AFTER_WINDOW']);
    });
  });

  describe('a citation inside a whole report, dated on the report day', () => {
    // The report's date is its signing day once it has a number (docs/domain.md §13).
    const report = (citedOn: string) => ({
      ...seedReport,
      symbol: { ...seedReport.symbol, number: '125' },
      signedOn: '2020-09-18',
      documents: [{ symbol: '7/KH-SNgV', date: citedOn, relation: 'CITED' as const, title: 'Kế hoạch kiểm tra' }],
    });
    const about = (citedOn: string) =>
      validateReport(report(citedOn), { now: SEED_NOW })
        .filter((f) => f.details?.symbol === '7/KH-SNgV' && f.code.startsWith('CITATION_DATE_'))
        .map((f) => [f.code, f.severity]);

    it('is not after the report', () => {
      expect(about('2020-09-18')).toEqual([['CITATION_DATE_AFTER_WINDOW', 'warning']]);
    });

    it('is after the report the next day, an error that blocks submission', () => {
      expect(about('2020-09-19')).toEqual([['CITATION_DATE_AFTER_REPORT', 'error']]);
    });
  });

  describe("the report's own date against today and the cut-off", () => {
    const signed = (signedOn: string, now: string) =>
      codes(validateReport({ ...seedReport, signedOn }, { now })).filter((c) => c.startsWith('REPORT_SIGNED_'));

    it('accepts a report signed today, and refuses one signed tomorrow (REPORT_SIGNED_IN_FUTURE)', () => {
      expect(signed('2020-09-25', '2020-09-25T09:00:00+07:00')).toEqual([]);
      expect(signed('2020-09-26', '2020-09-25T09:00:00+07:00')).toEqual(['REPORT_SIGNED_IN_FUTURE']);
    });

    it('reads today in Vietnam time: 23:30 UTC on the 24th is already the 25th there', () => {
      expect(signed('2020-09-25', '2020-09-24T23:30:00Z')).toEqual([]);
      expect(signed('2020-09-25', '2020-09-24T16:59:59Z')).toEqual(['REPORT_SIGNED_IN_FUTURE']);
    });

    it('accepts a report signed on the cut-off day, and warns about one signed the day before (REPORT_SIGNED_BEFORE_CUTOFF)', () => {
      expect(signed('2020-09-14', SEED_NOW)).toEqual([]);
      expect(signed('2020-09-13', SEED_NOW)).toEqual(['REPORT_SIGNED_BEFORE_CUTOFF']);
    });
  });

  describe('a submission against the deadline and the grace', () => {
    const deadline = '2020-09-20';

    it('is on time on the deadline day and late (1 day) the day after', () => {
      expect(classifySubmission('2020-09-20', { deadline, graceDays: 2 })).toEqual({ timing: 'ON_TIME', daysLate: 0 });
      expect(classifySubmission('2020-09-21', { deadline, graceDays: 2 })).toEqual({ timing: 'LATE', daysLate: 1 });
    });

    it('is late on the last grace day and after the grace the day after', () => {
      expect(classifySubmission('2020-09-22', { deadline, graceDays: 2 })).toEqual({ timing: 'LATE', daysLate: 2 });
      expect(classifySubmission('2020-09-23', { deadline, graceDays: 2 })).toEqual({ timing: 'AFTER_GRACE', daysLate: 3 });
    });

    it('with no grace, is after the grace the day after the deadline', () => {
      expect(classifySubmission('2020-09-21', { deadline })).toEqual({ timing: 'AFTER_GRACE', daysLate: 1 });
    });
  });

  describe('a period: window end, deadline and the ad hoc order', () => {
    it('accepts a deadline on the cut-off day and refuses one the day before', () => {
      expect(periodWindow({ year: 2020, kind: 'M9', deadline: '2020-09-14' }).deadline).toBe('2020-09-14');
      expect(() => periodWindow({ year: 2020, kind: 'M9', deadline: '2020-09-13' })).toThrow(RangeError);
    });

    it('accepts an ad hoc period of one day, deadline that day, and refuses a deadline before its end or an end before its start', () => {
      const day = '2020-05-05';
      expect(periodWindow({ year: 2020, kind: 'ADHOC', from: day, to: day, deadline: day })).toEqual({ from: day, to: day, deadline: day });
      expect(() => periodWindow({ year: 2020, kind: 'ADHOC', from: day, to: day, deadline: '2020-05-04' })).toThrow(RangeError);
      expect(() => periodWindow({ year: 2020, kind: 'ADHOC', from: day, to: '2020-05-04', deadline: day })).toThrow(RangeError);
    });

    it('the contract of POST /api/periods: a deadline on the cut-off day passes, the day before fails on `deadline`', () => {
      expect(PeriodCreateBodySchema.safeParse({ kind: 'M9', year: 2020, deadline: '2020-09-14' }).success).toBe(true);
      const early = PeriodCreateBodySchema.safeParse({ kind: 'M9', year: 2020, deadline: '2020-09-13' });
      expect(early.error?.issues.map((i) => i.path.join('.'))).toEqual(['deadline']);
    });

    it('the contract of an ad hoc period: one day passes; an end the day before the start, or a deadline the day before the end, fails', () => {
      const adhoc = (windowFrom: string, windowTo: string, deadline: string) =>
        PeriodCreateBodySchema.safeParse({ kind: 'ADHOC', year: 2020, title: { vi: 'Đột xuất', en: 'Ad hoc' }, windowFrom, windowTo, deadline });
      expect(adhoc('2020-05-05', '2020-05-05', '2020-05-05').success).toBe(true);
      expect(adhoc('2020-05-05', '2020-05-04', '2020-05-05').error?.issues.map((i) => i.path.join('.'))).toEqual(['windowTo']);
      expect(adhoc('2020-05-05', '2020-05-05', '2020-05-04').error?.issues.map((i) => i.path.join('.'))).toEqual(['deadline']);
    });
  });

  describe('records', () => {
    it('a plan task completed on the day the plan was issued passes; the day before fails', () => {
      const plan = (completedOn: string) => ({
        symbol: '565/KH-SNgV',
        date: '2019-10-23',
        title: 'Công tác cải cách hành chính năm 2020',
        areaKey: null,
        year: 2020,
        tasks: [{ description: 'Rà soát thủ tục', dueOn: null, status: 'DONE', completedOn }],
      });
      expect(PlanSchema.safeParse(plan('2019-10-23')).success).toBe(true);
      expect(PlanSchema.safeParse(plan('2019-10-22')).error?.issues.map((i) => i.path.join('.'))).toEqual(['tasks.0.completedOn']);
    });

    it('a training ending the day it starts passes; ending the day before fails', () => {
      const training = (to: string) => ({ course: 'Văn thư', organiser: 'Sở Nội vụ', mode: 'ONLINE', participants: 3, from: '2020-05-01', to });
      expect(TrainingSchema.safeParse(training('2020-05-01')).success).toBe(true);
      expect(TrainingSchema.safeParse(training('2020-04-30')).error?.issues.map((i) => i.path.join('.'))).toEqual(['to']);
    });
  });

  describe('the online service regime', () => {
    it('is Decree 43/2011 the day before Decree 42/2022 takes effect, and Decree 42/2022 on that day', () => {
      expect(DECREE_42_2022_EFFECTIVE).toBe('2022-08-01');
      expect(onlineServiceRegime('2022-07-31')).toBe('DECREE_43_2011');
      expect(onlineServiceRegime('2022-08-01')).toBe('DECREE_42_2022');
    });
  });
});
