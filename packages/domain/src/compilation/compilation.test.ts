import { SNGV_M9_2020_REPORT } from '../examples/sngv-m9-2020-report.js';
import { INDICATOR_SET_76_V1 } from '../indicators/default-indicator-set.js';
import { programmeForYear } from '../programmes/programme-for-year.js';
import { ReportSchema, type Report } from '../reports/report.schema.js';
import { CompilationSnapshotSchema } from '../contracts/compilation.contract.js';
import { compilationOutline } from './compilation-outline.js';
import { compileProvinceReport, reportingDiscipline, type CompilationAgency, type CompilationReport } from './compile-province-report.js';
import { reportChanges, totalChanges } from './compilation-changes.js';
import { statedLines, withStatedValues } from './stated-values.js';

const id = (n: number): string => `00000000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`;
const outline = compilationOutline(programmeForYear(2023), INDICATOR_SET_76_V1);

const content = (received: number, overrides: Partial<Report> = {}): Report =>
  ReportSchema.parse({
    ...SNGV_M9_2020_REPORT,
    period: { year: 2023, kind: 'M9' },
    programme: '76',
    dossier: { ...SNGV_M9_2020_REPORT.dossier, receivedInPerson: received, resolvedOnTime: received - 2, pendingWithinTime: 2, stated: undefined },
    sections: [
      { kind: 'DIRECTION', narrative: 'Ban hành Kế hoạch CCHC năm 2023.' },
      { kind: 'AREA', areaKey: 'PROCEDURES', narrative: `Tiếp nhận ${received} hồ sơ.` },
    ],
    difficulties: ['Thiếu nhân lực'],
    ...overrides,
  });

const agencies: CompilationAgency[] = [
  { id: id(1), code: 'SNgV', name: { vi: 'Sở Ngoại vụ', en: 'Foreign Affairs' }, kind: 'department' },
  { id: id(2), code: 'STP', name: { vi: 'Sở Tư pháp', en: 'Justice' }, kind: 'department' },
  { id: id(3), code: 'XA', name: { vi: 'UBND xã A', en: 'Commune A' }, kind: 'commune' },
  { id: id(4), code: 'SNV', name: { vi: 'Sở Nội vụ', en: 'Home Affairs' }, kind: 'department' },
];
const reports: CompilationReport[] = [
  { id: id(11), agencyId: id(1), status: 'ACCEPTED', version: 3, timing: 'ON_TIME', daysLate: 0, content: content(14) },
  { id: id(12), agencyId: id(2), status: 'SUBMITTED', version: 2, timing: 'LATE', daysLate: 2, content: content(6) },
  { id: id(13), agencyId: id(3), status: 'ACCEPTED', version: 4, timing: 'AFTER_GRACE', daysLate: 9, content: content(30, { indicators: [{ code: 'DIGITAL_GOVERNMENT.ISO_9001', value: true, note: '', asPublished: false }] }) },
  { id: id(14), agencyId: id(4), status: 'DRAFT', version: 1, timing: null, daysLate: null, content: null },
];
const compile = (includeSubmitted = false) => compileProvinceReport({ set: INDICATOR_SET_76_V1, outline, expected: agencies, agencies, reports, includeSubmitted });
const part = (key: string, snapshot = compile()) => snapshot.parts.find((p) => p.key === key)!;

describe(compilationOutline.name, () => {
  it('has the five parts of the guidance, the areas of the programme in force under II', () => {
    expect(outline.map((p) => `${p.number} ${p.key}`)).toEqual([
      'I. DIRECTION',
      'II. RESULTS',
      '1. AREA.INSTITUTIONAL',
      '2. AREA.PROCEDURES',
      '3. AREA.APPARATUS',
      '4. AREA.CIVIL_SERVICE',
      '5. AREA.PUBLIC_FINANCE',
      '6. AREA.MODERNISATION',
      'III. ASSESSMENT',
      'IV. NEXT_TASKS',
      'V. PROPOSALS',
    ]);
    expect(outline.find((p) => p.key === 'AREA.CIVIL_SERVICE')?.title.vi).toBe('Cải cách chế độ công vụ');
    expect(outline.find((p) => p.key === 'AREA.PROCEDURES')?.blocks).toEqual(['PROCEDURES', 'DOSSIERS']);
    expect(outline.find((p) => p.key === 'DIRECTION')?.blocks).toEqual(['DIRECTION', 'INSPECTION']);
  });

  it('names the 2011-2020 areas for a report under that programme', () => {
    expect(compilationOutline(programmeForYear(2020), null).find((p) => p.key === 'AREA.CIVIL_SERVICE')?.title.vi).toContain('đội ngũ');
  });
});

describe(compileProvinceReport.name, () => {
  it('writes the province figures of each part as sentences, from the accepted reports', () => {
    const lines = part('AREA.PROCEDURES').figures.map((f) => f.text.vi);
    expect(lines).toContain('Số hồ sơ mới tiếp nhận: 44');
    expect(lines).toContain('Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn: 100%');
    expect(part('AREA.MODERNISATION').figures.map((f) => f.text.vi)).toContain('Áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001: 1/1 cơ quan, đơn vị');
    expect(compile(true).parts.find((p) => p.key === 'AREA.PROCEDURES')?.figures.map((f) => f.text.vi)).toContain('Số hồ sơ mới tiếp nhận: 50');
  });

  it("gathers the agencies' own text for each part, attributed, the submitted one marked as not counted", () => {
    expect(part('AREA.PROCEDURES').sources).toEqual([
      { agencyId: id(1), reportId: id(11), counted: true, text: 'Tiếp nhận 14 hồ sơ.' },
      { agencyId: id(2), reportId: id(12), counted: false, text: 'Tiếp nhận 6 hồ sơ.' },
      { agencyId: id(3), reportId: id(13), counted: true, text: 'Tiếp nhận 30 hồ sơ.' },
    ]);
    expect(part('PROPOSALS').sources.map((s) => s.text)).toEqual(['- Thiếu nhân lực', '- Thiếu nhân lực', '- Thiếu nhân lực']);
    expect(part('ASSESSMENT').sources).toEqual([]);
  });

  it('keeps who reported on time, late and not at all, and what the figures were computed from', () => {
    const snapshot = compile();
    expect(snapshot.discipline).toEqual({
      expected: 4,
      onTime: [id(1)],
      late: [
        { agencyId: id(2), timing: 'LATE', daysLate: 2 },
        { agencyId: id(3), timing: 'AFTER_GRACE', daysLate: 9 },
      ],
      missing: [id(4)],
      notTimed: [],
    });
    expect(snapshot.basis.map((b) => [b.reportId, b.version])).toEqual(reports.map((r) => [r.id, r.version]));
    expect(CompilationSnapshotSchema.safeParse(snapshot).error).toBeUndefined();
  });
});

describe(reportingDiscipline.name, () => {
  it('counts a returned report by its first submission', () => {
    expect(reportingDiscipline([{ id: 'a' }], [{ id: 'r', agencyId: 'a', status: 'RETURNED', version: 3, timing: 'ON_TIME', daysLate: 0, content: null }]).onTime).toEqual(['a']);
  });

  it('keeps a report imported as history apart: reported, at a time not recorded', () => {
    const imported = reportingDiscipline([{ id: 'a' }, { id: 'b' }], [{ id: 'r', agencyId: 'a', status: 'ACCEPTED', version: 1, timing: null, daysLate: null, content: null }]);
    expect(imported).toEqual({ expected: 2, onTime: [], late: [], missing: ['b'], notTimed: ['a'] });
  });
});

describe(reportChanges.name, () => {
  const basis = compile().basis;
  it('finds a report accepted, sent again, newly sent and returned since', () => {
    const now = [
      { ...basis[0]!, version: 3 },
      { ...basis[1]!, status: 'ACCEPTED' as const, version: 3 },
      { ...basis[2]!, status: 'RETURNED' as const, version: 5 },
      { ...basis[3]!, status: 'SUBMITTED' as const, version: 2 },
    ];
    expect(reportChanges(basis, now).map((c) => [c.reportId, c.change])).toEqual([
      [id(12), 'ACCEPTED'],
      [id(13), 'WITHDRAWN'],
      [id(14), 'NEW'],
    ]);
    expect(reportChanges(basis, [{ ...basis[0]!, version: 4, status: 'ACCEPTED' }]).map((c) => c.change)).toEqual(['UPDATED']);
    expect(reportChanges(basis, basis)).toEqual([]);
  });
});

describe(totalChanges.name, () => {
  it('lists the province values that moved', () => {
    const changes = totalChanges(compile().totals, compile(true).totals);
    expect(changes).toContainEqual({ code: 'DOSSIERS.RECEIVED', before: 44, after: 50 });
    expect(changes.some((c) => c.code === 'DIGITAL_GOVERNMENT.ISO_9001')).toBe(false);
  });
});

describe('values Home Affairs states for the province', () => {
  const stated = { 'DIGITAL_GOVERNMENT.ONLINE_PAYMENT_RATE': { value: 35.5, note: 'Theo Cổng dịch vụ công' }, 'DOSSIERS.RESOLVED': { value: 1, note: '' } };
  it('fill the province value of indicators that do not add up, never a computed one', () => {
    const totals = withStatedValues(INDICATOR_SET_76_V1, compile().totals, stated);
    expect(totals.find((t) => t.code === 'DIGITAL_GOVERNMENT.ONLINE_PAYMENT_RATE')?.value).toBe(35.5);
    expect(totals.find((t) => t.code === 'DOSSIERS.RESOLVED')?.value).toBe(compile().totals.find((t) => t.code === 'DOSSIERS.RESOLVED')?.value);
  });

  it('are written in the part of their block, with their note', () => {
    expect(statedLines(INDICATOR_SET_76_V1, ['DIGITAL_GOVERNMENT'], stated).map((l) => l.text.vi)).toEqual(['Tỷ lệ hồ sơ thanh toán trực tuyến: 35,5% (Theo Cổng dịch vụ công)']);
    expect(statedLines(INDICATOR_SET_76_V1, ['DOSSIERS'], stated)).toEqual([]);
  });
});
