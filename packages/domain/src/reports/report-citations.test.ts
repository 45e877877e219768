import { reportCitations } from './report-citations.js';

const empty = { preamble: '', sections: [], documents: [], plans: [], decisions: [], letters: [] };

describe(reportCitations.name, () => {
  it('finds nothing in an empty report', () => {
    expect(reportCitations(empty)).toEqual([]);
  });

  it('reads citations from headings and narratives with their paths', () => {
    const sections = [
      { kind: 'PROVINCE_SPECIFIC' as const, areaKey: null, provinceSection: 'QNG.DISCIPLINE', heading: 'Quyết định số 20/2013/QĐ-UBND ngày 07/5/2013', narrative: 'Công văn số 419/SNgV-VP ngày 27/8/2020' },
    ];
    expect(reportCitations({ ...empty, sections })).toEqual([
      { symbol: '20/2013/QĐ-UBND', date: '2013-05-07', path: 'sections[0].heading' },
      { symbol: '419/SNgV-VP', date: '2020-08-27', path: 'sections[0].narrative' },
    ]);
  });

  it('passes on the issuer named in the running text', () => {
    const preamble = 'Kế hoạch số 282/KH-KCNĐN ngày 10/3/2021 của UBND tỉnh; Công văn số 12/BXTĐT-HCTH';
    expect(reportCitations({ ...empty, preamble })).toEqual([
      { symbol: '282/KH-KCNĐN', date: '2021-03-10', issuerInProse: 'UBND tỉnh', path: 'preamble' },
      { symbol: '12/BXTĐT-HCTH', date: null, path: 'preamble' },
    ]);
    expect(reportCitations({ ...empty, preamble })[1]).not.toHaveProperty('issuerInProse');
  });

  it('adds structured documents, plans, decisions and letters', () => {
    const citations = reportCitations({
      ...empty,
      documents: [{ symbol: '30c/NQ-CP', date: '2011-11-08', relation: 'CITED' }],
      plans: [{ symbol: '73/KH-SNgV', date: '2020-02-18', title: 't', areaKey: null, year: 2020, tasks: [] }],
      decisions: [{ symbol: '23/QĐ-SNgV', date: '2020-08-13', purpose: 'SET_UP_TEAM', summary: 's' }],
      letters: [{ symbol: '323/SNgV-VP', date: '2020-07-07', recipients: [], summary: 's' }],
    });
    expect(citations.map((c) => c.path)).toEqual(['documents[0]', 'plans[0]', 'decisions[0]', 'letters[0]']);
  });
});
