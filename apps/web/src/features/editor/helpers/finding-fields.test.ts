import { fieldIdForPath, findingFieldId, groupByField } from './finding-fields.js';

describe(fieldIdForPath.name, () => {
  it('has no field for the report as a whole', () => {
    expect(fieldIdForPath(null)).toBeNull();
    expect(fieldIdForPath('')).toBeNull();
    expect(fieldIdForPath('somethingElse.x')).toBeNull();
  });

  it('points a section path at the section', () => {
    expect(fieldIdForPath('sections[5].narrative')).toBe('field-sections-5');
    expect(fieldIdForPath('sections')).toBe('field-sections');
  });

  it('points dossier paths at the figure, or at the whole figures', () => {
    expect(fieldIdForPath('dossier.receivedOnline')).toBe('field-dossier-receivedOnline');
    expect(fieldIdForPath('dossier')).toBe('field-dossier');
    expect(fieldIdForPath('dossier.stated.toHandle')).toBe('field-dossier');
  });

  it('points record paths at their row', () => {
    expect(fieldIdForPath('plans[0].symbol')).toBe('field-plans-0');
    expect(fieldIdForPath('inspections[2]')).toBe('field-inspections-2');
    expect(fieldIdForPath('tasks')).toBe('field-tasks');
  });

  it('points top-level fields at themselves', () => {
    expect(fieldIdForPath('symbol.issuer')).toBe('field-symbol');
    expect(fieldIdForPath('signedOn')).toBe('field-signedOn');
    expect(fieldIdForPath('recipients')).toBe('field-recipients');
    expect(fieldIdForPath('signing.onBehalfOf')).toBe('field-signing');
  });
});

describe(groupByField.name, () => {
  it('groups by field, with what has no field under null', () => {
    const groups = groupByField([
      { path: 'dossier', m: 1 },
      { path: null, m: 2 },
      { path: 'dossier', m: 3 },
      { path: 'plans[9]', m: 4 },
    ], (id) => id !== 'field-plans-9');
    expect(groups.get('field-dossier')?.map((i) => i.m)).toEqual([1, 3]);
    expect(groups.get(null)?.map((i) => i.m)).toEqual([2, 4]);
  });
});

describe(findingFieldId.name, () => {
  const sections = [
    { kind: 'DIRECTION', areaKey: null },
    { kind: 'AREA', areaKey: 'INSTITUTIONAL' },
    { kind: 'AREA', areaKey: 'APPARATUS' },
  ];

  it("points a missing area at that area's section", () => {
    const finding = { path: 'sections', code: 'REPORT_AREA_MISSING', details: { areaKey: 'APPARATUS' } };
    expect(findingFieldId(finding, sections)).toBe('field-sections-2');
  });

  it('falls back to the path when the report has no such section', () => {
    const finding = { path: 'sections', code: 'REPORT_AREA_MISSING', details: { areaKey: 'PUBLIC_FINANCE' } };
    expect(findingFieldId(finding, sections)).toBe('field-sections');
    expect(findingFieldId({ path: 'dossier', code: 'DOSSIER_BALANCE' }, sections)).toBe('field-dossier');
  });
});
