import { SNGV_M9_2020_TEXT as seedText } from '../examples/sngv-m9-2020-text.js';
import { findCitations } from './find-citations.js';

describe(findCitations.name, () => {
  describe('edge cases', () => {
    it('finds nothing in empty text', () => {
      expect(findCitations('')).toEqual([]);
    });

    it('skips the blank symbol of an unregistered report', () => {
      expect(findCitations('Số: /BC-SNgV\nQuảng Ngãi, ngày tháng 9 năm 2020')).toEqual([]);
    });

    it('does not take dates, quarter ranges or year ranges for symbols', () => {
      expect(findCitations('từ ngày 03/8/2020; Quý I, II và III/2020; giai đoạn 2016 - 2020; 2011-2020')).toEqual([]);
    });

    it('gives a null date when no date follows the symbol', () => {
      expect(findCitations('theo Nghị quyết 30c/NQ-CP của Chính phủ')).toEqual([
        { symbol: '30c/NQ-CP', date: null, start: 16, end: 25 },
      ]);
    });

    it('gives a null date when the written day does not exist', () => {
      expect(findCitations('số 1/KH-SNV ngày 31/02/2020')[0]?.date).toBeNull();
    });
  });

  it('finds a citation with or without a kind word before it', () => {
    const text = 'Kế hoạch số 565/KH-SNgV ngày 23/10/2019; 323/SNgV-VP ngày 07/07/2020';
    expect(findCitations(text)).toEqual([
      { symbol: '565/KH-SNgV', date: '2019-10-23', start: 12, end: 23 },
      { symbol: '323/SNgV-VP', date: '2020-07-07', start: 41, end: 52 },
    ]);
  });

  it('reads the worded date style', () => {
    expect(findCitations('Quyết định số 20/2013/QĐ-UBND ngày 7 tháng 5 năm 2013')[0]?.date).toBe('2013-05-07');
  });

  it('normalises the symbol and reports the offsets of the text as written', () => {
    const text = 'Quyết định số 20/2013/Q\u00D0\u2013UBND ngày 07/5/2013.';
    const [citation] = findCitations(text);
    expect(citation?.symbol).toBe('20/2013/QĐ-UBND');
    expect(text.slice(citation?.start, citation?.end)).toBe('20/2013/Q\u00D0\u2013UBND');
  });

  it('keeps a symbol at the end of a sentence without its full stop', () => {
    expect(findCitations('theo Công văn số 607/SNV.')[0]?.symbol).toBe('607/SNV');
  });

  describe('on the seed report', () => {
    const citations = findCitations(seedText);
    const symbols = citations.map((c) => c.symbol);

    it('finds more than twenty citations, in text order', () => {
      expect(citations.length).toBeGreaterThan(20);
      const starts = citations.map((c) => c.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    });

    it.each(['20/2013/QĐ-UBND', '05-NQ/TU', '31-CT/TU', '306-QĐ/TU', '323/SNgV-VP', '565/KH-SNgV'])(
      'finds %s',
      (symbol) => {
        expect(symbols).toContain(symbol);
      },
    );

    it('dates every citation of the seed', () => {
      expect(citations.filter((c) => c.date === null)).toEqual([]);
    });

    it('finds both dates of 565/KH-SNgV and of 05-NQ/TU', () => {
      const datesOf = (symbol: string) => citations.filter((c) => c.symbol === symbol).map((c) => c.date);
      expect(datesOf('565/KH-SNgV')).toEqual(['2019-10-23', '2020-10-23']);
      expect(datesOf('05-NQ/TU')).toEqual(['2016-02-05', '2016-12-05']);
    });

    it('keeps the issuer case as written (SngV, SNGV)', () => {
      expect(symbols).toContain('20/QĐ-SngV');
      expect(symbols).toContain('75/KH-SNGV');
    });
  });
});
