import { REFORM_PROGRAMMES } from '../programmes/reform-programmes.js';
import { INDICATOR_SET_76_V1, INDICATOR_SETS } from './default-indicator-set.js';

describe('the default indicator set of the 2021-2030 programme', () => {
  const set = INDICATOR_SET_76_V1;
  const byCode = new Map(set.indicators.map((indicator) => [indicator.code, indicator]));

  it('has one definition per code, each in a block of the set', () => {
    expect(byCode.size).toBe(set.indicators.length);
    const blocks = new Set(set.blocks.map((block) => block.key));
    for (const indicator of set.indicators) {
      expect(blocks.has(indicator.block)).toBe(true);
      expect(indicator.code.startsWith(`${indicator.block}.`)).toBe(true);
      expect(indicator.name.vi.trim()).not.toBe('');
      expect(indicator.name.en.trim()).not.toBe('');
    }
  });

  it("covers every block of the province's appendix (docs/domain.md §12) with derived and entered indicators", () => {
    expect(set.blocks.map((block) => block.key)).toEqual([
      'DIRECTION',
      'INSPECTION',
      'INSTITUTIONS',
      'PROCEDURES',
      'DOSSIERS',
      'APPARATUS',
      'CIVIL_SERVICE',
      'PUBLIC_FINANCE',
      'DIGITAL_GOVERNMENT',
    ]);
    for (const block of set.blocks) expect(set.indicators.some((indicator) => indicator.block === block.key)).toBe(true);
    expect(set.indicators.filter((i) => i.source.kind === 'derived').length).toBeGreaterThan(20);
    expect(set.indicators.filter((i) => i.source.kind === 'entered').length).toBeGreaterThan(20);
    for (const code of ['INSTITUTIONS.NORMS_REVIEWED', 'PROCEDURES.SIMPLIFIED', 'DIGITAL_GOVERNMENT.ONLINE_PAYMENT_RATE', 'DIGITAL_GOVERNMENT.DIGITISED_RATE']) {
      expect(byCode.get(code)?.source.kind).toBe('entered');
    }
  });

  it('computes every rate from two numeric indicators of the set, and derives a rate only by that rule', () => {
    for (const indicator of set.indicators) {
      const { aggregation, source } = indicator;
      if (aggregation.kind === 'rate') {
        expect(indicator.unit).toBe('percent');
        for (const part of [aggregation.numerator, aggregation.denominator]) expect(['count', 'amount']).toContain(byCode.get(part)?.unit);
      }
      if (source.kind === 'derived' && source.rule.of === 'rate') expect(aggregation.kind).toBe('rate');
      if (aggregation.kind === 'countYes') expect(indicator.unit).toBe('yesNo');
      if (aggregation.kind === 'sum') expect(['count', 'amount']).toContain(indicator.unit);
    }
  });

  it('asks for entered values in sections of areas of its programme', () => {
    const areas = new Set(REFORM_PROGRAMMES.find((p) => p.code === set.programme)?.areas.map((area) => area.key));
    for (const indicator of set.indicators) {
      if (indicator.source.kind === 'entered' && indicator.source.areaKey !== null) expect(areas.has(indicator.source.areaKey)).toBe(true);
    }
  });

  it('is the only shipped set, from 2021 on', () => {
    expect(INDICATOR_SETS).toEqual([set]);
    expect(set.validFrom).toBe('2021-01-01');
  });
});
