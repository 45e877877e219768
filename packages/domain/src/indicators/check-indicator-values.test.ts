import { INDICATOR_SET_76_V1 } from './default-indicator-set.js';
import { checkIndicatorValues, indicatorValueProblem } from './check-indicator-values.js';

describe(indicatorValueProblem.name, () => {
  it.each([
    ['count', 0, true],
    ['count', 12, true],
    ['count', -1, false],
    ['count', 1.5, false],
    ['count', '3', false],
    ['percent', 0, true],
    ['percent', 100, true],
    ['percent', 99.5, true],
    ['percent', 100.01, false],
    ['percent', -0.1, false],
    ['percent', Number.NaN, false],
    ['amount', 1234.5, true],
    ['amount', -2, false],
    ['yesNo', true, true],
    ['yesNo', 1, false],
    ['text', 'Đã triển khai', true],
    ['text', 3, false],
    ['count', null, true],
  ] as const)('%s %p is %s', (unit, value, fine) => {
    expect(indicatorValueProblem({ unit }, value) === null).toBe(fine);
  });

  it('says what is wrong in Vietnamese and English', () => {
    expect(indicatorValueProblem({ unit: 'percent' }, 120)).toEqual({ vi: 'Tỷ lệ phải từ 0 đến 100.', en: 'A percentage is from 0 to 100.' });
  });
});

describe(checkIndicatorValues.name, () => {
  const check = (values: Parameters<typeof checkIndicatorValues>[0]) => checkIndicatorValues(values, INDICATOR_SET_76_V1);
  const entered = (code: string, value: number | boolean | string | null) => ({ code, value, note: '', asPublished: false });

  it('accepts entered values that fit their units', () => {
    expect(check([entered('INSTITUTIONS.NORMS_REVIEWED', 7), entered('DIGITAL_GOVERNMENT.ONLINE_PAYMENT_RATE', 42.5), entered('DIGITAL_GOVERNMENT.ISO_9001', true)])).toEqual([]);
  });

  it('refuses an unknown code, a derived indicator typed in, a code twice and a value off its unit, each at its path', () => {
    const findings = check([
      entered('NOPE.X', 1),
      entered('DOSSIERS.RESOLVED', 12),
      entered('PROCEDURES.SIMPLIFIED', 3),
      entered('PROCEDURES.SIMPLIFIED', 4),
      entered('DIGITAL_GOVERNMENT.DIGITISED_RATE', 101),
    ]);
    expect(findings.map((f) => [f.code, f.severity, f.path])).toEqual([
      ['INDICATOR_UNKNOWN', 'error', 'indicators[0].code'],
      ['INDICATOR_DERIVED', 'error', 'indicators[1].value'],
      ['INDICATOR_DUPLICATE', 'error', 'indicators[3].code'],
      ['INDICATOR_VALUE', 'error', 'indicators[4].value'],
    ]);
    expect(findings[3]?.message.vi).toBe('Tỷ lệ hồ sơ, kết quả giải quyết được số hóa: Tỷ lệ phải từ 0 đến 100.');
  });

  it('finds every entered value unknown where no set is in force', () => {
    expect(checkIndicatorValues([entered('PROCEDURES.SIMPLIFIED', 3)], null).map((f) => f.code)).toEqual(['INDICATOR_UNKNOWN']);
  });
});
