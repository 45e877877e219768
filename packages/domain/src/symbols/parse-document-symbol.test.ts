import { parseDocumentSymbol } from './parse-document-symbol.js';

describe(parseDocumentSymbol.name, () => {
  describe('text that is not a symbol', () => {
    it.each(['', '   ', '/BC-SNgV', 'Số: /BC-SNgV', '07/5/2013', 'III/2020', '2016 - 2020', 'KH-SNgV', '12/KH', '565/KH-'])(
      'returns null for %j',
      (text) => {
        expect(parseDocumentSymbol(text)).toBeNull();
      },
    );
  });

  describe('administrative symbols', () => {
    it('reads number, type and issuer', () => {
      expect(parseDocumentSymbol('565/KH-SNgV')).toEqual({
        form: 'administrative',
        number: '565',
        type: 'KH',
        issuer: 'SNgV',
        symbol: '565/KH-SNgV',
      });
    });

    it('keeps a letter in the number and mixed-case types', () => {
      expect(parseDocumentSymbol('30c/NQ-CP')).toMatchObject({ number: '30c', type: 'NQ', issuer: 'CP' });
      expect(parseDocumentSymbol('1714/TTr-STTTT')).toMatchObject({ type: 'TTr', issuer: 'STTTT' });
      expect(parseDocumentSymbol('766/QĐ-TTg')).toMatchObject({ type: 'QĐ', issuer: 'TTg' });
    });

    it('accepts a type an agency coined', () => {
      expect(parseDocumentSymbol('18/BCTĐ-STP')).toMatchObject({ form: 'administrative', type: 'BCTĐ', issuer: 'STP' });
    });

    it('reads a drafting unit after the issuer', () => {
      expect(parseDocumentSymbol('12/KH-UBND-KT')).toMatchObject({ type: 'KH', issuer: 'UBND', unit: 'KT' });
    });

    it('keeps the issuer as written when its case differs from the known code', () => {
      expect(parseDocumentSymbol('75/KH-SNGV')).toMatchObject({ form: 'administrative', issuer: 'SNGV' });
    });
  });

  describe('letters', () => {
    it('reads a letter with its drafting unit', () => {
      expect(parseDocumentSymbol('323/SNgV-VP')).toEqual({
        form: 'letter',
        number: '323',
        issuer: 'SNgV',
        unit: 'VP',
        symbol: '323/SNgV-VP',
      });
    });

    it('reads a letter without a unit and one with an ampersand in the unit', () => {
      expect(parseDocumentSymbol('607/SNV')).toEqual({ form: 'letter', number: '607', issuer: 'SNV', symbol: '607/SNV' });
      expect(parseDocumentSymbol('2231/SNV-CCHC&PC')).toMatchObject({ form: 'letter', unit: 'CCHC&PC' });
    });

    it('recognises a known agency written in another case as a letter', () => {
      expect(parseDocumentSymbol('1/SNGV-VP')).toMatchObject({ form: 'letter', issuer: 'SNGV' });
    });

    it('uses the agency codes it is given', () => {
      expect(parseDocumentSymbol('5/SXYZ-VP', { agencyCodes: ['SXYZ'] })?.form).toBe('letter');
      expect(parseDocumentSymbol('5/SXYZ-VP')?.form).toBe('administrative');
    });
  });

  describe('boards and councils (docs/domain.md §14)', () => {
    it.each(['KCNĐN', 'BQLKCN', 'BXTĐT', 'HĐPH', 'BCĐ'])('reads %s first as the issuer of a letter', (code) => {
      expect(parseDocumentSymbol(`12/${code}-HCTH`)).toMatchObject({ form: 'letter', issuer: code, unit: 'HCTH' });
    });

    it('reads a board code after a type as the issuer', () => {
      expect(parseDocumentSymbol('01/KH-KCNĐN')).toMatchObject({ form: 'administrative', type: 'KH', issuer: 'KCNĐN' });
      expect(parseDocumentSymbol('12/BXTĐT-HCTH')).toMatchObject({ form: 'letter', issuer: 'BXTĐT', unit: 'HCTH' });
    });
  });

  describe('normative documents', () => {
    it('reads the year, the type and the issuer', () => {
      expect(parseDocumentSymbol('20/2013/QĐ-UBND')).toEqual({
        form: 'normative',
        number: '20',
        year: 2013,
        type: 'QĐ',
        issuer: 'UBND',
        symbol: '20/2013/QĐ-UBND',
      });
    });

    it('keeps several issuers together', () => {
      expect(parseDocumentSymbol('02/2015/TTLT-BNG-BNV')).toMatchObject({ type: 'TTLT', issuer: 'BNG-BNV' });
    });

    it('reads a law, which has no type', () => {
      expect(parseDocumentSymbol('80/2015/QH13')).toEqual({
        form: 'normative',
        number: '80',
        year: 2015,
        issuer: 'QH13',
        symbol: '80/2015/QH13',
      });
    });
  });

  describe('Party documents', () => {
    it('reads number, type and committee', () => {
      expect(parseDocumentSymbol('05-NQ/TU')).toEqual({ form: 'party', number: '05', type: 'NQ', issuer: 'TU', symbol: '05-NQ/TU' });
      expect(parseDocumentSymbol('306-QĐ/TU')).toMatchObject({ form: 'party', type: 'QĐ' });
    });
  });

  describe('normalisation', () => {
    it('normalises look-alikes, dashes and spaces before parsing', () => {
      expect(parseDocumentSymbol(' 20 / 2013 / Q\u00D0 \u2013 UBND ')?.symbol).toBe('20/2013/QĐ-UBND');
    });

    it('drops a leading "Số:"', () => {
      expect(parseDocumentSymbol('Số: 565/KH-SNgV')?.symbol).toBe('565/KH-SNgV');
      expect(parseDocumentSymbol('số 05-NQ/TU')?.symbol).toBe('05-NQ/TU');
    });
  });
});
