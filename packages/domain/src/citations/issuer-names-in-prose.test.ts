import { DEFAULT_AGENCY_CODES } from '../symbols/agency-codes.js';
import { ISSUER_NAMES_IN_PROSE, issuerCodeOfName, readIssuerName } from './issuer-names-in-prose.js';

describe(issuerCodeOfName.name, () => {
  it.each([
    ['UBND tỉnh', 'UBND'],
    ['Ủy ban nhân dân tỉnh', 'UBND'],
    ['Uỷ ban nhân dân tỉnh', 'UBND'],
    ['UBND xã', 'UBND'],
    ['UBND thành phố Quảng Ngãi', 'UBND'],
    ['Chủ tịch UBND tỉnh', 'UBND'],
    ['Chính phủ', 'CP'],
    ['Thủ tướng Chính phủ', 'TTg'],
    ['Bộ Nội vụ', 'BNV'],
    ['Bộ Văn hoá, Thể thao và Du lịch', 'BVHTTDL'],
    ['Bộ Lao động - Thương binh và Xã hội', 'BLĐTBXH'],
    ['Bộ trưởng Bộ Nội vụ', 'BNV'],
    ['Tỉnh ủy', 'TU'],
    ['Ban Thường vụ Tỉnh ủy', 'TU'],
    ['Ban Chấp hành Đảng bộ tỉnh', 'TU'],
    ['Trung ương', 'TW'],
    ['Bộ Chính trị', 'TW'],
    ['Ban Chấp hành Trung ương', 'TW'],
    ['HĐND tỉnh', 'HĐND'],
    ['Hội đồng nhân dân tỉnh', 'HĐND'],
    ['Quốc hội', 'QH'],
    ['  UBND TỈNH ', 'UBND'],
  ])('maps %j to %s', (name, code) => {
    expect(issuerCodeOfName(name)).toBe(code);
  });

  it.each(['', 'Sở', 'Ban Quản lý các Khu công nghiệp', 'Văn phòng Trung ương Đảng', 'UBND tỉnh phê duyệt', 'Chủ tịch nước'])(
    'knows no issuer in %j',
    (name) => {
      expect(issuerCodeOfName(name)).toBeUndefined();
    },
  );

  it('maps every name of its table to the code of the table', () => {
    for (const [name, code] of Object.entries(ISSUER_NAMES_IN_PROSE)) {
      expect([name, issuerCodeOfName(name)]).toEqual([name, code]);
    }
  });

  it('maps only to codes the symbol functions know', () => {
    expect(Object.values(ISSUER_NAMES_IN_PROSE).filter((code) => !DEFAULT_AGENCY_CODES.includes(code))).toEqual([]);
  });
});

describe(readIssuerName.name, () => {
  it('reads the longest known name at an offset, as written', () => {
    const text = 'của Ban Thường vụ Tỉnh ủy Quảng Ngãi về chủ trương';
    expect(readIssuerName(text, 4)).toEqual({ name: 'Ban Thường vụ Tỉnh ủy Quảng Ngãi', code: 'TU', start: 4, end: 36 });
  });

  it('stops at the end of the name', () => {
    expect(readIssuerName('UBND tỉnh phê duyệt', 0)?.name).toBe('UBND tỉnh');
    expect(readIssuerName('Chính phủ ngày 24/6/2022', 0)?.name).toBe('Chính phủ');
    expect(readIssuerName('UBND tỉnh.\nQuảng Ngãi', 0)?.name).toBe('UBND tỉnh');
  });

  it('reads nothing where no known name starts', () => {
    expect(readIssuerName('Hội đồng thi đua tỉnh', 0)).toBeUndefined();
    expect(readIssuerName('của UBND tỉnh', 0)).toBeUndefined();
  });
});
