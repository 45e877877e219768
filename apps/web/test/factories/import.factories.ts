import { ImportResponseSchema, ReportExtractionSchema, type ImportResponse, type ReportExtraction, type SourceSpan } from '@cchc/domain';

/** A short report of the Sở Ngoại vụ as a file's text reads (the 9 months of 2022), written for the tests. */
export const IMPORT_TEXT = [
  'SỞ NGOẠI VỤ',
  'Số: /BC-SNgV',
  'Quảng Ngãi, ngày   tháng 9 năm 2022',
  'BÁO CÁO',
  'Tình hình, kết quả thực hiện công tác cải cách hành chính 9 tháng đầu năm 2022',
  '1. Cải cách thủ tục hành chính',
  'Sở ban hành Kế hoạch số 73/KH-SNgV ngày 18/02/2022 về hoạt động kiểm soát thủ tục hành chính năm 2022.',
  'Trong 9 tháng đầu năm 2022, Sở đã tiếp nhận và giải quyết 12 hồ sơ đúng thời hạn và đang giải quyết 02 hồ sơ.',
  'Sở cử 05 công chức tham gia lớp bồi dưỡng kỹ năng đối ngoại do Bộ Ngoại giao tổ chức.',
  '2. Công tác đối ngoại địa phương',
  'Sở phối hợp tổ chức các hoạt động đối ngoại của tỉnh.',
  'Nơi nhận:',
  '- Sở Nội vụ;',
  '- Lưu: VT.',
  'KT. GIÁM ĐỐC',
  'PHÓ GIÁM ĐỐC',
  'Nguyễn Văn Thành',
].join('\n');

/** Where `value` stands in the text (first after `after`), with the line it is on as its sentence. */
export function spanOf(value: string, after = '', text = IMPORT_TEXT): SourceSpan {
  const start = text.indexOf(value, after ? text.indexOf(after) : 0);
  if (start === -1) throw new Error(`"${value}" is not in the text`);
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const lineEnd = text.indexOf('\n', start);
  return { start, end: start + value.length, sentence: text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd) };
}

/** What the extractor reads from {@link IMPORT_TEXT}, checked against its contract. */
export function importExtraction(overrides: Partial<ReportExtraction> = {}): ReportExtraction {
  const signature = spanOf('KT. GIÁM ĐỐC');
  return ReportExtractionSchema.parse({
    text: IMPORT_TEXT,
    agencyName: 'SỞ NGOẠI VỤ',
    draft: {
      agencyCode: 'SNgV',
      symbol: { number: null, type: 'BC', issuer: 'SNgV' },
      place: 'Quảng Ngãi',
      signedOn: null,
      period: { year: 2022, kind: 'M9' },
      programme: '76',
      title: 'Tình hình, kết quả thực hiện công tác cải cách hành chính 9 tháng đầu năm 2022',
      preamble: '',
      sections: [
        { kind: 'AREA', areaKey: 'PROCEDURES', provinceSection: null, heading: '1. Cải cách thủ tục hành chính', narrative: 'Sở ban hành Kế hoạch số 73/KH-SNgV…' },
        { kind: 'PROVINCE_SPECIFIC', areaKey: null, provinceSection: 'UNMAPPED', heading: '2. Công tác đối ngoại địa phương', narrative: 'Sở phối hợp tổ chức các hoạt động đối ngoại của tỉnh.' },
      ],
      plans: [{ symbol: '73/KH-SNgV', date: '2022-02-18', title: 'Hoạt động kiểm soát thủ tục hành chính năm 2022', areaKey: 'PROCEDURES', year: 2022 }],
      dossier: {
        carriedOver: 0,
        receivedOnline: 0,
        receivedInPerson: 14,
        receivedPostal: 0,
        resolvedEarly: 0,
        resolvedOnTime: 12,
        resolvedLate: 0,
        pendingWithinTime: 2,
        pendingOverdue: 0,
        returned: 0,
      },
      trainings: [{ course: 'Lớp bồi dưỡng kỹ năng đối ngoại', organiser: 'Bộ Ngoại giao', mode: 'IN_PERSON', participants: 5, from: null, to: null }],
      recipients: ['Sở Nội vụ', 'Lưu: VT.'],
      signing: { mode: 'KT.', onBehalfOf: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn Thành' },
    },
    fields: [
      { path: 'agencyCode', source: spanOf('Số: /BC-SNgV'), confidence: 'high' },
      { path: 'symbol', source: spanOf('Số: /BC-SNgV'), confidence: 'high' },
      { path: 'place', source: spanOf('Quảng Ngãi, ngày   tháng 9 năm 2022'), confidence: 'high' },
      { path: 'period', source: spanOf('9 tháng đầu năm 2022'), confidence: 'high' },
      { path: 'programme', source: spanOf('9 tháng đầu năm 2022'), confidence: 'high' },
      { path: 'title', source: spanOf('Tình hình, kết quả thực hiện công tác cải cách hành chính 9 tháng đầu năm 2022'), confidence: 'high' },
      { path: 'sections[0]', source: spanOf('1. Cải cách thủ tục hành chính'), confidence: 'high' },
      { path: 'sections[1]', source: spanOf('2. Công tác đối ngoại địa phương'), confidence: 'low' },
      { path: 'plans[0]', source: spanOf('73/KH-SNgV ngày 18/02/2022'), confidence: 'high' },
      { path: 'trainings[0]', source: spanOf('lớp bồi dưỡng kỹ năng đối ngoại do Bộ Ngoại giao tổ chức'), confidence: 'medium' },
      { path: 'dossier.receivedInPerson', source: spanOf('12', 'giải quyết'), confidence: 'low' },
      { path: 'dossier.resolvedOnTime', source: spanOf('12', 'giải quyết'), confidence: 'medium' },
      { path: 'dossier.pendingWithinTime', source: spanOf('02', 'đang giải quyết'), confidence: 'low' },
      { path: 'recipients[0]', source: spanOf('Sở Nội vụ;'), confidence: 'high' },
      { path: 'recipients[1]', source: spanOf('Lưu: VT.'), confidence: 'high' },
      { path: 'signing', source: { start: signature.start, end: IMPORT_TEXT.length, sentence: 'KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Nguyễn Văn Thành' }, confidence: 'high' },
    ],
    citations: [{ symbol: '73/KH-SNgV', date: '2022-02-18', ...(({ start, end }) => ({ start, end }))(spanOf('73/KH-SNgV ngày 18/02/2022')), own: true }],
    findings: [
      {
        code: 'EXTRACTION_ASSUMPTION',
        severity: 'warning',
        path: 'dossier.receivedInPerson',
        message: { vi: 'Văn bản không nêu kênh tiếp nhận; 14 hồ sơ được tính là tiếp nhận trực tiếp.', en: 'The text does not say the channel; 14 dossiers are counted as received in person.' },
      },
      {
        code: 'EXTRACTION_UNMAPPED_SECTION',
        severity: 'warning',
        path: 'sections[1]',
        message: { vi: 'Mục "2. Công tác đối ngoại địa phương" không thuộc lĩnh vực cải cách nào đã biết.', en: 'Section "2. Công tác đối ngoại địa phương" names no known reform area.' },
      },
      { code: 'REPORT_AREA_MISSING', severity: 'warning', path: 'sections', message: { vi: 'Báo cáo thiếu lĩnh vực "Cải cách thể chế".', en: 'The report lacks the area "Institutional reform".' }, details: { areaKey: 'INSTITUTIONAL' } },
    ],
    ...overrides,
  });
}

export const IMPORT_ID = '3f1c2a9e-5b7d-4e61-9a0c-2d4b6e8f1a35';
export const SNGV_ID = '0b6f3c1e-2d4a-4f5b-8c9d-1e2f3a4b5c6d';
export const M9_2022_ID = '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d';

/** A pending import of {@link IMPORT_TEXT} by the SNgV reporter, checked against its contract. */
export function importResponse(overrides: Partial<ImportResponse> = {}): ImportResponse {
  return ImportResponseSchema.parse({
    id: IMPORT_ID,
    fileName: 'Báo cáo CCHC 9 tháng 2022.docx',
    fileHash: 'a'.repeat(64),
    format: 'docx',
    size: 48_213,
    status: 'PENDING',
    createdAt: '2026-11-30T08:00:00.000Z',
    createdBy: { id: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a', name: 'Chuyên viên Sở Ngoại vụ' },
    agencyId: SNGV_ID,
    periodId: M9_2022_ID,
    reportId: null,
    extraction: importExtraction(),
    ...overrides,
  });
}
