import { ReportSchema, SNGV_M9_2020_REPORT } from '@cchc/domain';
import { partLabel } from './part-label.js';

const t = (key: string, params?: Record<string, unknown>): string => (params ? `${key}${JSON.stringify(params)}` : key);
const content = ReportSchema.parse(SNGV_M9_2020_REPORT);

describe(partLabel.name, () => {
  it('names the whole report when there is no part', () => {
    expect(partLabel(t, null, content, 'vi')).toBe('review.parts.document');
  });

  it('names a section by its heading as written', () => {
    expect(partLabel(t, 'sections.0', content, 'vi')).toBe('review.parts.section{"heading":"1. Cải cách thể chế"}');
  });

  it('names a section without a heading by its programme title in the reader language', () => {
    const blank = { ...content, sections: [{ ...content.sections[0]!, heading: '' }] };
    expect(partLabel(t, 'sections.0', blank, 'en')).toBe('review.parts.section{"heading":"Institutional reform"}');
  });

  it('adds the row of a table, counted from 1', () => {
    expect(partLabel(t, 'plans', content, 'vi', 0)).toBe('review.parts.plans, review.parts.row{"n":1}');
  });
});

describe(`${partLabel.name} of a long heading`, () => {
  it('names the section by the start of its heading', () => {
    const label = partLabel(t, 'sections.5', content, 'vi');
    expect(label).toMatch(/^review\.parts\.section\{"heading":"6\. Về triển khai .*…"\}$/);
    expect(label.length).toBeLessThan(110);
  });
});
