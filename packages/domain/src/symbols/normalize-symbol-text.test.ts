import { normalizeSymbolText } from './normalize-symbol-text.js';

describe(normalizeSymbolText.name, () => {
  it('leaves an empty text empty', () => {
    expect(normalizeSymbolText('  ')).toBe('');
  });

  it('replaces the look-alike eth with a real Đ', () => {
    expect(normalizeSymbolText('20/2013/Q\u00D0-UBND')).toBe('20/2013/Q\u0110-UBND');
    expect(normalizeSymbolText('20/2013/Q\u00F0-UBND')).toBe('20/2013/Q\u0111-UBND');
  });

  it('composes decomposed Vietnamese letters (NFC)', () => {
    const decomposed = 'BKHĐT'.normalize('NFD');
    expect(normalizeSymbolText(`1/KH-${decomposed}`)).toBe('1/KH-BKHĐT');
  });

  it('turns every dash and slash look-alike into ASCII', () => {
    expect(normalizeSymbolText('565\uFF0FKH\u2013SNgV\u2014VP')).toBe('565/KH-SNgV-VP');
  });

  it('drops spaces around slashes and dashes, including non-breaking ones', () => {
    expect(normalizeSymbolText(' 565 / KH\u00A0- SNgV ')).toBe('565/KH-SNgV');
  });

  it('keeps the case of every letter', () => {
    expect(normalizeSymbolText('1714/TTr-STTTT')).toBe('1714/TTr-STTTT');
  });
});
