import { missingAreas } from './missing-areas.js';

const area = (areaKey: 'INSTITUTIONAL' | 'PROCEDURES' | 'APPARATUS' | 'CIVIL_SERVICE' | 'PUBLIC_FINANCE' | 'MODERNISATION', narrative = 'x') => ({
  kind: 'AREA' as const,
  areaKey,
  narrative,
});

describe(missingAreas.name, () => {
  it('misses nothing outside any programme', () => {
    expect(missingAreas([], 2005)).toEqual([]);
  });

  it('misses all six areas of an empty report', () => {
    expect(missingAreas([], 2021).map((a) => a.id)).toEqual(['76.1', '76.2', '76.3', '76.4', '76.5', '76.6']);
  });

  it('counts an area section with a blank narrative as missing', () => {
    expect(missingAreas([area('INSTITUTIONAL', '  ')], 2020)).toHaveLength(6);
  });

  it('finds the apparatus reform missing from a seed-like report', () => {
    const sections = [area('INSTITUTIONAL'), area('PROCEDURES'), area('CIVIL_SERVICE'), area('PUBLIC_FINANCE'), area('MODERNISATION')];
    expect(missingAreas(sections, 2020).map((a) => a.id)).toEqual(['30c.3']);
  });

  it('ignores sections of other kinds', () => {
    expect(missingAreas([{ kind: 'DIRECTION', areaKey: null, narrative: 'x' }], 2020)).toHaveLength(6);
  });
});
