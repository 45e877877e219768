import { importExtraction } from '../../../../test/factories/import.factories.js';
import { isUnmapped, sectionChoice, sectionOptions, withChoice } from './section-choice.js';

const [area, unmapped] = importExtraction().draft.sections;

describe('what a section is', () => {
  it('is chosen as an area, a province section or a kind, and flagged while not mapped', () => {
    expect(sectionChoice(area!)).toBe('AREA:PROCEDURES');
    expect(sectionChoice(unmapped!)).toBe('PROVINCE:UNMAPPED');
    expect(isUnmapped(unmapped!)).toBe(true);
    expect(isUnmapped(area!)).toBe(false);
  });

  it('changes without losing its heading and narrative', () => {
    const mapped = withChoice(unmapped!, 'AREA:INSTITUTIONAL');
    expect(mapped).toEqual({ ...unmapped, kind: 'AREA', areaKey: 'INSTITUTIONAL', provinceSection: null });
    expect(withChoice(area!, 'PROVINCE:QNG.DISCIPLINE')).toMatchObject({ kind: 'PROVINCE_SPECIFIC', areaKey: null, provinceSection: 'QNG.DISCIPLINE', heading: area!.heading });
    expect(withChoice(area!, 'NEXT_PERIOD_TASKS')).toMatchObject({ kind: 'NEXT_PERIOD_TASKS', areaKey: null, provinceSection: null });
    expect(sectionChoice(withChoice(area!, sectionChoice(unmapped!)))).toBe('PROVINCE:UNMAPPED');
  });

  it('offers the areas of the programme in force in the year, numbered, and the other kinds', () => {
    const options = sectionOptions(2022);
    expect(options.map((o) => o.value)).toEqual([
      'DIRECTION',
      'AREA:INSTITUTIONAL',
      'AREA:PROCEDURES',
      'AREA:APPARATUS',
      'AREA:CIVIL_SERVICE',
      'AREA:PUBLIC_FINANCE',
      'AREA:MODERNISATION',
      'PROVINCE:QNG.DISCIPLINE',
      'NEXT_PERIOD_TASKS',
      'DIFFICULTIES_PROPOSALS',
      'PROVINCE:UNMAPPED',
    ]);
    expect(options.find((o) => o.value === 'AREA:MODERNISATION')?.label?.vi).toMatch(/^\d\. /);
    expect(sectionOptions(2020).find((o) => o.value === 'AREA:MODERNISATION')?.label?.vi).toBe('6. Hiện đại hóa hành chính');
  });
});
