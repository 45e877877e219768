import { ReportSchema, validateReport } from '@cchc/domain';
import { initialReportContent, insertSection, missingSectionRefs, reportIssuer, standardSectionRefs } from './initial-content.js';

const period = (year: number, kind: 'Q1' | 'M9' = 'M9') => ({
  year,
  kind,
  windowFrom: `${year - 1}-12-15`,
  windowTo: `${year}-09-14`,
  deadline: `${year}-09-20`,
});

describe(initialReportContent.name, () => {
  it('is content the API accepts, for the agency and the period', () => {
    const content = initialReportContent({ code: 'STP', kind: 'department' }, period(2021));
    expect(ReportSchema.safeParse(content).success).toBe(true);
    expect(content).toMatchObject({
      agencyCode: 'STP',
      period: { year: 2021, kind: 'M9' },
      symbol: { number: null, type: 'BC', issuer: 'STP' },
      place: 'Quảng Ngãi',
      title: 'Tình hình, kết quả thực hiện công tác cải cách hành chính 9 tháng đầu năm 2021',
      programme: '76',
    });
  });

  it('has a section per area of the programme of its year, titled as in that year', () => {
    const headings = (year: number) => initialReportContent({ code: 'STP', kind: 'department' }, period(year)).sections.map((s) => s.heading);
    expect(headings(2020)).toContain('Hiện đại hóa hành chính');
    expect(headings(2021)).toContain('Xây dựng và phát triển Chính phủ điện tử, Chính phủ số');
    expect(headings(2021)[0]).toBe('Công tác chỉ đạo, điều hành');
  });

  it('signs a district committee as UBND', () => {
    expect(initialReportContent({ code: 'UBND-BS', kind: 'district' }, period(2020)).symbol.issuer).toBe('UBND');
    expect(reportIssuer({ code: 'SNgV', kind: 'department' })).toBe('SNgV');
  });

  it('validates without errors, only the warnings of an empty draft', () => {
    const findings = validateReport(initialReportContent({ code: 'STP', kind: 'department' }, period(2021)), { now: '2021-09-16' });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.map((f) => f.code)).toContain('REPORT_AREA_MISSING');
  });
});

describe(standardSectionRefs.name, () => {
  it('lists direction, six areas, the discipline section, tasks and difficulties', () => {
    expect(standardSectionRefs(2020).map((r) => r.kind)).toEqual([
      'DIRECTION',
      'AREA',
      'AREA',
      'AREA',
      'AREA',
      'AREA',
      'AREA',
      'PROVINCE_SPECIFIC',
      'NEXT_PERIOD_TASKS',
      'DIFFICULTIES_PROPOSALS',
    ]);
  });

  it('has no areas outside the programmes', () => {
    expect(standardSectionRefs(2040).filter((r) => r.kind === 'AREA')).toEqual([]);
  });
});

describe(missingSectionRefs.name, () => {
  it('finds the sections a report lacks', () => {
    const { sections } = initialReportContent({ code: 'STP', kind: 'department' }, period(2020));
    const withoutApparatus = sections.filter((s) => s.areaKey !== 'APPARATUS');
    expect(missingSectionRefs(withoutApparatus, 2020)).toEqual([{ kind: 'AREA', areaKey: 'APPARATUS' }]);
    expect(missingSectionRefs(sections, 2020)).toEqual([]);
  });
});

describe(insertSection.name, () => {
  it('puts a section back in its place', () => {
    const { sections } = initialReportContent({ code: 'STP', kind: 'department' }, period(2020));
    const without = sections.filter((s) => s.areaKey !== 'APPARATUS');
    const restored = insertSection(without, { kind: 'AREA', areaKey: 'APPARATUS' }, 2020);
    expect(restored.map((s) => s.heading)).toEqual(sections.map((s) => s.heading));
  });

  it('adds at the end what comes last', () => {
    const restored = insertSection([], { kind: 'DIFFICULTIES_PROPOSALS' }, 2020);
    expect(restored).toHaveLength(1);
  });
});
