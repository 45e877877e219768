import { AgencyListQuerySchema, PeriodListQuerySchema } from './reference-data.contract.js';

describe('AgencyListQuerySchema', () => {
  it('rejects an unknown kind and a malformed date, naming both fields', () => {
    const result = AgencyListQuerySchema.safeParse({ kind: 'ministry', activeOn: '2020-13-01' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['activeOn', 'kind']);
  });

  it('rejects a filter it does not know', () => {
    expect(AgencyListQuerySchema.safeParse({ name: 'x' }).success).toBe(false);
  });

  it('accepts no filter at all', () => {
    expect(AgencyListQuerySchema.parse({})).toEqual({});
  });
});

describe('PeriodListQuerySchema', () => {
  it('turns the year of a query string into a number', () => {
    expect(PeriodListQuerySchema.parse({ year: '2020', kind: 'M9' })).toEqual({ year: 2020, kind: 'M9' });
  });

  it('rejects a year that is not a whole number', () => {
    expect(PeriodListQuerySchema.safeParse({ year: '20x0' }).success).toBe(false);
  });
});
