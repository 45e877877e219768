import { SNGV_M9_2020_TEXT as seedText } from '../examples/sngv-m9-2020-text.js';
import { findCitations } from './find-citations.js';
import { parseVietnameseDate } from './parse-vietnamese-date.js';

const only = (text: string) => {
  const citations = findCitations(text);
  expect(citations).toHaveLength(1);
  return citations[0];
};

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

    it('gives a null date and no date offsets when no date follows the symbol', () => {
      expect(findCitations('theo Nghị quyết 30c/NQ-CP của Chính phủ')).toEqual([
        { symbol: '30c/NQ-CP', date: null, start: 16, end: 25, issuerInProse: 'Chính phủ' },
      ]);
    });

    it('gives a null date, but the offsets of what was written, when the written day does not exist', () => {
      expect(findCitations('số 1/KH-SNV ngày 31/02/2020')[0]).toMatchObject({ date: null, dateStart: 17, dateEnd: 27 });
    });
  });

  it('finds a citation with or without a kind word before it', () => {
    const text = 'Kế hoạch số 565/KH-SNgV ngày 23/10/2019; 323/SNgV-VP ngày 07/07/2020';
    expect(findCitations(text)).toEqual([
      { symbol: '565/KH-SNgV', date: '2019-10-23', start: 12, end: 23, dateStart: 29, dateEnd: 39 },
      { symbol: '323/SNgV-VP', date: '2020-07-07', start: 41, end: 52, dateStart: 58, dateEnd: 68 },
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

  describe('as real texts write them (docs/domain.md §14)', () => {
    describe('a date written before the symbol', () => {
      it('reads the date that opens the sentence, as agencies cite their own documents', () => {
        const text = 'Ngày 06/01/2023, UBND xã ban hành Quyết định số 04/QĐ-UBND về kiện toàn Tổ công tác.';
        const citation = only(text);
        expect(citation).toMatchObject({ symbol: '04/QĐ-UBND', date: '2023-01-06' });
        expect(text.slice(citation?.dateStart, citation?.dateEnd)).toBe('06/01/2023');
      });

      it('reads the date that opens a clause or a bullet', () => {
        expect(only('Trong quý I, ngày 06/01/2023 UBND xã ban hành Quyết định số 04/QĐ-UBND.')?.date).toBe('2023-01-06');
        expect(only('Kết quả:\n- Ngày 5 tháng 1 năm 2023, Sở ban hành Kế hoạch số 02/KH-SNV.')?.date).toBe('2023-01-05');
      });

      it('prefers the date written after the symbol', () => {
        expect(only('Ngày 06/01/2023, UBND xã ban hành Quyết định số 04/QĐ-UBND ngày 05/01/2023.')?.date).toBe('2023-01-05');
      });

      it('does not read it across another symbol', () => {
        const citations = findCitations('Ngày 06/01/2023, UBND xã ban hành Quyết định số 04/QĐ-UBND và Kế hoạch số 05/KH-UBND.');
        expect(citations.map((c) => c.date)).toEqual(['2023-01-06', null]);
      });

      it('does not read the date of the citation before', () => {
        const citations = findCitations('Kế hoạch số 01/KH-UBND, ngày 03/01/2023, và Quyết định số 04/QĐ-UBND.');
        expect(citations.map((c) => c.date)).toEqual(['2023-01-03', null]);
      });

      it.each([
        ['a date inside the sentence', 'Tính đến ngày 14/9/2020, Sở thực hiện Kế hoạch số 73/KH-SNgV.'],
        ['a date of another sentence', 'Ngày 06/01/2023, UBND xã họp. Sở ban hành Kế hoạch số 05/KH-SNV.'],
        ['the start of a range', 'Ngày 15/12/2019 đến ngày 14/9/2020, Sở tiếp nhận hồ sơ theo Quyết định số 172/QĐ-UBND.'],
        ['a date followed by another date', 'Ngày 06/01/2023, theo lịch họp ngày 10/01/2023, UBND xã ban hành Quyết định số 04/QĐ-UBND.'],
        ['the place and date line of the header', 'Quảng Ngãi, ngày 05 tháng 10 năm 2020\nThực hiện Kế hoạch số 565/KH-SNgV'],
      ])('does not read %s', (_case, text) => {
        expect(only(text)).toMatchObject({ date: null });
        expect(only(text)?.dateStart).toBeUndefined();
      });
    });

    it('reads a date in parentheses', () => {
      const text = 'Kế hoạch số 01/KH-KCNĐN (ngày 14/01/2020) về cải cách hành chính';
      const citation = only(text);
      expect(citation).toMatchObject({ symbol: '01/KH-KCNĐN', date: '2020-01-14' });
      expect(text.slice(citation?.dateStart, citation?.dateEnd)).toBe('14/01/2020');
    });

    it.each([
      ['Nghị định số 42/2022/NĐ-CP của Chính phủ ngày 24/6/2022', '42/2022/NĐ-CP', '2022-06-24', 'Chính phủ'],
      ['Quyết định số 25/QĐ-TTg của Thủ tướng Chính phủ ngày 05/01/2021', '25/QĐ-TTg', '2021-01-05', 'Thủ tướng Chính phủ'],
      ['Công văn số 581/BNV-CCHC của Bộ Nội vụ, ngày 10 tháng 2 năm 2021', '581/BNV-CCHC', '2021-02-10', 'Bộ Nội vụ'],
      ['Quyết định số 20/2013/QĐ-UBND của UBND tỉnh Quảng Ngãi ngày 07/5/2013', '20/2013/QĐ-UBND', '2013-05-07', 'UBND tỉnh Quảng Ngãi'],
    ])('reads the issuer and the date after it: %s', (text, symbol, date, issuerInProse) => {
      const citation = only(text);
      expect(citation).toMatchObject({ symbol, date, issuerInProse });
      expect(parseVietnameseDate(text.slice(citation?.dateStart, citation?.dateEnd))).toBe(date);
    });

    it.each([
      ['Nghị quyết số 05-NQ/TU ngày 05/02/2016 của Tỉnh ủy về cải cách hành chính', 'Tỉnh ủy'],
      ['Chỉ thị số 31-CT/TU ngày 13/6/2014 của Ban Thường vụ Tỉnh ủy về chủ trương', 'Ban Thường vụ Tỉnh ủy'],
      ['Quyết định số 173/QĐ-UBND ngày 24/02/2017 của UBND tỉnh phê duyệt Đề án', 'UBND tỉnh'],
      ['Kế hoạch số 282/KH-KCNĐN (ngày 10/3/2021) của Ủy ban nhân dân tỉnh về', 'Ủy ban nhân dân tỉnh'],
    ])('reads the issuer named after the date: %s', (text, issuerInProse) => {
      expect(only(text)?.issuerInProse).toBe(issuerInProse);
    });

    it('names no issuer it does not know', () => {
      expect(only('Kế hoạch số 12/KH-SNV của Sở về việc')).not.toHaveProperty('issuerInProse');
      expect(only('Quyết định số 172/QĐ-UBND ngày 04/4/2016 ban hành Kế hoạch của UBND tỉnh')).not.toHaveProperty('issuerInProse');
    });

    describe('typing slips', () => {
      it('reads a number glued to "số"', () => {
        const text = 'Công văn số581/BNV-CCHC ngày 10/02/2021';
        const citation = only(text);
        expect(citation).toMatchObject({ symbol: '581/BNV-CCHC', date: '2021-02-10' });
        expect(text.slice(citation?.start, citation?.end)).toBe('581/BNV-CCHC');
        expect(only('SỐ581/BNV-CCHC')?.symbol).toBe('581/BNV-CCHC');
      });

      it('still refuses a number glued to another word', () => {
        expect(findCitations('mã581/BNV-CCHC; cơsố581/BNV-CCHC')).toEqual([]);
      });

      it.each(['60- NQ/TW', '60 -NQ/TW', '60 - NQ/TW'])('reads the Party symbol %j', (written) => {
        const text = `Nghị quyết số ${written} ngày 09/6/2021`;
        const citation = only(text);
        expect(citation).toMatchObject({ symbol: '60-NQ/TW', date: '2021-06-09' });
        expect(text.slice(citation?.start, citation?.end)).toBe(written);
      });
    });

    it('reads board and council codes as issuers', () => {
      expect(findCitations('Kế hoạch số 01/KH-KCNĐN và Công văn số 12/BXTĐT-HCTH').map((c) => c.symbol)).toEqual([
        '01/KH-KCNĐN',
        '12/BXTĐT-HCTH',
      ]);
    });
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

    it('gives offsets that point at each date as written', () => {
      for (const { date, dateStart, dateEnd } of citations) {
        expect(parseVietnameseDate(seedText.slice(dateStart, dateEnd))).toBe(date);
      }
    });

    it('reads the issuers the seed names after its citations', () => {
      const issuerOf = (symbol: string) => citations.find((c) => c.symbol === symbol)?.issuerInProse;
      expect(issuerOf('31-CT/TU')).toBe('Ban Thường vụ Tỉnh ủy');
      expect(issuerOf('173/QĐ-UBND')).toBe('UBND tỉnh');
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
