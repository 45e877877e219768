import { dashboardLinkQuery, parseDashboardLink } from './dashboard-link.js';

describe(parseDashboardLink.name, () => {
  it('reads the year, period kind and agency kind of a link', () => {
    expect(parseDashboardLink({ year: '2020', kind: 'M9', agencyKind: 'commune' })).toEqual({ year: 2020, kind: 'M9', agencyKind: 'commune' });
    expect(parseDashboardLink({ structure: 'restated' })).toEqual({ structure: 'restated' });
  });

  it('leaves out what is missing or not a valid value', () => {
    expect(parseDashboardLink({ year: 'twenty', kind: 'Q5', agencyKind: 'planet', structure: 'today' })).toEqual({});
    expect(parseDashboardLink({ year: '1850' })).toEqual({});
    expect(parseDashboardLink({ year: ['2021', '2020'] })).toEqual({ year: 2021 });
    expect(parseDashboardLink({})).toEqual({});
  });
});

describe(dashboardLinkQuery.name, () => {
  it('writes what is chosen and reads back the same', () => {
    const query = dashboardLinkQuery({ year: 2020, kind: 'YEAR', agencyKind: null, structure: 'restated' });
    expect(query).toEqual({ year: '2020', kind: 'YEAR', structure: 'restated' });
    expect(parseDashboardLink(query)).toEqual({ year: 2020, kind: 'YEAR', structure: 'restated' });
    expect(dashboardLinkQuery({ year: null, kind: null, agencyKind: null, structure: 'reported' })).toEqual({});
  });
});
