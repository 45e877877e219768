import fc from 'fast-check';
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

  it('drops a space at either end, or beside one separator, when nothing else needs changing', () => {
    expect(normalizeSymbolText(' 565/KH-SNgV')).toBe('565/KH-SNgV');
    expect(normalizeSymbolText('565/KH-SNgV\n')).toBe('565/KH-SNgV');
    expect(normalizeSymbolText('565 /KH-SNgV')).toBe('565/KH-SNgV');
    expect(normalizeSymbolText('565/KH- SNgV')).toBe('565/KH-SNgV');
    expect(normalizeSymbolText('565/KH-S NgV')).toBe('565/KH-S NgV');
  });

  it('gives what every replacement in turn gives, for any text of symbol characters', () => {
    // The function skips the replacements when one scan finds nothing for them to do.
    const everyReplacement = (text: string): string =>
      text
        .normalize('NFC')
        .replace(/\u00D0|\u0189/g, '\u0110')
        .replace(/\u00F0/g, '\u0111')
        .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
        .replace(/[\u2044\u2215\uFF0F]/g, '/')
        .replace(/\s*([/-])\s*/gu, '$1')
        .trim();
    const characters = [...'0123456789/-KHQĐđSNgVTTrUBND ', '\u00A0', '\n', '\t', '\u00D0', '\u0189', '\u00F0', '\u2013', '\u2212', '\uFF0F', '\u2044', 'O\u0302\u0301', 'e\u0301'];
    const texts = fc.array(fc.constantFrom(...characters), { maxLength: 16 }).map((parts) => parts.join(''));
    fc.assert(fc.property(texts, (text) => normalizeSymbolText(text) === everyReplacement(text)), { numRuns: 2000 });
  });
});
