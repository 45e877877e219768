import { agencyExistsOn, agencyHistory, closingDay, filterAgencies } from './agency-history.js';
import { agencyFactory, viText } from './test-support.js';

describe(agencyExistsOn.name, () => {
  it('counts the last day as a day of existence, and an open end as today', () => {
    const closed = { validFrom: '2020-01-01', validTo: '2025-02-28' };
    expect(agencyExistsOn(closed, '2025-02-28')).toBe(true);
    expect(agencyExistsOn(closed, '2025-03-01')).toBe(false);
    expect(agencyExistsOn(closed, '2019-12-31')).toBe(false);
    expect(agencyExistsOn({ validFrom: '2025-03-01', validTo: null }, '2030-01-01')).toBe(true);
  });
});

describe(closingDay.name, () => {
  it('is the day before the successor takes over, across months and leap years', () => {
    expect(closingDay('2025-03-01')).toBe('2025-02-28');
    expect(closingDay('2024-03-01')).toBe('2024-02-29');
  });

  it('is null while the date is incomplete or impossible', () => {
    expect(closingDay('')).toBeNull();
    expect(closingDay('01/03')).toBeNull();
    expect(closingDay('2025-02-30')).toBeNull();
  });
});

describe(agencyHistory.name, () => {
  const stc = agencyFactory({ code: 'STC', name: { vi: 'Sở Tài chính', en: 'Department of Finance' } });
  const snnmt = agencyFactory({ code: 'SNNMT', name: { vi: 'Sở Nông nghiệp và Môi trường', en: 'Department of Agriculture and Environment' }, validFrom: '2025-03-01' });

  it('says "merged into" when the agency closed the day before its successor took over', () => {
    const skhdt = agencyFactory({
      code: 'SKHĐT',
      validTo: '2025-02-28',
      successors: [{ agencyId: stc.id, code: 'STC', effectiveOn: '2025-03-01', note: 'Nghị định 45/2025/NĐ-CP' }],
    });
    const [link] = agencyHistory(skhdt, [stc, skhdt], 'vi');
    expect(link).toMatchObject({ key: 'mergedInto', note: 'Nghị định 45/2025/NĐ-CP', agencyId: stc.id });
    expect(viText(`agencies.${link?.key ?? ''}`, link?.params)).toBe('Sáp nhập vào Sở Tài chính từ 01/03/2025');
  });

  it('says "duties moved" when the agency went on after the succession', () => {
    const open = agencyFactory({ successors: [{ agencyId: snnmt.id, code: 'SNNMT', effectiveOn: '2025-03-01', note: null }] });
    expect(agencyHistory(open, [snnmt], 'en')[0]).toMatchObject({ key: 'dutiesTo', params: { name: 'Department of Agriculture and Environment', date: '01/03/2025' } });
  });

  it('lists the agencies taken over, oldest first, by code when the name is unknown', () => {
    const merged = agencyFactory({
      ...snnmt,
      predecessors: [
        { agencyId: 'b0000000-0000-4000-8000-000000000002', code: 'STNMT', effectiveOn: '2025-03-01', note: null },
        { agencyId: 'b0000000-0000-4000-8000-000000000001', code: 'SNNPTNT', effectiveOn: '2024-03-01', note: null },
      ],
    });
    const history = agencyHistory(merged, [], 'vi');
    expect(history.map((h) => viText(`agencies.${h.key}`, h.params))).toEqual(['Tiếp nhận SNNPTNT từ 01/03/2024', 'Tiếp nhận STNMT từ 01/03/2025']);
  });
});

describe(filterAgencies.name, () => {
  const agencies = [
    agencyFactory({ code: 'SNNPTNT', validTo: '2025-02-28' }),
    agencyFactory({ code: 'SNNMT', name: { vi: 'Sở Nông nghiệp và Môi trường', en: 'Agriculture and Environment' }, validFrom: '2025-03-01' }),
    agencyFactory({ code: 'HBS', name: { vi: 'UBND huyện Bình Sơn', en: 'Binh Son' }, kind: 'district' }),
  ];
  const codes = (filter: Parameters<typeof filterAgencies>[1]): string[] => filterAgencies(agencies, filter).map((a) => a.code);

  it('keeps everything with no filter', () => {
    expect(codes({ kind: '', activeOn: '', search: '' })).toEqual(['SNNPTNT', 'SNNMT', 'HBS']);
  });

  it('keeps the structure valid on a day', () => {
    expect(codes({ kind: '', activeOn: '2025-02-28', search: '' })).toEqual(['SNNPTNT', 'HBS']);
    expect(codes({ kind: 'department', activeOn: '2025-03-01', search: '' })).toEqual(['SNNMT']);
  });

  it('ignores a day still being typed', () => {
    expect(codes({ kind: '', activeOn: '01/03', search: '' })).toHaveLength(3);
  });

  it('finds names without their accents, and codes', () => {
    expect(codes({ kind: '', activeOn: '', search: 'nong nghiep' })).toEqual(['SNNPTNT', 'SNNMT']);
    expect(codes({ kind: '', activeOn: '', search: 'binh son' })).toEqual(['HBS']);
    expect(codes({ kind: '', activeOn: '', search: 'snnmt' })).toEqual(['SNNMT']);
  });
});
