import type { Report } from '@cchc/domain';
import { initialReportContent } from './initial-content.js';
import { adoptSaved, applyParts, changedParts, dirtinessOf, planPatch, unsavedText } from './report-parts.js';

const base: Report = initialReportContent(
  { code: 'STP', kind: 'department' },
  { year: 2021, kind: 'M9', windowFrom: '2020-12-15', windowTo: '2021-09-14', deadline: '2021-09-20' },
);
const withNarrative = (content: Report, narrative: string): Report => ({
  ...content,
  sections: content.sections.map((s, i) => (i === 1 ? { ...s, narrative } : s)),
});

describe(changedParts.name, () => {
  it('names the parts that differ', () => {
    expect(changedParts(base, base)).toEqual([]);
    expect(changedParts(base, { ...withNarrative(base, 'Rà soát'), place: 'Huế' })).toEqual(['place', 'sections']);
  });
});

describe(planPatch.name, () => {
  it('sends the valid changed parts and holds back the invalid ones', () => {
    const plan = planPatch(base, { ...withNarrative(base, 'Rà soát'), title: '  ' });
    expect(Object.keys(plan.content)).toEqual(['sections']);
    expect(plan.invalid).toEqual(['title']);
  });
});

describe(dirtinessOf.name, () => {
  it('is none, valid or invalid', () => {
    expect(dirtinessOf(base, base)).toBe('none');
    expect(dirtinessOf(base, withNarrative(base, 'x'))).toBe('valid');
    expect(dirtinessOf(base, { ...base, title: '' })).toBe('invalid');
  });
});

describe(adoptSaved.name, () => {
  it("takes the server's normalised value for parts not edited since, and keeps newer edits", () => {
    const sent = { place: ' Quảng Ngãi ' };
    const server = { ...base, place: 'Quảng Ngãi' };
    expect(adoptSaved({ ...base, place: ' Quảng Ngãi ' }, sent, server).place).toBe('Quảng Ngãi');
    expect(adoptSaved({ ...base, place: 'Huế' }, sent, server).place).toBe('Huế');
  });
});

describe(applyParts.name, () => {
  it('puts kept parts on top of the server content', () => {
    expect(applyParts(base, { title: 'Khác' }).title).toBe('Khác');
    expect(applyParts(base, {}).title).toBe(base.title);
  });
});

describe(unsavedText.name, () => {
  it('writes changed narratives in full and other parts as JSON', () => {
    const text = unsavedText(base, { ...withNarrative(base, 'Đã rà soát 12 văn bản.'), place: 'Huế' }, (i) => `Mục ${i}`);
    expect(text).toContain('## Mục 1\nĐã rà soát 12 văn bản.');
    expect(text).toContain('## place\n"Huế"');
  });
});
