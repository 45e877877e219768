import {
  AdminAuditQuerySchema,
  AgencyCodeSchema,
  AgencyCreateBodySchema,
  AgencySuccessionBodySchema,
  AgencyUpdateBodySchema,
  PeriodCreateBodySchema,
  PeriodUpdateBodySchema,
  UserCreateBodySchema,
  UserListQuerySchema,
  UserUpdateBodySchema,
} from './admin.contract.js';

const paths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] =>
  [...new Set((result.error?.issues ?? []).map((i) => i.path.map(String).join('.')))].sort();

const snnmt = {
  code: 'SNNMT',
  name: { vi: 'Sở Nông nghiệp và Môi trường', en: 'Department of Agriculture and Environment' },
  kind: 'department',
  validFrom: '2025-03-01',
};

describe('AgencyCodeSchema', () => {
  it('accepts the codes officials write, Đ and lower-case letters included', () => {
    for (const code of ['SNgV', 'SKHĐT', 'SLĐTBXH', 'UBND.HBS']) expect(AgencyCodeSchema.parse(code)).toBe(code);
  });

  it('rejects spaces and an empty code', () => {
    expect(AgencyCodeSchema.safeParse('S NV').success).toBe(false);
    expect(AgencyCodeSchema.safeParse('  ').success).toBe(false);
  });
});

describe('AgencyCreateBodySchema', () => {
  it('defaults the parent and the end of validity to none', () => {
    expect(AgencyCreateBodySchema.parse(snnmt)).toEqual({ ...snnmt, parentId: null, validTo: null });
  });

  it('rejects a validity that ends before it starts, naming validTo', () => {
    expect(paths(AgencyCreateBodySchema.safeParse({ ...snnmt, validTo: '2025-02-28' }))).toEqual(['validTo']);
  });

  it('names every malformed field and refuses unknown ones', () => {
    const result = AgencyCreateBodySchema.safeParse({ code: '', name: { vi: 'x' }, kind: 'ministry', validFrom: '2025-02-30', extra: 1 });
    expect(paths(result)).toEqual(['', 'code', 'kind', 'name.en', 'validFrom']);
  });
});

describe('AgencyUpdateBodySchema', () => {
  it('needs a version and something to change', () => {
    expect(paths(AgencyUpdateBodySchema.safeParse({ validTo: '2025-02-28' }))).toEqual(['version']);
    expect(AgencyUpdateBodySchema.safeParse({ version: 1 }).success).toBe(false);
  });

  it('accepts closing and reopening', () => {
    expect(AgencyUpdateBodySchema.parse({ version: 2, validTo: '2025-02-28' })).toEqual({ version: 2, validTo: '2025-02-28' });
    expect(AgencyUpdateBodySchema.parse({ version: 2, validTo: null })).toEqual({ version: 2, validTo: null });
  });

  it('rejects an interval ending before it starts when both ends are sent', () => {
    expect(paths(AgencyUpdateBodySchema.safeParse({ version: 1, validFrom: '2025-03-01', validTo: '2025-01-01' }))).toEqual(['validTo']);
  });
});

describe('AgencySuccessionBodySchema', () => {
  it('closes the predecessor by default', () => {
    const id = '3f7c2a7e-5d0c-4b8e-9a51-0a3b7d1c9e21';
    expect(AgencySuccessionBodySchema.parse({ successorId: id, effectiveOn: '2025-03-01' })).toEqual({
      successorId: id,
      effectiveOn: '2025-03-01',
      note: null,
      closePredecessor: true,
    });
  });
});

describe('UserCreateBodySchema', () => {
  const reporter = { username: 'sngv', password: 'long-enough', displayName: 'Cán bộ SNgV', role: 'reporter', agencyId: '3f7c2a7e-5d0c-4b8e-9a51-0a3b7d1c9e21' };

  it('accepts a reporter bound to an agency', () => {
    expect(UserCreateBodySchema.parse(reporter)).toEqual(reporter);
  });

  it('rejects a short password and a username with spaces', () => {
    expect(paths(UserCreateBodySchema.safeParse({ ...reporter, username: 'a b', password: 'short' }))).toEqual(['password', 'username']);
  });

  it('rejects a reporter without an agency and a reviewer with one, naming agencyId', () => {
    expect(paths(UserCreateBodySchema.safeParse({ ...reporter, agencyId: null }))).toEqual(['agencyId']);
    expect(paths(UserCreateBodySchema.safeParse({ ...reporter, role: 'reviewer' }))).toEqual(['agencyId']);
    expect(UserCreateBodySchema.parse({ ...reporter, role: 'admin', agencyId: undefined }).agencyId).toBeNull();
  });
});

describe('UserUpdateBodySchema', () => {
  it('accepts deactivation alone', () => {
    expect(UserUpdateBodySchema.parse({ version: 1, active: false })).toEqual({ version: 1, active: false });
  });

  it('refuses a password (that has its own route)', () => {
    expect(UserUpdateBodySchema.safeParse({ version: 1, password: 'long-enough' }).success).toBe(false);
  });
});

describe('UserListQuerySchema', () => {
  it('reads the active flag of a query string', () => {
    expect(UserListQuerySchema.parse({ role: 'reporter', active: 'false' })).toEqual({ role: 'reporter', active: false });
    expect(UserListQuerySchema.safeParse({ active: 'yes' }).success).toBe(false);
  });
});

describe('PeriodCreateBodySchema', () => {
  it('accepts a standard period with its window left to the domain', () => {
    expect(PeriodCreateBodySchema.parse({ kind: 'Q3', year: 2025 })).toEqual({ kind: 'Q3', year: 2025, graceDays: 0 });
  });

  it('refuses a standard deadline before the end of its window', () => {
    expect(paths(PeriodCreateBodySchema.safeParse({ kind: 'M9', year: 2020, deadline: '2020-09-13' }))).toEqual(['deadline']);
  });

  it('refuses a title or dates on a standard period', () => {
    expect(PeriodCreateBodySchema.safeParse({ kind: 'Q1', year: 2025, windowFrom: '2025-01-01' }).success).toBe(false);
  });

  it('needs an ad hoc period to bring its title and ordered dates', () => {
    const adhoc = {
      kind: 'ADHOC',
      year: 2025,
      title: { vi: 'Báo cáo đột xuất sắp xếp bộ máy', en: 'Ad hoc report on the restructuring' },
      windowFrom: '2025-03-01',
      windowTo: '2025-03-31',
      deadline: '2025-04-05',
    };
    expect(PeriodCreateBodySchema.parse(adhoc)).toEqual({ ...adhoc, graceDays: 0 });
    expect(paths(PeriodCreateBodySchema.safeParse({ ...adhoc, deadline: '2025-03-30' }))).toEqual(['deadline']);
    expect(paths(PeriodCreateBodySchema.safeParse({ ...adhoc, title: undefined }))).toEqual(['title']);
  });

  it('names the kind when it is unknown', () => {
    expect(paths(PeriodCreateBodySchema.safeParse({ kind: 'Q2', year: 2025 }))).toEqual(['kind']);
  });
});

describe('PeriodUpdateBodySchema', () => {
  it('accepts a new deadline and grace days', () => {
    expect(PeriodUpdateBodySchema.parse({ version: 3, deadline: '2025-09-25', graceDays: 5 })).toEqual({
      version: 3,
      deadline: '2025-09-25',
      graceDays: 5,
    });
  });

  it('refuses negative grace days', () => {
    expect(paths(PeriodUpdateBodySchema.safeParse({ version: 1, graceDays: -1 }))).toEqual(['graceDays']);
  });
});

describe('AdminAuditQuerySchema', () => {
  it('defaults the limit and reads it from a query string', () => {
    expect(AdminAuditQuerySchema.parse({})).toEqual({ limit: 200 });
    expect(AdminAuditQuerySchema.parse({ entityType: 'agency', limit: '5' })).toEqual({ entityType: 'agency', limit: 5 });
  });
});
