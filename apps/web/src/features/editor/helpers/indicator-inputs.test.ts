import { INDICATOR_SET_76_V1, type IndicatorValue } from '@cchc/domain';
import {
  indicatorFieldId,
  indicatorInputProblem,
  indicatorInputText,
  indicatorSetOf,
  indicatorsOfSection,
  keepTypedIndicators,
  leftoverIndicators,
  readIndicatorInput,
  typedIndicatorsFor,
  withIndicatorValue,
} from './indicator-inputs.js';

class MemoryStorage {
  private items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

describe('which indicators a section asks for', () => {
  const set = INDICATOR_SET_76_V1;
  it('uses the set of the period, none before 2021', () => {
    expect(indicatorSetOf({ period: { year: 2021, kind: 'M9' } })?.code).toBe('CCHC-76');
    expect(indicatorSetOf({ period: { year: 2020, kind: 'M9' } })).toBeNull();
  });

  it('asks an area section for its area’s entered indicators, the direction section for the general ones', () => {
    expect(indicatorsOfSection(set, { kind: 'AREA', areaKey: 'PROCEDURES' }).map((i) => i.code)).toContain('PROCEDURES.SIMPLIFIED');
    expect(indicatorsOfSection(set, { kind: 'AREA', areaKey: 'PROCEDURES' }).every((i) => i.source.kind === 'entered')).toBe(true);
    expect(indicatorsOfSection(set, { kind: 'DIRECTION', areaKey: null }).map((i) => i.code)).toContain('DIRECTION.SATISFACTION_SURVEY');
    expect(indicatorsOfSection(set, { kind: 'NEXT_PERIOD_TASKS', areaKey: null })).toEqual([]);
    expect(indicatorsOfSection(null, { kind: 'AREA', areaKey: 'PROCEDURES' })).toEqual([]);
  });

  it('still asks for the indicators of sections the report lacks', () => {
    const left = leftoverIndicators(set, [{ kind: 'AREA', areaKey: 'PROCEDURES' }]).map((i) => i.code);
    expect(left).toContain('DIRECTION.SATISFACTION_SURVEY');
    expect(left).toContain('DIGITAL_GOVERNMENT.ISO_9001');
    expect(left).not.toContain('PROCEDURES.SIMPLIFIED');
  });
});

describe('reading an indicator input', () => {
  it.each([
    ['count', '1.245', { kind: 'value', value: 1245 }],
    ['count', '12,5', { kind: 'unreadable', text: '12,5' }],
    ['percent', '98,5', { kind: 'value', value: 98.5 }],
    ['percent', '', { kind: 'blank' }],
    ['yesNo', 'yes', { kind: 'value', value: true }],
    ['yesNo', 'no', { kind: 'value', value: false }],
    ['text', 'Đã triển khai', { kind: 'value', value: 'Đã triển khai' }],
  ] as const)('%s %p', (unit, text, reading) => {
    expect(readIndicatorInput({ unit }, text)).toEqual(reading);
  });

  it('says what is wrong: text that is not a number, a percentage over 100', () => {
    expect(indicatorInputProblem({ unit: 'count' }, readIndicatorInput({ unit: 'count' }, '12a'))?.vi).toBe('"12a" không phải là một số (viết 1.245 hoặc 98,5).');
    expect(indicatorInputProblem({ unit: 'percent' }, readIndicatorInput({ unit: 'percent' }, '120'))?.vi).toBe('Tỷ lệ phải từ 0 đến 100.');
    expect(indicatorInputProblem({ unit: 'percent' }, readIndicatorInput({ unit: 'percent' }, '99,9'))).toBeNull();
  });

  it('shows stored values the Vietnamese way', () => {
    expect(indicatorInputText(1245)).toBe('1.245');
    expect(indicatorInputText(98.5)).toBe('98,5');
    expect(indicatorInputText(true)).toBe('yes');
    expect(indicatorInputText(null)).toBe('');
    expect(indicatorFieldId('PROCEDURES.SIMPLIFIED')).toBe('field-indicator-PROCEDURES-SIMPLIFIED');
  });
});

describe('withIndicatorValue', () => {
  const values: IndicatorValue[] = [
    { code: 'A.X', value: 1, note: '', asPublished: false },
    { code: 'B.Y', value: 2, note: 'n', asPublished: true },
  ];
  it('sets, adds and removes a value, keeping the others in order', () => {
    expect(withIndicatorValue(values, 'A.X', 5, '').map((v) => [v.code, v.value])).toEqual([
      ['A.X', 5],
      ['B.Y', 2],
    ]);
    expect(withIndicatorValue(values, 'C.Z', true, '')).toHaveLength(3);
    expect(withIndicatorValue(values, 'A.X', null, '').map((v) => v.code)).toEqual(['B.Y']);
    expect(withIndicatorValue(values, 'A.X', null, 'chưa thống kê')).toEqual([
      { code: 'A.X', value: null, note: 'chưa thống kê', asPublished: false },
      values[1],
    ]);
  });

  it('keeps "as published" only while the published value stays', () => {
    expect(withIndicatorValue(values, 'B.Y', 2, 'x')[1]?.asPublished).toBe(true);
    expect(withIndicatorValue(values, 'B.Y', 3, 'n')[1]?.asPublished).toBe(false);
  });
});

describe('inputs kept on the device', () => {
  it('keeps text that is not a number yet, and forgets it once there is none', () => {
    const storage = new MemoryStorage();
    keepTypedIndicators(storage, 'r1', { 'A.X': '12a' });
    expect(typedIndicatorsFor(storage, 'r1')).toEqual({ 'A.X': '12a' });
    expect(typedIndicatorsFor(storage, 'r2')).toEqual({});
    keepTypedIndicators(storage, 'r1', {});
    expect(typedIndicatorsFor(storage, 'r1')).toEqual({});
  });
});
