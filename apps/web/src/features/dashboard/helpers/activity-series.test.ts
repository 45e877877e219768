import { areaActivity, areasResponse, period } from '../../../../test/factories/dashboard.factories.js';
import { activitySeries, hasActivity, type ActivitySeriesTexts } from './activity-series.js';

const q1 = period('Q1');
const h1 = period('H1');
const texts: ActivitySeriesTexts = {
  period: 'Kỳ',
  periodName: (p) => p.kind,
  reports: 'Số báo cáo',
  inspectionsHeld: 'Kiểm tra đã tiến hành',
  inspectionsPlanned: 'Kiểm tra theo kế hoạch',
  violations: 'Vi phạm',
  courses: 'Lớp đào tạo',
  participants: 'Lượt người',
};
const response = areasResponse(
  [q1, h1],
  [
    areaActivity(q1.id, { reports: 32, inspections: { held: 11, planned: 0, violations: 4 }, trainings: { courses: 28, participants: 880 } }),
    areaActivity(h1.id, { reports: 25, inspections: { held: 34, planned: 1, violations: 4 }, trainings: { courses: 43, participants: 1291 } }),
  ],
);

describe(activitySeries.name, () => {
  it('draws inspections held and courses as bars, participants as a line on the right-hand axis', () => {
    const { data } = activitySeries(response, texts);
    expect(data.labels).toEqual(['Q1', 'H1']);
    expect(data.datasets.map((d) => [d.type, d.label, d.data, d.yAxisID])).toEqual([
      ['bar', 'Kiểm tra đã tiến hành', [11, 34], 'y'],
      ['bar', 'Lớp đào tạo', [28, 43], 'y'],
      ['line', 'Lượt người', [880, 1291], 'y1'],
    ]);
  });

  it('counts zero in a period the answer has no activity for', () => {
    const partial = areasResponse([q1, h1], [areaActivity(h1.id, { trainings: { courses: 2, participants: 40 } })]);
    expect(activitySeries(partial, texts).data.datasets[1]?.data).toEqual([0, 2]);
  });

  it('gives a table with every count per period', () => {
    const { table } = activitySeries(response, texts);
    expect(table.columns.map((c) => c.header)).toEqual([
      'Kỳ',
      'Số báo cáo',
      'Kiểm tra đã tiến hành',
      'Kiểm tra theo kế hoạch',
      'Vi phạm',
      'Lớp đào tạo',
      'Lượt người',
    ]);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['Q1', 32, 11, 0, 4, 28, 880],
      ['H1', 25, 34, 1, 4, 43, 1291],
    ]);
  });
});

describe(hasActivity.name, () => {
  it('tells a year with inspections or trainings from one without', () => {
    expect(hasActivity(response)).toBe(true);
    expect(hasActivity(areasResponse([q1], [areaActivity(q1.id)]))).toBe(false);
  });
});
