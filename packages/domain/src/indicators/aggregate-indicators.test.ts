import type { IndicatorSet } from './indicator.js';
import type { AgencyIndicatorValue } from './derive-indicator-values.js';
import { aggregateIndicators, type AgencyIndicatorRow } from './aggregate-indicators.js';

const set: IndicatorSet = {
  code: 'TEST',
  version: 1,
  programme: '76',
  validFrom: '2021-01-01',
  validTo: null,
  name: { vi: 'Thử', en: 'Test' },
  blocks: [{ key: 'B', name: { vi: 'Khối', en: 'Block' }, areaKey: null }],
  indicators: [
    { code: 'B.DONE', block: 'B', name: { vi: 'Xong', en: 'Done' }, unit: 'count', aggregation: { kind: 'sum' }, byLevel: true, source: { kind: 'derived', rule: { of: 'planTasks', done: true } } },
    { code: 'B.ALL', block: 'B', name: { vi: 'Tất cả', en: 'All' }, unit: 'count', aggregation: { kind: 'sum' }, byLevel: true, source: { kind: 'derived', rule: { of: 'planTasks' } } },
    {
      code: 'B.RATE',
      block: 'B',
      name: { vi: 'Tỷ lệ', en: 'Rate' },
      unit: 'percent',
      aggregation: { kind: 'rate', numerator: 'B.DONE', denominator: 'B.ALL' },
      byLevel: true,
      source: { kind: 'derived', rule: { of: 'rate' } },
    },
    { code: 'B.ISO', block: 'B', name: { vi: 'ISO', en: 'ISO' }, unit: 'yesNo', aggregation: { kind: 'countYes' }, byLevel: false, source: { kind: 'entered', areaKey: 'MODERNISATION' } },
    { code: 'B.PAY', block: 'B', name: { vi: 'Thanh toán', en: 'Paid' }, unit: 'percent', aggregation: { kind: 'none' }, byLevel: false, source: { kind: 'entered', areaKey: 'MODERNISATION' } },
  ],
};

const v = (code: string, value: AgencyIndicatorValue['value'], sources: string[] = []): AgencyIndicatorValue => ({
  code,
  value,
  origin: value === null ? 'missing' : 'derived',
  sources,
  note: '',
  asPublished: false,
});

const rows: AgencyIndicatorRow[] = [
  { agencyId: 'big', level: 'province', reportId: 'r1', values: [v('B.DONE', 98, ['plans[0]']), v('B.ALL', 100), v('B.RATE', 98), v('B.ISO', true), v('B.PAY', 40)] },
  { agencyId: 'small', level: 'commune', reportId: 'r2', values: [v('B.DONE', 0), v('B.ALL', 2), v('B.RATE', 0), v('B.ISO', false), v('B.PAY', 90)] },
  { agencyId: 'silent', level: 'commune', reportId: 'r3', values: [v('B.DONE', null), v('B.ALL', null), v('B.RATE', null), v('B.ISO', null), v('B.PAY', null)] },
];

const find = (code: string) => aggregateIndicators(set, rows).find((a) => a.code === code);

describe(aggregateIndicators.name, () => {
  it('sums, with every contribution and the agencies that gave no value', () => {
    expect(find('B.DONE')).toMatchObject({
      value: 98,
      contributions: [
        { agencyId: 'big', reportId: 'r1', value: 98, sources: ['plans[0]'] },
        { agencyId: 'small', reportId: 'r2', value: 0, sources: [] },
      ],
      missing: ['silent'],
    });
  });

  it('pools a rate from the sums of its parts, not the mean of the agencies’ rates', () => {
    const rate = find('B.RATE');
    expect(rate?.value).toBe(96.07843137254902);
    expect(rate?.contributions.map((c) => [c.agencyId, c.value, c.numerator, c.denominator])).toEqual([
      ['big', 98, 98, 100],
      ['small', 0, 0, 2],
    ]);
  });

  it('counts yes answers, and gives no province value for an indicator that does not aggregate', () => {
    expect(find('B.ISO')).toMatchObject({ value: 1, missing: ['silent'] });
    expect(find('B.PAY')).toMatchObject({ value: null, contributions: [{ value: 40 }, { value: 90 }] });
  });

  it('breaks the indicators by level that ask for it, the levels adding up to the province', () => {
    const done = find('B.DONE');
    expect(done?.byLevel).toEqual({
      province: { value: 98, contributions: [expect.objectContaining({ agencyId: 'big' })], missing: [] },
      commune: { value: 0, contributions: [expect.objectContaining({ agencyId: 'small' })], missing: ['silent'] },
    });
    expect(find('B.RATE')?.byLevel?.commune?.value).toBe(0);
    expect(find('B.ISO')?.byLevel).toBeNull();
  });

  it('gives null, not 0, when no agency stated a value', () => {
    const none = aggregateIndicators(set, [rows[2] as AgencyIndicatorRow]);
    expect(none.map((a) => a.value)).toEqual([null, null, null, null, null]);
    expect(aggregateIndicators(set, []).every((a) => a.value === null && a.contributions.length === 0)).toBe(true);
  });
});
