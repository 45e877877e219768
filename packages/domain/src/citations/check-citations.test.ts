import { SNGV_M9_2020_TEXT as seedText } from '../examples/sngv-m9-2020-text.js';
import { checkCitations } from './check-citations.js';
import { findCitations } from './find-citations.js';

const window = { from: '2019-12-15', to: '2020-09-14' };

describe(checkCitations.name, () => {
  describe('edge cases', () => {
    it('finds nothing in no citations', () => {
      expect(checkCitations([])).toEqual([]);
    });

    it('ignores text that is not a symbol and citations without a date', () => {
      expect(checkCitations([{ symbol: '/BC-SNgV', date: '2099-01-01' }, { symbol: '565/KH-SNgV', date: null }], { reportDate: '2020-09-20' })).toEqual([]);
    });

    it('does not call one date cited twice a conflict', () => {
      const same = { symbol: '73/KH-SNgV', date: '2020-02-18' };
      expect(checkCitations([same, same])).toEqual([]);
    });
  });

  describe('date conflicts', () => {
    it('proposes the date that passes the other rules and names the symbol', () => {
      const findings = checkCitations(
        [
          { symbol: '565/KH-SNgV', date: '2019-10-23', path: 'sections[1].narrative' },
          { symbol: '565/KH-SNgV', date: '2020-10-23', path: 'sections[6].narrative' },
        ],
        { window },
      );
      const conflict = findings.find((f) => f.code === 'CITATION_DATE_CONFLICT');
      expect(conflict).toMatchObject({
        severity: 'warning',
        path: 'sections[6].narrative',
        details: { symbol: '565/KH-SNgV', dates: ['2019-10-23', '2020-10-23'], proposedDate: '2019-10-23' },
      });
      expect(conflict?.message.vi).toContain('565/KH-SNgV');
      expect(conflict?.message.vi).toContain('đề xuất ngày 23/10/2019');
      expect(conflict?.message.en).toContain('after the data cut-off 14/09/2020');
    });

    it('asks a person when both dates pass the rules', () => {
      const findings = checkCitations([
        { symbol: '05-NQ/TU', date: '2016-02-05' },
        { symbol: '05-NQ/TU', date: '2016-12-05' },
      ]);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ code: 'CITATION_DATE_CONFLICT', details: { proposedDate: null } });
      expect(findings[0]?.message.en).toContain('a person must check');
    });

    it('treats spellings that differ only in issuer case as one symbol', () => {
      const findings = checkCitations([
        { symbol: '75/KH-SNgV', date: '2020-02-18' },
        { symbol: '75/KH-SNGV', date: '2020-02-19' },
      ]);
      expect(findings.map((f) => f.code)).toContain('CITATION_DATE_CONFLICT');
    });
  });

  describe('single-date rules', () => {
    it('blocks a document dated after the report, without also warning about the cut-off', () => {
      const findings = checkCitations([{ symbol: '1/KH-SNV', date: '2020-10-01' }], { reportDate: '2020-09-20', window });
      expect(findings.map((f) => [f.code, f.severity])).toEqual([['CITATION_DATE_AFTER_REPORT', 'error']]);
    });

    it('warns about a document dated after the cut-off but before the report', () => {
      const findings = checkCitations([{ symbol: '1/KH-SNV', date: '2020-09-16' }], { reportDate: '2020-09-20', window });
      expect(findings.map((f) => [f.code, f.severity])).toEqual([['CITATION_DATE_AFTER_WINDOW', 'warning']]);
    });

    it('accepts a document dated on the cut-off day', () => {
      expect(checkCitations([{ symbol: '1/KH-SNV', date: '2020-09-14' }], { window })).toEqual([]);
    });

    it('warns when a normative symbol year differs from its date', () => {
      const [finding] = checkCitations([{ symbol: '20/2013/QĐ-UBND', date: '2014-05-07' }]);
      expect(finding).toMatchObject({ code: 'CITATION_NORMATIVE_YEAR_MISMATCH', path: 'citations[0]' });
    });

    it('warns once per symbol about an issuer written in another case', () => {
      const findings = checkCitations([
        { symbol: '20/QĐ-SngV', date: '2020-07-22' },
        { symbol: '20/QĐ-SngV', date: '2020-07-22' },
      ]);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ code: 'CITATION_ISSUER_CASE', details: { written: 'SngV', known: 'SNgV' } });
    });

    it('uses the agency codes it is given for the case check', () => {
      expect(checkCitations([{ symbol: '1/QĐ-SngV', date: null }], { agencyCodes: ['SNV'] })).toEqual([]);
    });
  });

  describe('normative symbols written without their year (docs/domain.md §14)', () => {
    it('warns and proposes the symbol with the year of the date', () => {
      const [finding, ...rest] = checkCitations([{ symbol: '107/NĐ-CP', date: '2021-12-06', path: 'preamble' }]);
      expect(rest).toEqual([]);
      expect(finding).toMatchObject({
        code: 'CITATION_NORMATIVE_WITHOUT_YEAR',
        severity: 'warning',
        path: 'preamble',
        details: { symbol: '107/NĐ-CP', date: '2021-12-06', proposedSymbol: '107/2021/NĐ-CP' },
      });
      expect(finding?.message.vi).toContain('107/NĐ-CP');
      expect(finding?.message.vi).toContain('107/2021/NĐ-CP');
      expect(finding?.message.en).toContain('107/2021/NĐ-CP');
    });

    it('says only that the year is missing when the date is unknown', () => {
      const [finding] = checkCitations([{ symbol: '107/NĐ-CP', date: null }]);
      expect(finding).toMatchObject({ code: 'CITATION_NORMATIVE_WITHOUT_YEAR', details: { symbol: '107/NĐ-CP', proposedSymbol: null } });
      expect(finding?.message.en).toContain('without its year');
      expect(finding?.message.vi).toContain('thiếu năm');
    });

    it.each([['12/TT-BNV'], ['02/TTLT-BNG-BNV'], ['3/NQLT-CP-UBTWMTTQVN']])('warns about %s', (symbol) => {
      expect(checkCitations([{ symbol, date: null }]).map((f) => f.code)).toEqual(['CITATION_NORMATIVE_WITHOUT_YEAR']);
    });

    it('keeps a drafting unit in the proposed symbol and warns once per symbol', () => {
      const findings = checkCitations([
        { symbol: '02/TTLT-BNG-BNV', date: '2015-06-29' },
        { symbol: '02/TTLT-BNG-BNV', date: '2015-06-29' },
      ]);
      expect(findings.map((f) => f.details?.proposedSymbol)).toEqual(['02/2015/TTLT-BNG-BNV']);
    });

    it('does not warn about types that also exist in the administrative form, nor about complete symbols', () => {
      expect(checkCitations([{ symbol: '25/QĐ-TTg', date: null }, { symbol: '30c/NQ-CP', date: null }, { symbol: '107/2021/NĐ-CP', date: '2021-12-06' }])).toEqual([]);
    });
  });

  describe('one document cited in two forms (docs/domain.md §14)', () => {
    it('asks a person which form is right for a type that has both forms', () => {
      const findings = checkCitations([
        { symbol: '25/QĐ-TTg', date: '2021-01-05', path: 'preamble' },
        { symbol: '25/2021/QĐ-TTg', date: '2021-01-05', path: 'sections[2].narrative' },
      ]);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({
        code: 'CITATION_TWO_FORMS',
        severity: 'warning',
        path: 'preamble',
        details: { symbol: '25/QĐ-TTg', normativeSymbol: '25/2021/QĐ-TTg', proposedSymbol: null, paths: ['preamble', 'sections[2].narrative'] },
      });
      expect(findings[0]?.message.vi).toContain('25/QĐ-TTg');
      expect(findings[0]?.message.vi).toContain('25/2021/QĐ-TTg');
      expect(findings[0]?.message.en).toContain('a person must check');
    });

    it('names the normative form as right for a normative-only type', () => {
      const findings = checkCitations([
        { symbol: '107/NĐ-CP', date: null },
        { symbol: '107/2021/NĐ-CP', date: '2021-12-06' },
      ]);
      const twoForms = findings.find((f) => f.code === 'CITATION_TWO_FORMS');
      expect(twoForms?.details).toMatchObject({ symbol: '107/NĐ-CP', proposedSymbol: '107/2021/NĐ-CP' });
      expect(twoForms?.message.en).toContain('the right form is 107/2021/NĐ-CP');
    });

    it('ignores leading zeros and the case of a known issuer, and gives one finding per pair', () => {
      const findings = checkCitations([
        { symbol: '025/QĐ-TTG', date: null },
        { symbol: '025/QĐ-TTG', date: null },
        { symbol: '25/2021/QĐ-TTg', date: null },
      ]);
      expect(findings.filter((f) => f.code === 'CITATION_TWO_FORMS')).toHaveLength(1);
    });

    it.each([
      ['another year', [{ symbol: '25/QĐ-TTg', date: '2020-01-05' }, { symbol: '25/2021/QĐ-TTg', date: '2021-01-05' }]],
      ['another number', [{ symbol: '26/QĐ-TTg', date: null }, { symbol: '25/2021/QĐ-TTg', date: null }]],
      ['another type', [{ symbol: '25/NQ-CP', date: null }, { symbol: '25/2021/QĐ-CP', date: null }]],
      ['another issuer', [{ symbol: '25/QĐ-UBND', date: null }, { symbol: '25/2021/QĐ-TTg', date: null }]],
    ])('does not pair documents of %s', (_case, citations) => {
      expect(checkCitations(citations)).toEqual([]);
    });
  });

  describe('an issuer named in the prose (docs/domain.md §14)', () => {
    it('warns when the named issuer contradicts the symbol', () => {
      const findings = checkCitations([{ symbol: '282/KH-KCNĐN', date: '2021-03-10', issuerInProse: 'UBND tỉnh', path: 'preamble' }]);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({
        code: 'CITATION_ISSUER_PROSE',
        severity: 'warning',
        path: 'preamble',
        details: { symbol: '282/KH-KCNĐN', issuer: 'KCNĐN', issuerInProse: 'UBND tỉnh', issuerCode: 'UBND' },
      });
      expect(findings[0]?.message.vi).toContain('282/KH-KCNĐN');
      expect(findings[0]?.message.vi).toContain('UBND tỉnh');
      expect(findings[0]?.message.en).toContain('KCNĐN');
    });

    it.each([
      ['20/2013/QĐ-UBND', 'UBND tỉnh'],
      ['04/QĐ-UBND', 'UBND xã'],
      ['31-CT/TU', 'Ban Thường vụ Tỉnh ủy'],
      ['21-KL/TW', 'Bộ Chính trị'],
      ['80/2015/QH13', 'Quốc hội'],
      ['02/2015/TTLT-BNG-BNV', 'Bộ Nội vụ'],
      ['02/TTLT-BNG-BNV', 'Bộ Nội vụ'],
      ['581/BNV-CCHC', 'Bộ Nội vụ'],
      ['25/QĐ-TTg', 'Thủ tướng Chính phủ'],
      ['1/KH-Ubnd', 'UBND tỉnh'],
      ['12/KH-KCNĐN', 'Ban Quản lý các Khu công nghiệp'],
      ['12/KH-SNV', 'Sở'],
    ])('does not warn about %s "của %s" (same issuer, or a name it does not know)', (symbol, issuerInProse) => {
      const codes = checkCitations([{ symbol, date: null, issuerInProse }]).map((f) => f.code);
      expect(codes).not.toContain('CITATION_ISSUER_PROSE');
    });

    it('reads the issuer from running text', () => {
      const text = 'Kế hoạch số 282/KH-KCNĐN ngày 10/3/2021 của UBND tỉnh về cải cách hành chính';
      expect(checkCitations(findCitations(text)).map((f) => f.code)).toEqual(['CITATION_ISSUER_PROSE']);
    });
  });

  describe('number order (soft)', () => {
    it('warns when a later document of one issuer and type has a lower number', () => {
      const findings = checkCitations([
        { symbol: '408/KH-SNgV', date: '2020-08-25' },
        { symbol: '75/KH-SNgV', date: '2020-09-01' },
      ]);
      expect(findings.map((f) => f.code)).toEqual(['CITATION_NUMBER_ORDER']);
      expect(findings[0]?.path).toBe('citations[1]');
    });

    it('does not compare different years, types or issuers', () => {
      expect(
        checkCitations([
          { symbol: '408/KH-SNgV', date: '2019-08-25' },
          { symbol: '75/KH-SNgV', date: '2020-09-01' },
          { symbol: '20/QĐ-SNgV', date: '2020-09-02' },
          { symbol: '3/KH-SNV', date: '2020-09-03' },
        ]),
      ).toEqual([]);
    });
  });

  describe('on the seed report', () => {
    const findings = checkCitations(findCitations(seedText), { reportDate: '2020-09-30', window });
    const conflicts = findings.filter((f) => f.code === 'CITATION_DATE_CONFLICT');

    it('reports exactly the two conflicts of docs/domain.md §2', () => {
      expect(conflicts.map((f) => [f.details?.symbol, f.details?.proposedDate])).toEqual([
        ['05-NQ/TU', null],
        ['565/KH-SNgV', '2019-10-23'],
      ]);
    });

    it('reports the issuer-case warnings for SngV and SNGV', () => {
      const cases = findings.filter((f) => f.code === 'CITATION_ISSUER_CASE').map((f) => f.details?.symbol);
      expect(cases).toEqual(['20/QĐ-SngV', '75/KH-SNGV']);
    });

    it('blocks the 2020 date of 565/KH-SNgV, later than the report itself, and nothing else', () => {
      const others = findings.filter((f) => f.code !== 'CITATION_DATE_CONFLICT' && f.code !== 'CITATION_ISSUER_CASE');
      expect(others.map((f) => [f.code, f.details?.symbol, f.details?.date])).toEqual([
        ['CITATION_DATE_AFTER_REPORT', '565/KH-SNgV', '2020-10-23'],
      ]);
    });

    it('warns about the cut-off instead when no report date is known', () => {
      const withoutDate = checkCitations(findCitations(seedText), { window });
      expect(withoutDate.filter((f) => f.code === 'CITATION_DATE_AFTER_WINDOW').map((f) => f.details?.date)).toEqual(['2020-10-23']);
    });
  });
});
