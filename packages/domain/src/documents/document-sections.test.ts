import { SNGV_M9_2020_REPORT } from '../examples/sngv-m9-2020-report.js';
import { ReportSchema } from '../reports/report.schema.js';
import { documentSections } from './document-sections.js';

const seed = ReportSchema.parse(SNGV_M9_2020_REPORT);

describe(documentSections.name, () => {
  it('keeps the seed in its order, with its headings as written', () => {
    expect(documentSections(seed).map((s) => s.heading)).toEqual(seed.sections.map((s) => s.heading));
  });

  it('puts areas in the programme\'s order and the other kinds in the document\'s, keeping the entry order within a kind', () => {
    const shuffled = { ...seed, sections: [...seed.sections].reverse() };
    expect(documentSections(shuffled).map((s) => s.section.areaKey ?? s.section.kind)).toEqual([
      'INSTITUTIONAL',
      'PROCEDURES',
      'CIVIL_SERVICE',
      'PUBLIC_FINANCE',
      'MODERNISATION',
      'PROVINCE_SPECIFIC',
      'NEXT_PERIOD_TASKS',
    ]);
    expect(documentSections(shuffled)[0]?.index).toBe(shuffled.sections.length - 1);
  });

  it('names a section without a heading by its programme area', () => {
    const [first] = documentSections({ ...seed, sections: [{ kind: 'AREA', areaKey: 'PROCEDURES', provinceSection: null, heading: ' ', narrative: '' }] });
    expect(first?.heading).toBe('Cải cách thủ tục hành chính');
  });
});
