import { SNGV_M9_2020_REPORT } from '../examples/sngv-m9-2020-report.js';
import { ReportSchema, type Report } from '../reports/report.schema.js';
import { INDICATOR_SET_76_V1 } from './default-indicator-set.js';
import { periodFigures, type FiguresReport } from './period-figures.js';

const content = (resolvedOnTime: number, pendingWithinTime: number): Report =>
  ReportSchema.parse({
    ...SNGV_M9_2020_REPORT,
    period: { year: 2023, kind: 'M9' },
    programme: '76',
    dossier: { ...SNGV_M9_2020_REPORT.dossier, receivedInPerson: resolvedOnTime + pendingWithinTime, resolvedOnTime, pendingWithinTime, stated: undefined },
  });

const agencies = [
  { id: 'sngv', kind: 'department' as const },
  { id: 'stp', kind: 'department' as const },
  { id: 'xa-a', kind: 'commune' as const },
  { id: 'xa-b', kind: 'commune' as const },
  { id: 'snv', kind: 'department' as const },
];
const reports: FiguresReport[] = [
  { id: 'r-sngv', agencyId: 'sngv', status: 'ACCEPTED', content: content(12, 2) },
  { id: 'r-stp', agencyId: 'stp', status: 'SUBMITTED', content: content(5, 0) },
  { id: 'r-xa-a', agencyId: 'xa-a', status: 'ACCEPTED', content: content(30, 1) },
  { id: 'r-xa-b', agencyId: 'xa-b', status: 'DRAFT', content: content(99, 0) },
];
const resolved = (figures: ReturnType<typeof periodFigures>) => figures.totals.find((t) => t.code === 'DOSSIERS.RESOLVED');

describe(periodFigures.name, () => {
  it('gives one row per expected agency, its status, and values only for reports Home Affairs holds', () => {
    const figures = periodFigures(INDICATOR_SET_76_V1, { expected: agencies, reports });
    expect(figures.rows.map((r) => [r.agencyId, r.level, r.status, r.counted, r.values === null])).toEqual([
      ['sngv', 'province', 'ACCEPTED', true, false],
      ['stp', 'province', 'SUBMITTED', false, false],
      ['xa-a', 'commune', 'ACCEPTED', true, false],
      ['xa-b', 'commune', 'DRAFT', false, true],
      ['snv', 'province', 'MISSING', false, true],
    ]);
  });

  it('counts accepted reports, and submitted ones only when asked, with subtotals adding up to the province', () => {
    const accepted = resolved(periodFigures(INDICATOR_SET_76_V1, { expected: agencies, reports }));
    expect(accepted?.value).toBe(42);
    expect(accepted?.contributions.map((c) => c.reportId)).toEqual(['r-sngv', 'r-xa-a']);
    expect(accepted?.byLevel?.province?.value).toBe(12);
    expect(accepted?.byLevel?.commune?.value).toBe(30);
    const withSubmitted = resolved(periodFigures(INDICATOR_SET_76_V1, { expected: agencies, reports, includeSubmitted: true }));
    expect(withSubmitted?.value).toBe(47);
    expect(withSubmitted?.byLevel?.province?.value).toBe(17);
  });

  it('keeps an agency that reported without being expected, after the expected ones', () => {
    const figures = periodFigures(INDICATOR_SET_76_V1, {
      expected: agencies.slice(0, 1),
      others: agencies,
      reports: reports.slice(0, 3),
    });
    expect(figures.rows.map((r) => [r.agencyId, r.expected])).toEqual([
      ['sngv', true],
      ['stp', false],
      ['xa-a', false],
    ]);
    expect(resolved(figures)?.value).toBe(42);
  });

  it('gives the province itself no row: it compiles, it does not report', () => {
    const figures = periodFigures(INDICATOR_SET_76_V1, { expected: [...agencies, { id: 'ubnd', kind: 'province' }], others: [{ id: 'ubnd', kind: 'province' }], reports });
    expect(figures.rows.map((r) => r.agencyId)).not.toContain('ubnd');
  });
});
