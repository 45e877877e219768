import {
  DashboardAreasQuerySchema,
  DashboardDossierQuerySchema,
  DashboardRankingQuerySchema,
  DashboardStatusQuerySchema,
} from './dashboard.contract.js';

const id = (n: number): string => `1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5${n}`;

describe('DashboardStatusQuerySchema', () => {
  it('reads the year from a query string', () => {
    expect(DashboardStatusQuerySchema.parse({ year: '2020' })).toEqual({ year: 2020 });
  });

  it('rejects a missing year, an unknown kind and a parameter it does not know', () => {
    expect(DashboardStatusQuerySchema.safeParse({}).success).toBe(false);
    expect(DashboardStatusQuerySchema.safeParse({ year: '2020', kind: 'Q2' }).success).toBe(false);
    expect(DashboardStatusQuerySchema.safeParse({ year: '2020', agency: 'x' }).success).toBe(false);
  });

  it('rejects a year that is not a whole number in range', () => {
    expect(DashboardStatusQuerySchema.safeParse({ year: 'abc' }).success).toBe(false);
    expect(DashboardStatusQuerySchema.safeParse({ year: '2020.5' }).success).toBe(false);
    expect(DashboardStatusQuerySchema.safeParse({ year: '1999' }).success).toBe(false);
  });
});

describe('DashboardDossierQuerySchema', () => {
  it('takes agency ids separated by commas or repeated', () => {
    expect(DashboardDossierQuerySchema.parse({ year: '2020', agencyIds: `${id(1)}, ${id(2)}` }).agencyIds).toEqual([id(1), id(2)]);
    expect(DashboardDossierQuerySchema.parse({ year: '2020', agencyIds: [id(1), id(2)] }).agencyIds).toEqual([id(1), id(2)]);
  });

  it('rejects an agency id that is not a uuid, and an empty list', () => {
    const bad = DashboardDossierQuerySchema.safeParse({ year: '2020', agencyIds: `${id(1)},SNgV` });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['agencyIds', 1]);
    expect(DashboardDossierQuerySchema.safeParse({ year: '2020', agencyIds: '' }).success).toBe(false);
  });
});

describe('DashboardAreasQuerySchema', () => {
  it('takes a reform area key and rejects an unknown one', () => {
    expect(DashboardAreasQuerySchema.parse({ year: '2021', areaKey: 'PROCEDURES' }).areaKey).toBe('PROCEDURES');
    expect(DashboardAreasQuerySchema.safeParse({ year: '2021', areaKey: 'UNASSIGNED' }).success).toBe(false);
  });
});

describe('DashboardRankingQuerySchema', () => {
  it('leaves the order to the figure when none is asked for', () => {
    expect(DashboardRankingQuerySchema.parse({ periodId: id(1), figure: 'lateRate' })).toEqual({ periodId: id(1), figure: 'lateRate' });
  });

  it('rejects a figure it cannot rank by, and an unknown order', () => {
    expect(DashboardRankingQuerySchema.safeParse({ periodId: id(1), figure: 'carriedOver' }).success).toBe(false);
    expect(DashboardRankingQuerySchema.safeParse({ periodId: id(1), figure: 'plans', order: 'up' }).success).toBe(false);
  });
});
