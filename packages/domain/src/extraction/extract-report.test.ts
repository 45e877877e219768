import { dossierFigures } from '../../test/factories/dossier.factory.js';
import { SNGV_M9_2020_TEXT } from '../examples/sngv-m9-2020-text.js';
import { ReportSchema } from '../reports/report.schema.js';
import { extractReport } from './extract-report.js';
import { ReportExtractionSchema } from './report-extraction.js';

describe('extractReport on the seed report (SNgV, 9 months of 2020)', () => {
  const extraction = extractReport(SNGV_M9_2020_TEXT);
  const { draft } = extraction;
  const codes = extraction.findings.map((f) => f.code);

  it('answers in the shape of its contract, with a draft a report can be made of', () => {
    expect(ReportExtractionSchema.parse(extraction)).toEqual(extraction);
    expect(ReportSchema.safeParse({ ...draft, agencyCode: draft.agencyCode, period: draft.period }).success).toBe(true);
  });

  it('reads the header: agency, unregistered symbol, place, blank day, period and programme', () => {
    expect(draft.agencyCode).toBe('SNgV');
    expect(draft.symbol).toEqual({ number: null, type: 'BC', issuer: 'SNgV' });
    expect(draft.place).toBe('Quảng Ngãi');
    expect(draft.signedOn).toBeNull();
    expect(draft.period).toEqual({ year: 2020, kind: 'M9' });
    expect(draft.programme).toBe('30c');
    expect(draft.title).toBe('Tình hình, kết quả thực hiện công tác cải cách hành chính 9 tháng đầu năm 2020');
    expect(draft.preamble).toMatch(/^Thực hiện chế độ thông tin, báo cáo định kỳ/u);
  });

  it('maps the sections to the 30c areas it has, and names the missing apparatus area', () => {
    expect(draft.sections.map((s) => s.areaKey ?? s.provinceSection ?? s.kind)).toEqual([
      'INSTITUTIONAL',
      'PROCEDURES',
      'CIVIL_SERVICE',
      'PUBLIC_FINANCE',
      'MODERNISATION',
      'QNG.DISCIPLINE',
      'NEXT_PERIOD_TASKS',
    ]);
    const missing = extraction.findings.filter((f) => f.code === 'REPORT_AREA_MISSING');
    expect(missing).toHaveLength(1);
    expect(missing[0]?.details).toMatchObject({ areaKey: 'APPARATUS' });
    expect(draft.sections[1]?.narrative).toContain('Kế hoạch số 565/KH-SNgV ngày 23/10/2019');
    expect(draft.sections[1]?.narrative).not.toMatch(/\*\*|^#/mu);
  });

  it('finds the plans, decisions and letters the agency issued, apart from what it cites', () => {
    expect(draft.plans.map((p) => [p.symbol, p.date])).toEqual([
      ['565/KH-SNgV', '2019-10-23'],
      ['73/KH-SNgV', '2020-02-18'],
      ['74/KH-SNgV', '2020-02-18'],
      ['75/KH-SNgV', '2020-02-18'],
      ['408/KH-SNgV', '2020-08-25'],
    ]);
    expect(draft.plans[0]?.title).toMatch(/^Công tác cải cách hành chính trong năm 2020/u);
    expect(draft.plans[0]?.year).toBe(2020);
    expect(draft.decisions.map((d) => [d.symbol, d.date, d.purpose])).toEqual([
      ['23/QĐ-SNgV', '2020-08-13', 'SET_UP_TEAM'],
      ['20/QĐ-SngV', '2020-07-22', 'PROMULGATE_RULE'],
    ]);
    expect(draft.decisions[1]?.summary).toBe('Quy chế văn hóa công sở của Sở Ngoại vụ');
    expect(draft.letters.map((l) => [l.symbol, l.date])).toEqual([
      ['323/SNgV-VP', '2020-07-07'],
      ['419/SNgV-VP', '2020-08-27'],
    ]);
    expect(draft.letters[0]?.recipients).toEqual(['Văn phòng UBND tỉnh']);
    expect(draft.documents.every((d) => d.relation === 'CITED')).toBe(true);
    expect(draft.documents.map((d) => d.symbol)).toEqual([
      '20/2013/QĐ-UBND',
      '172/QĐ-UBND',
      '205/QĐ-UBND',
      '05-NQ/TU',
      '173/QĐ-UBND',
      '31-CT/TU',
      '306-QĐ/TU',
      '54/QĐ-SNgV',
    ]);
  });

  it('warns of the decision written "SngV" and of the plan cited with two dates', () => {
    const cases = extraction.findings.filter((f) => f.code === 'CITATION_ISSUER_CASE').map((f) => f.details?.symbol);
    expect(cases).toEqual(expect.arrayContaining(['20/QĐ-SngV', '75/KH-SNGV']));
    const conflict = extraction.findings.find((f) => f.code === 'CITATION_DATE_CONFLICT' && f.details?.symbol === '565/KH-SNgV');
    expect(conflict?.details?.proposedDate).toBe('2019-10-23');
  });

  it('reads the dossier figures: 12 resolved on time, 2 in progress, 14 received by an assumed channel', () => {
    // The seed's figures, as the dossier factory holds them.
    expect(draft.dossier).toMatchObject(dossierFigures());
    const assumption = extraction.findings.find((f) => f.code === 'EXTRACTION_ASSUMPTION');
    expect(assumption).toMatchObject({ severity: 'warning', path: 'dossier.receivedInPerson' });
    expect(codes).not.toContain('EXTRACTION_AS_PUBLISHED');
  });

  it('links each figure to its sentence, the assumed one with low confidence', () => {
    const onTime = extraction.fields.find((f) => f.path === 'dossier.resolvedOnTime');
    expect(extraction.text.slice(onTime?.source.start, onTime?.source.end)).toBe('12');
    expect(onTime?.source.sentence).toBe(
      'Trong 9 tháng đầu năm 2020, Sở Ngoại vụ đã tiếp nhận và giải quyết 12 hồ sơ TTHC thuộc thẩm quyền giải quyết của Sở đúng thời hạn (có bảng biểu kèm theo) và đang giải quyết 02 hồ sơ.',
    );
    expect(extraction.fields.find((f) => f.path === 'dossier.receivedInPerson')?.confidence).toBe('low');
    const plan = extraction.fields.find((f) => f.path === 'plans[0]');
    expect(extraction.text.slice(plan?.source.start, plan?.source.end)).toBe('565/KH-SNgV ngày 23/10/2019');
  });

  it('reads the trainings and the inspection set up by decision 23 and plan 408', () => {
    expect(draft.trainings.map((t) => [t.organiser, t.mode])).toEqual([
      ['Cục Ngoại vụ, Sở Nội vụ, Sở Thông tin và Truyền thông', 'IN_PERSON'],
      ['các cơ quan Trung ương', 'ONLINE'],
    ]);
    expect(draft.inspections).toEqual([
      expect.objectContaining({ teamDecision: '23/QĐ-SNgV', plan: '408/KH-SNgV', heldOn: null, violations: 0 }),
    ]);
  });

  it('reads the next-period tasks, the signature and the four recipients', () => {
    expect(draft.tasks).toHaveLength(8);
    expect(draft.tasks[0]?.relatedSymbols).toEqual(['565/KH-SNgV', '73/KH-SNgV', '74/KH-SNgV', '75/KH-SNGV']);
    expect(draft.signing).toEqual({ mode: 'KT.', onBehalfOf: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn Thành' });
    expect(draft.recipients).toEqual(['VP UBND tỉnh', 'Sở Nội vụ', 'SNgV: PGĐ, VP', 'Lưu: VT, TH.']);
    expect(codes).not.toContain('EXTRACTION_NOT_FOUND');
  });

  it('gives every field a source inside the text', () => {
    for (const f of extraction.fields) {
      expect(f.source.start).toBeLessThanOrEqual(f.source.end);
      expect(f.source.end).toBeLessThanOrEqual(extraction.text.length);
      expect(f.source.sentence.length).toBeGreaterThan(0);
    }
    expect(extraction.fields.map((f) => f.path)).toEqual(expect.arrayContaining(['agencyCode', 'period', 'signing', 'recipients[3]', 'sections[5]', 'letters[1]']));
  });

  it('is the same draft from Windows line ends and decomposed Unicode', () => {
    const again = extractReport(SNGV_M9_2020_TEXT.normalize('NFD').replace(/\n/g, '\r\n'));
    expect(again.draft).toEqual(draft);
  });
});

describe('extractReport on texts that say less', () => {
  it('says what it could not find instead of guessing', () => {
    const extraction = extractReport('Một đoạn văn không phải báo cáo.');
    expect(extraction.draft.agencyCode).toBeNull();
    expect(extraction.draft.period).toBeNull();
    expect(extraction.findings.filter((f) => f.code === 'EXTRACTION_NOT_FOUND').map((f) => f.path)).toEqual(['agencyCode', 'period', 'title', 'signing', 'recipients']);
    expect(extraction.draft.dossier).toBeNull();
  });

  it('keeps a heading it cannot place as a province-specific section to map', () => {
    const text = ['Số: 12/BC-STP', 'BÁO CÁO', 'Công tác cải cách hành chính quý I năm 2023', '', 'I. KẾT QUẢ THỰC HIỆN', '1. Cải cách thể chế', 'Nội dung.', '2. Công tác phổ biến giáo dục pháp luật', 'Nội dung khác.'].join('\n');
    const { draft, findings } = extractReport(text);
    expect(draft.sections.map((s) => [s.kind, s.areaKey, s.provinceSection])).toEqual([
      ['AREA', 'INSTITUTIONAL', null],
      ['PROVINCE_SPECIFIC', null, 'UNMAPPED'],
    ]);
    expect(findings.find((f) => f.code === 'EXTRACTION_UNMAPPED_SECTION')?.path).toBe('sections[1]');
  });
});
