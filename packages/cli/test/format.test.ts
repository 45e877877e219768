import {
  checkCitations,
  findCitations,
  ReportDraftSchema,
  SNGV_M9_2020_NOW,
  SNGV_M9_2020_REPORT,
  SNGV_M9_2020_TEXT,
  validateReport,
  type ReportExtraction,
} from '@cchc/domain';
import { formatCheck, type CitationCheck } from '../src/check-report.js';
import { formatExtraction } from '../src/format.js';

// The readable output, on an extraction made by hand from the seed's structured form (so it
// does not depend on how extractReport reads the text).

const extraction: ReportExtraction = {
  text: SNGV_M9_2020_TEXT,
  agencyName: 'SỞ NGOẠI VỤ',
  draft: ReportDraftSchema.parse(SNGV_M9_2020_REPORT),
  fields: [],
  citations: [],
  findings: validateReport(SNGV_M9_2020_REPORT, { now: SNGV_M9_2020_NOW }).map((f) => ({ ...f, details: f.details ? { ...f.details } : undefined })) as ReportExtraction['findings'],
};
const file = { name: 'seed.md', format: 'md' };

describe('formatExtraction', () => {
  it('summarises the draft in Vietnamese', () => {
    const text = formatExtraction(extraction, file, 'vi');
    const lines = text.split('\n');
    expect(lines.slice(0, 9)).toEqual([
      'Tệp: seed.md (md)',
      'Cơ quan: SNgV (SỞ NGOẠI VỤ)',
      'Số ký hiệu: Số: /BC-SNgV',
      'Kỳ báo cáo: 9 tháng đầu năm 2020',
      `Trích yếu: ${extraction.draft.title ?? ''}`,
      'Nơi, ngày ban hành: Quảng Ngãi, (chưa ghi ngày)',
      'Người ký: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Nguyễn Văn Thành',
      `Nơi nhận: ${extraction.draft.recipients.join('; ')}`,
      `Văn bản của cơ quan: ${extraction.draft.plans.length} kế hoạch, ${extraction.draft.decisions.length} quyết định, ${extraction.draft.letters.length} công văn`,
    ]);
    expect(text).toContain('Hồ sơ thủ tục hành chính:\n  Kỳ trước chuyển sang: 0\n  Tiếp nhận mới: 14\n    trong đó trực tuyến: 0\n    trong đó trực tiếp: 14');
    expect(text).toContain('  Đã giải quyết: 12\n');
    expect(text).toContain('  Đang giải quyết: 2\n');
    expect(text).toContain('  [0] 1. Cải cách thể chế → Cải cách thể chế\n');
    expect(text).toContain('→ Nhiệm vụ trọng tâm kỳ tới\n');
    expect(text).toMatch(/Phát hiện \(\d+: 1 lỗi, \d+ cảnh báo\):/);
    expect(text).toContain('  [cảnh báo] REPORT_AREA_MISSING (sections): Báo cáo thiếu lĩnh vực "Cải cách tổ chức bộ máy hành chính nhà nước"');
    expect(text).toContain('  [lỗi] ');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('summarises in English, and says what was not found', () => {
    const empty: ReportExtraction = {
      ...extraction,
      agencyName: null,
      draft: { ...extraction.draft, agencyCode: null, symbol: null, period: null, title: null, place: null, signing: null, dossier: null, sections: [], recipients: [] },
      findings: [],
    };
    expect(formatExtraction(empty, file, 'en').split('\n')).toEqual([
      'File: seed.md (md)',
      'Agency: (not found)',
      'Symbol: (not found)',
      'Period: (not found)',
      'Title: (not found)',
      'Place and date: (not found), (day left blank)',
      'Signing: (not found)',
      'Recipients: (not found)',
      `The agency's documents: ${empty.draft.plans.length} plans, ${empty.draft.decisions.length} decisions, ${empty.draft.letters.length} letters`,
      'Administrative-procedure dossiers: (not found)',
      'Sections (0):',
      '  (none)',
      'Findings (0):',
      '  (none)',
      '',
    ]);
  });
});

describe('formatCheck', () => {
  const text = 'Dòng một.\nKế hoạch số 565/KH-SNgV ngày 23/10/2019;\nKế hoạch số 565/KH-SNgV ngày 23/10/2020 và 05-NQ/TU.';
  const window = { from: '2019-12-15', to: '2020-09-14' };
  const citations = findCitations(text).map((c, i) => ({ ...c, line: [2, 3, 3][i] ?? 0 }));

  it('lists the citations by line, the context and the findings', () => {
    const check: CitationCheck = { citations, window, reportDate: { date: '2020-10-05', basis: 'written' }, findings: checkCitations(citations, { window, reportDate: '2020-10-05' }) };
    expect(formatCheck(check, 'vi').split('\n')).toEqual([
      'Văn bản được dẫn (3):',
      '  dòng 2: 565/KH-SNgV, 23/10/2019',
      '  dòng 3: 565/KH-SNgV, 23/10/2020',
      '  dòng 3: 05-NQ/TU, (không ghi ngày)',
      'Đối chiếu với: số liệu từ 15/12/2019 đến 14/09/2020; ngày báo cáo 05/10/2020',
      'Phát hiện (2: 1 lỗi, 1 cảnh báo):',
      `  [lỗi] CITATION_DATE_AFTER_REPORT (dòng 3): ${check.findings[0]?.message.vi ?? ''}`,
      `  [cảnh báo] CITATION_DATE_CONFLICT (dòng 3): ${check.findings[1]?.message.vi ?? ''}`,
      'Có 1 phát hiện mức lỗi.',
      '',
    ]);
    expect(formatCheck(check, 'en')).toContain('Findings (2: 1 error, 1 warning):\n  [error] CITATION_DATE_AFTER_REPORT (line 3): ');
    expect(formatCheck(check, 'en')).toContain('\n1 finding is an error.\n');
  });

  it('says when the report date is the period\'s deadline', () => {
    const check: CitationCheck = { citations: [], window, reportDate: { date: '2020-09-20', basis: 'deadline' }, findings: [] };
    expect(formatCheck(check, 'vi')).toContain('Đối chiếu với: số liệu từ 15/12/2019 đến 14/09/2020; ngày báo cáo 20/09/2020 (hạn báo cáo của kỳ: văn bản chưa ghi ngày)\n');
    expect(formatCheck(check, 'en')).toContain("Checked against: data from 2019-12-15 to 2020-09-14; report date 2020-09-20 (the period's deadline: the text leaves the day blank)\n");
  });

  it('writes English with ISO dates, and says when the period and date are unknown', () => {
    const check: CitationCheck = { citations: citations.slice(0, 1), window: null, reportDate: null, findings: [] };
    expect(formatCheck(check, 'en').split('\n')).toEqual([
      'Documents cited (1):',
      '  line 2: 565/KH-SNgV, 2019-10-23',
      'Checked against: period and report date unknown (the citations are checked against each other only)',
      'Findings (0):',
      '  (none)',
      'No finding is an error.',
      '',
    ]);
  });
});
