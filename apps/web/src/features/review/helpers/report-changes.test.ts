import { changeLocation, formatChangeValue } from './report-changes.js';

describe(changeLocation.name, () => {
  it('names a whole part', () => {
    expect(changeLocation('title')).toEqual({ part: 'title', index: null, field: null });
  });

  it('names the field of a part without rows', () => {
    expect(changeLocation('dossier.resolvedOnTime')).toEqual({ part: 'dossier', index: null, field: 'resolvedOnTime' });
    expect(changeLocation('dossier.stated.resolved')).toEqual({ part: 'dossier', index: null, field: 'stated.resolved' });
  });

  it('names the row and the field of a list', () => {
    expect(changeLocation('plans.0.date')).toEqual({ part: 'plans', index: 0, field: 'date' });
    expect(changeLocation('sections.2')).toEqual({ part: 'sections', index: 2, field: null });
    expect(changeLocation('sections[2].narrative')).toEqual({ part: 'sections', index: 2, field: 'narrative' });
  });
});

describe(formatChangeValue.name, () => {
  it('has no text for a missing value (an added or removed entry)', () => {
    expect(formatChangeValue(undefined)).toBeNull();
    expect(formatChangeValue(null)).toBeNull();
  });

  it('writes numbers and dates the Vietnamese way', () => {
    expect(formatChangeValue(1245)).toBe('1.245');
    expect(formatChangeValue(0.5)).toBe('0,5');
    expect(formatChangeValue('2019-10-23')).toBe('23/10/2019');
  });

  it('keeps text as written', () => {
    expect(formatChangeValue('Quảng Ngãi')).toBe('Quảng Ngãi');
  });

  it('names a record by its symbol or title, with its date', () => {
    expect(formatChangeValue({ symbol: '565/KH-SNgV', date: '2019-10-23', title: 'CCHC năm 2020', year: 2020 })).toBe(
      '565/KH-SNgV — 23/10/2019 — CCHC năm 2020',
    );
    expect(formatChangeValue({ description: 'Rà soát TTHC', areaKey: null })).toBe('Rà soát TTHC');
  });

  it('lists the items of a list', () => {
    expect(formatChangeValue(['VP UBND tỉnh', 'Sở Nội vụ'])).toBe('VP UBND tỉnh; Sở Nội vụ');
  });

  it('falls back to the data for a record without a name', () => {
    expect(formatChangeValue({ level: 3, count: 4 })).toBe('{"level":3,"count":4}');
  });
});
