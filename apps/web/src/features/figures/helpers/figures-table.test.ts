import type { FiguresRowDto } from '@cchc/domain';
import { countedLevels, rowValue, totalOf, visibleRows } from './figures-table.js';

const row = (code: string, name: string, kind: FiguresRowDto['agency']['kind'], status: FiguresRowDto['status'], resolved: number | null): FiguresRowDto => ({
  agency: { id: `00000000-0000-4000-8000-0000000000${code.length}${name.length}`, code, name: { vi: name, en: name }, kind },
  level: kind === 'commune' ? 'commune' : kind === 'district' ? 'district' : 'province',
  status,
  expected: true,
  reportId: null,
  counted: status === 'ACCEPTED',
  values: resolved === null ? null : [{ code: 'DOSSIERS.RESOLVED', value: resolved, origin: 'derived', sources: [], note: '', asPublished: false }],
});

const rows = [
  row('STP', 'Sở Tư pháp', 'department', 'ACCEPTED', 12),
  row('SNV', 'Sở Nội vụ', 'department', 'MISSING', null),
  row('XA', 'UBND xã Ân Phú', 'commune', 'ACCEPTED', 40),
  row('SNgV', 'Sở Ngoại vụ', 'department', 'SUBMITTED', 3),
];
const all = { agencyKind: '' as const, level: '' as const };
const codes = (list: FiguresRowDto[]): string[] => list.map((r) => r.agency.code);

describe('visibleRows', () => {
  it('sorts by a figure both ways, the rows without one last either way', () => {
    expect(codes(visibleRows(rows, all, { column: 'DOSSIERS.RESOLVED', direction: 'desc' }))).toEqual(['XA', 'STP', 'SNgV', 'SNV']);
    expect(codes(visibleRows(rows, all, { column: 'DOSSIERS.RESOLVED', direction: 'asc' }))).toEqual(['SNgV', 'STP', 'XA', 'SNV']);
  });

  it('sorts by name in Vietnamese order, and by status furthest along first', () => {
    expect(codes(visibleRows(rows, all, { column: 'agency', direction: 'asc' }))).toEqual(['SNgV', 'SNV', 'STP', 'XA']);
    expect(codes(visibleRows(rows, all, { column: 'status', direction: 'asc' }))).toEqual(['STP', 'XA', 'SNgV', 'SNV']);
  });

  it('filters by agency kind and by level', () => {
    expect(codes(visibleRows(rows, { agencyKind: 'commune', level: '' }, { column: 'agency', direction: 'asc' }))).toEqual(['XA']);
    expect(codes(visibleRows(rows, { agencyKind: '', level: 'province' }, { column: 'agency', direction: 'asc' }))).toEqual(['SNgV', 'SNV', 'STP']);
  });
});

describe('totals', () => {
  const totals = [
    {
      code: 'DOSSIERS.RESOLVED',
      value: 52,
      contributions: [],
      missing: [],
      byLevel: { province: { value: 12, contributions: [], missing: [] }, commune: { value: 40, contributions: [], missing: [] } },
    },
  ];
  it("finds the province's total and a level's", () => {
    expect(totalOf(totals, 'DOSSIERS.RESOLVED', null)?.value).toBe(52);
    expect(totalOf(totals, 'DOSSIERS.RESOLVED', 'commune')?.value).toBe(40);
    expect(totalOf(totals, 'DOSSIERS.RESOLVED', 'district')).toBeNull();
    expect(totalOf(totals, 'NOPE', null)).toBeNull();
  });

  it('lists the levels with counted rows, in order', () => {
    expect(countedLevels(rows)).toEqual(['province', 'commune']);
    expect(rowValue(rows[0]!, 'DOSSIERS.RESOLVED')).toBe(12);
    expect(rowValue(rows[1]!, 'DOSSIERS.RESOLVED')).toBeNull();
  });
});
