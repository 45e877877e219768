import type { AgencyDto } from '@cchc/domain';
import { agency } from '../../../../test/factories/dashboard.factories.js';
import { agenciesToPick, picksOfKind } from './pickable-agencies.js';

const reference = (code: string, overrides: Partial<AgencyDto> = {}): AgencyDto => ({ ...agency(code), parentId: null, ...overrides });

const province = reference('UBND', { kind: 'province' });
const sngv = reference('SNgV');
const stnmt = reference('STNMT', { validTo: '2025-02-28' });
const snnmt = reference('SNNMT', { validFrom: '2025-03-01' });
const bql = reference('BQL', { kind: 'board' });
const hcm = reference('HCM', { kind: 'district', validTo: '2025-06-30' });
const agencies = [province, sngv, stnmt, snnmt, bql, hcm];
const codes = (list: readonly { code: string }[]): string[] => list.map((a) => a.code);

describe(agenciesToPick.name, () => {
  it('lists the reporting agencies that existed in the year, the province left out, in the reference order', () => {
    expect(codes(agenciesToPick(agencies, 2020, null))).toEqual(['SNgV', 'STNMT', 'BQL', 'HCM']);
    // An agency that existed for part of the year is there: STNMT until February, SNNMT from March.
    expect(codes(agenciesToPick(agencies, 2025, null))).toEqual(['SNgV', 'STNMT', 'SNNMT', 'BQL', 'HCM']);
    expect(codes(agenciesToPick(agencies, 2026, null))).toEqual(['SNgV', 'SNNMT', 'BQL']);
  });

  it('lists the agencies of the kind chosen only', () => {
    expect(codes(agenciesToPick(agencies, 2025, 'department'))).toEqual(['SNgV', 'STNMT', 'SNNMT']);
    expect(codes(agenciesToPick(agencies, 2025, 'province'))).toEqual([]);
  });

  it('names each agency as the dashboard does, without the reference fields it does not use', () => {
    expect(agenciesToPick([sngv], 2020, null)).toEqual([
      { id: sngv.id, code: 'SNgV', name: sngv.name, kind: 'department', validFrom: sngv.validFrom, validTo: null },
    ]);
  });
});

describe(picksOfKind.name, () => {
  it('keeps the picks, in the order picked, when no agency kind is chosen', () => {
    expect(picksOfKind([bql.id, sngv.id], agencies, null)).toEqual([bql.id, sngv.id]);
  });

  it('sets aside the picks of another kind', () => {
    expect(picksOfKind([bql.id, sngv.id, hcm.id], agencies, 'department')).toEqual([sngv.id]);
  });

  it('is null when nothing is picked or no pick applies: the busiest apply', () => {
    expect(picksOfKind(null, agencies, null)).toBeNull();
    expect(picksOfKind([], agencies, null)).toBeNull();
    expect(picksOfKind([bql.id], agencies, 'district')).toBeNull();
  });

  it('keeps a pick the reference data does not know (not loaded yet), and each pick once', () => {
    expect(picksOfKind(['unknown', sngv.id, sngv.id], [], 'department')).toEqual(['unknown', sngv.id]);
  });
});
