import { sectionTitle } from './section-title.js';

describe(sectionTitle.name, () => {
  it('falls back to the kind name for an area outside any programme year', () => {
    expect(sectionTitle({ kind: 'AREA', areaKey: 'APPARATUS' }, 2005).vi).toBe('Kết quả thực hiện theo lĩnh vực cải cách');
  });

  it('falls back to the kind name for an unknown province section', () => {
    expect(sectionTitle({ kind: 'PROVINCE_SPECIFIC', provinceSection: 'XX.UNKNOWN' }, 2020).en).toBe('Province-specific content');
  });

  it('titles an area by the programme of the year (renamed areas follow)', () => {
    expect(sectionTitle({ kind: 'AREA', areaKey: 'MODERNISATION' }, 2020).vi).toBe('Hiện đại hóa hành chính');
    expect(sectionTitle({ kind: 'AREA', areaKey: 'MODERNISATION' }, 2021).vi).toBe(
      'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số',
    );
  });

  it('titles the Quảng Ngãi discipline section after QĐ 20/2013', () => {
    expect(sectionTitle({ kind: 'PROVINCE_SPECIFIC', provinceSection: 'QNG.DISCIPLINE' }, 2020).vi).toContain('20/2013/QĐ-UBND');
  });

  it('titles the other kinds by their kind', () => {
    expect(sectionTitle({ kind: 'DIRECTION' }, 2020).vi).toBe('Công tác chỉ đạo, điều hành');
    expect(sectionTitle({ kind: 'DIFFICULTIES_PROPOSALS' }, 2020).en).toBe('Difficulties and proposals');
  });
});
