import { DEFAULT_BLOCK, figuresLinkQuery, parseFiguresLink } from './figures-link.js';

describe('the figures page address', () => {
  it('opens on the dossiers, every agency, by name, accepted reports only', () => {
    expect(parseFiguresLink({})).toEqual({
      periodId: null,
      block: DEFAULT_BLOCK,
      agencyKind: '',
      level: '',
      sort: { column: 'agency', direction: 'asc' },
      includeSubmitted: false,
    });
    expect(figuresLinkQuery(parseFiguresLink({}))).toEqual({});
  });

  it('keeps a view through its address', () => {
    const query = { period: 'p1', block: 'DIGITAL_GOVERNMENT', agencyKind: 'commune', level: 'commune', sort: 'DOSSIERS.RESOLVED', dir: 'asc', submitted: '1' };
    expect(figuresLinkQuery(parseFiguresLink(query))).toEqual(query);
  });

  it('ignores what it does not know', () => {
    const view = parseFiguresLink({ agencyKind: 'ministry', level: 'nation', dir: 'sideways', sort: 'X', submitted: 'yes' });
    expect(view).toMatchObject({ agencyKind: '', level: '', sort: { column: 'X', direction: 'desc' }, includeSubmitted: false });
  });
});
