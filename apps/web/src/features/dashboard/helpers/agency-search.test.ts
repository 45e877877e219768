import { agency } from '../../../../test/factories/dashboard.factories.js';
import { agencyMatcher, pickerChoices } from './agency-search.js';

const stp = agency('STP', { name: { vi: 'Sở Tư pháp', en: 'Department of Justice' } });
const sngv = agency('SNgV', { name: { vi: 'Sở Ngoại vụ', en: 'Department of Foreign Affairs' } });
const dakTo = agency('XDT', { kind: 'commune', name: { vi: 'UBND xã Đắk Tô', en: 'Đắk Tô Commune' } });
const codes = (agencies: { code: string }[]): string[] => agencies.map((a) => a.code);

describe(agencyMatcher.name, () => {
  it('finds an agency by its Vietnamese name, accents, đ and case ignored', () => {
    expect(agencyMatcher('so tu phap')?.(stp)).toBe(true);
    expect(agencyMatcher('SỞ TƯ')?.(stp)).toBe(true);
    expect(agencyMatcher('dak to')?.(dakTo)).toBe(true);
    expect(agencyMatcher('ngoai vu')?.(stp)).toBe(false);
  });

  it('finds an agency by its English name too, as the API does', () => {
    expect(agencyMatcher('justice')?.(stp)).toBe(true);
    expect(agencyMatcher('foreign affairs')?.(sngv)).toBe(true);
    expect(agencyMatcher('justice')?.(sngv)).toBe(false);
  });

  it('finds an agency by its code, whatever the case', () => {
    expect(agencyMatcher('sngv')?.(sngv)).toBe(true);
    expect(agencyMatcher(' stp ')?.(stp)).toBe(true);
  });

  it('is null when nothing is searched for', () => {
    expect(agencyMatcher('')).toBeNull();
    expect(agencyMatcher('   ')).toBeNull();
  });
});

describe(pickerChoices.name, () => {
  const many = Array.from({ length: 4000 }, (_, i) => agency(`X${String(i).padStart(4, '0')}`, { kind: 'commune', name: { vi: `UBND xã số ${i}`, en: `Commune ${i}` } }));

  it('lists every agency of a short list', () => {
    expect(pickerChoices([stp, sngv], [], '')).toEqual({ agencies: [stp, sngv], more: 0 });
  });

  it('lists only the picked agencies of a long list until something is searched for', () => {
    const picked = many[7]?.id ?? '';
    expect(pickerChoices(many, [picked], '')).toEqual({ agencies: [many[7]], more: 0 });
  });

  it('lists the picked agencies, then at most `max` others the search matches, and counts the rest', () => {
    const picked = many[0]?.id ?? '';
    const choices = pickerChoices(many, [picked], 'xa so 1', 30);
    expect(choices.agencies[0]).toBe(many[0]);
    expect(codes(choices.agencies.slice(1, 4))).toEqual(['X0001', 'X0010', 'X0011']);
    expect(choices.agencies).toHaveLength(31);
    // "xã số 1…": 1, 10–19, 100–199, 1000–1999: 1,111 in all.
    expect(choices.more).toBe(1111 - 30);
  });
});
