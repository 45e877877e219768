import { SNGV_M9_2020_REPORT } from '../examples/sngv-m9-2020-report.js';
import { INDICATOR_SET_76_V1 } from '../indicators/default-indicator-set.js';
import { periodFigures } from '../indicators/period-figures.js';
import { ReportSchema } from '../reports/report.schema.js';
import { FiguresQuerySchema, IndicatorSetSchema, PeriodFiguresResponseSchema } from './figures.contract.js';

const id = (n: number): string => `00000000-0000-4000-8000-00000000000${n}`;

describe('figures contract', () => {
  it('reads includeSubmitted as a flag and refuses anything else', () => {
    expect(FiguresQuerySchema.parse({ includeSubmitted: 'true' })).toEqual({ includeSubmitted: true });
    expect(FiguresQuerySchema.parse({})).toEqual({});
    expect(FiguresQuerySchema.safeParse({ includeSubmitted: 'yes' }).success).toBe(false);
    expect(FiguresQuerySchema.safeParse({ other: '1' }).success).toBe(false);
  });

  it('describes the shipped indicator set', () => {
    expect(IndicatorSetSchema.parse(INDICATOR_SET_76_V1)).toEqual(INDICATOR_SET_76_V1);
  });

  it('describes what periodFigures computes', () => {
    const content = ReportSchema.parse({ ...SNGV_M9_2020_REPORT, period: { year: 2023, kind: 'M9' }, programme: '76' });
    const figures = periodFigures(INDICATOR_SET_76_V1, {
      expected: [
        { id: id(1), kind: 'department' },
        { id: id(2), kind: 'commune' },
      ],
      reports: [{ id: id(3), agencyId: id(1), status: 'ACCEPTED', content }],
    });
    const response = {
      period: {
        id: id(4),
        year: 2023,
        kind: 'M9',
        label: { vi: '9 tháng đầu năm 2023', en: 'First 9 months of 2023' },
        windowFrom: '2022-12-15',
        windowTo: '2023-09-14',
        deadline: '2023-09-20',
        graceDays: 0,
      },
      set: INDICATOR_SET_76_V1,
      includeSubmitted: false,
      rows: figures.rows.map(({ agencyId, ...row }) => ({ ...row, agency: { id: agencyId, code: 'X', name: { vi: 'X', en: 'X' }, kind: 'department' } })),
      totals: figures.totals,
    };
    expect(PeriodFiguresResponseSchema.safeParse(response).error).toBeUndefined();
  });
});
