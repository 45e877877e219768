import { SNGV_M9_2020_REPORT } from '../examples/sngv-m9-2020-report.js';
import { ReportSchema, type Report, type ReportInput } from '../reports/report.schema.js';
import { INDICATOR_SET_76_V1 } from './default-indicator-set.js';
import { deriveIndicatorValues, ratePercent } from './derive-indicator-values.js';

/** The seed report moved to 2023 (programme 76, Decree 42/2022 levels), with overrides. */
function report2023(overrides: Partial<ReportInput> = {}): Report {
  return ReportSchema.parse({
    ...SNGV_M9_2020_REPORT,
    period: { year: 2023, kind: 'M9' },
    programme: '76',
    onlineServices: [
      { level: 'FULL', count: 5 },
      { level: 'PARTIAL', count: 3 },
    ],
    ...overrides,
  });
}

const valueOf = (report: Report, code: string) => deriveIndicatorValues(report, INDICATOR_SET_76_V1).find((v) => v.code === code);

describe(deriveIndicatorValues.name, () => {
  it('gives a value for every indicator of the set, in its order', () => {
    const values = deriveIndicatorValues(report2023(), INDICATOR_SET_76_V1);
    expect(values.map((v) => v.code)).toEqual(INDICATOR_SET_76_V1.indicators.map((i) => i.code));
  });

  it("reads the dossier figures and their totals, naming the fields they came from", () => {
    const report = report2023();
    expect(valueOf(report, 'DOSSIERS.RECEIVED')).toMatchObject({
      value: 14,
      origin: 'derived',
      sources: ['dossier.receivedOnline', 'dossier.receivedInPerson', 'dossier.receivedPostal'],
    });
    expect(valueOf(report, 'DOSSIERS.RESOLVED')?.value).toBe(12);
    expect(valueOf(report, 'DOSSIERS.RESOLVED_IN_TIME')?.value).toBe(12);
    expect(valueOf(report, 'DOSSIERS.IN_PROGRESS')?.value).toBe(2);
    expect(valueOf(report, 'DOSSIERS.TO_HANDLE')?.value).toBe(14);
    expect(valueOf(report, 'DOSSIERS.PENDING_WITHIN_TIME')).toMatchObject({ value: 2, sources: ['dossier.pendingWithinTime'] });
  });

  it('computes a rate from the agency’s own numerator and denominator, null when the denominator is 0', () => {
    const report = report2023({
      dossier: { ...SNGV_M9_2020_REPORT.dossier, receivedOnline: 6, receivedInPerson: 8, resolvedEarly: 3, resolvedOnTime: 6, resolvedLate: 3 },
    });
    expect(valueOf(report, 'DOSSIERS.ON_TIME_RATE')?.value).toBe(75);
    expect(valueOf(report, 'DOSSIERS.ONLINE_RATE')?.value).toBeCloseTo((6 / 14) * 100, 10);
    expect(valueOf(report, 'DOSSIERS.LATE_RATE')?.value).toBeCloseTo((3 / 14) * 100, 10);
    expect(valueOf(report, 'DOSSIERS.ON_TIME_RATE')?.sources).toEqual(['dossier.resolvedEarly', 'dossier.resolvedOnTime', 'dossier.resolvedLate']);
    const idle = report2023({
      dossier: { ...SNGV_M9_2020_REPORT.dossier, receivedInPerson: 0, resolvedOnTime: 0, pendingWithinTime: 0, stated: undefined },
    });
    expect(valueOf(idle, 'DOSSIERS.ON_TIME_RATE')).toMatchObject({ value: null, origin: 'missing' });
  });

  it('leaves dossier indicators unknown, not zero, when the report states no figures', () => {
    expect(valueOf(report2023({ dossier: null }), 'DOSSIERS.RESOLVED')).toMatchObject({ value: null, origin: 'missing', sources: [] });
    expect(valueOf(report2023({ dossier: null }), 'DOSSIERS.ON_TIME_RATE')?.value).toBeNull();
  });

  it('counts plans (all, and by area), their tasks, decisions, trainings and inspections held', () => {
    const report = report2023({
      plans: [
        ...SNGV_M9_2020_REPORT.plans,
        {
          symbol: '12/KH-SNgV',
          date: '2023-01-10',
          title: 'Rà soát văn bản quy phạm pháp luật năm 2023',
          areaKey: 'INSTITUTIONAL',
          year: 2023,
          tasks: [
            { description: 'Rà soát', dueOn: null, status: 'DONE', completedOn: '2023-03-01' },
            { description: 'Báo cáo', dueOn: null, status: 'IN_PROGRESS', completedOn: null },
          ],
        },
      ],
      trainings: [{ course: 'Văn thư', organiser: 'Sở Nội vụ', mode: 'IN_PERSON', participants: 12, from: null, to: null }],
      inspections: [
        { teamDecision: null, plan: null, heldOn: '2023-05-02', scope: 'Kỷ luật', inspected: ['Phòng A', 'Phòng B'], violations: 1, handling: 'Nhắc nhở' },
        { teamDecision: null, plan: null, heldOn: null, scope: 'Văn hóa công sở', violations: 0, handling: null },
      ],
    });
    expect(valueOf(report, 'DIRECTION.PLANS')).toMatchObject({ value: 6, origin: 'derived' });
    expect(valueOf(report, 'PROCEDURES.PLANS')).toMatchObject({ value: 3, sources: ['plans[1]', 'plans[2]', 'plans[3]'] });
    expect(valueOf(report, 'INSTITUTIONS.PLANS')).toMatchObject({ value: 1, sources: ['plans[5]'] });
    expect(valueOf(report, 'DIRECTION.PLAN_TASKS')?.value).toBe(2);
    expect(valueOf(report, 'DIRECTION.PLAN_TASKS_DONE')).toMatchObject({ value: 1, sources: ['plans[5].tasks[0]'] });
    expect(valueOf(report, 'DIRECTION.PLAN_TASKS_DONE_RATE')?.value).toBe(50);
    expect(valueOf(report, 'DIRECTION.DECISIONS')?.value).toBe(2);
    expect(valueOf(report, 'CIVIL_SERVICE.TRAINING_COURSES')?.value).toBe(1);
    expect(valueOf(report, 'CIVIL_SERVICE.TRAINED')?.value).toBe(12);
    expect(valueOf(report, 'INSPECTION.HELD')).toMatchObject({ value: 1, sources: ['inspections[0]'] });
    expect(valueOf(report, 'INSPECTION.UNITS')?.value).toBe(2);
    expect(valueOf(report, 'INSPECTION.ISSUES_FOUND')?.value).toBe(1);
  });

  it('makes the participants unknown when a course does not state its own, and zero plans zero', () => {
    const report = report2023({ plans: [] });
    expect(valueOf(report, 'CIVIL_SERVICE.TRAINED')).toMatchObject({ value: null, origin: 'missing' });
    expect(valueOf(report, 'CIVIL_SERVICE.TRAINING_COURSES')?.value).toBe(2);
    expect(valueOf(report, 'DIRECTION.PLANS')).toMatchObject({ value: 0, origin: 'derived' });
    expect(valueOf(report, 'DIRECTION.PLAN_TASKS_DONE_RATE')?.value).toBeNull();
  });

  it('reads online services of the regime in force, and does not turn the other regime’s levels into 0', () => {
    const report = report2023();
    expect(valueOf(report, 'DIGITAL_GOVERNMENT.ONLINE_FULL')).toMatchObject({ value: 5, sources: ['onlineServices[0]'] });
    expect(valueOf(report, 'DIGITAL_GOVERNMENT.ONLINE_PARTIAL')?.value).toBe(3);
    expect(valueOf(report, 'DIGITAL_GOVERNMENT.ONLINE_LEVEL_3_4')?.value).toBeNull();
    const in2021 = report2023({
      period: { year: 2021, kind: 'M9' },
      onlineServices: [
        { level: 'LEVEL_3', count: 4 },
        { level: 'LEVEL_4', count: 2 },
      ],
    });
    expect(valueOf(in2021, 'DIGITAL_GOVERNMENT.ONLINE_LEVEL_3_4')?.value).toBe(6);
    expect(valueOf(in2021, 'DIGITAL_GOVERNMENT.ONLINE_FULL')?.value).toBeNull();
    expect(valueOf(report2023({ onlineServices: [] }), 'DIGITAL_GOVERNMENT.ONLINE_FULL')?.value).toBeNull();
    expect(valueOf(report2023({ onlineServices: [{ level: 'FULL', count: 5 }] }), 'DIGITAL_GOVERNMENT.ONLINE_PARTIAL')?.value).toBe(0);
  });

  it('takes entered values from the report with their notes, and marks the others missing', () => {
    const report = report2023({
      indicators: [
        { code: 'INSTITUTIONS.NORMS_REVIEWED', value: 7, note: 'Theo Kế hoạch 12/KH-SNgV' },
        { code: 'DIGITAL_GOVERNMENT.ISO_9001', value: true },
        { code: 'PROCEDURES.SIMPLIFIED', value: null, note: 'Chưa thống kê' },
      ],
    });
    expect(valueOf(report, 'INSTITUTIONS.NORMS_REVIEWED')).toEqual({
      code: 'INSTITUTIONS.NORMS_REVIEWED',
      value: 7,
      origin: 'entered',
      sources: ['indicators[0]'],
      note: 'Theo Kế hoạch 12/KH-SNgV',
      asPublished: false,
    });
    expect(valueOf(report, 'DIGITAL_GOVERNMENT.ISO_9001')).toMatchObject({ value: true, origin: 'entered' });
    expect(valueOf(report, 'PROCEDURES.SIMPLIFIED')).toMatchObject({ value: null, origin: 'missing', note: 'Chưa thống kê' });
    expect(valueOf(report, 'APPARATUS.STAFF_REDUCED')).toMatchObject({ value: null, origin: 'missing', sources: [] });
  });
});

describe(ratePercent.name, () => {
  it('is numerator over denominator in percent, null for a zero or unknown part', () => {
    expect(ratePercent(1, 4)).toBe(25);
    expect(ratePercent(0, 4)).toBe(0);
    expect(ratePercent(1, 0)).toBeNull();
    expect(ratePercent(null, 4)).toBeNull();
    expect(ratePercent(true, 4)).toBeNull();
  });
});
