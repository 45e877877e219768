// The seed report (SNgV Quảng Ngãi, 9 months of 2020) as structured data, as an agency would
// enter it: the example the API's demo data loads and the rules are tested on. Narratives are the
// seed text itself, cut at its headings, so the citations are read from the real text; the lists
// are what a reporter would enter for the same content.
import type { ReportInput } from '../reports/report.schema.js';
import { SNGV_M9_2020_TEXT as seedText } from './sngv-m9-2020-text.js';

/** The text after the line that contains `from`, up to the line that contains `to`. */
const between = (from: string, to: string): string => {
  const start = seedText.indexOf(from);
  const end = seedText.indexOf(to, start);
  if (start < 0 || end < 0) throw new Error(`Seed markers not found: ${from} … ${to}`);
  return seedText.slice(seedText.indexOf('\n', start) + 1, end).trim();
};
/** A heading line of the seed without its Markdown marks. */
const heading = (marker: string): string => {
  const start = seedText.indexOf(marker);
  return seedText.slice(start, seedText.indexOf('\n', start)).replace(/[#*]/g, '').trim();
};

/** A moment just after the seed report was written, to validate it as of then. */
export const SNGV_M9_2020_NOW = '2020-09-25T09:00:00+07:00';

/** The seed report as structured data (narratives cut from its text at its headings). */
export const SNGV_M9_2020_REPORT = {
  agencyCode: 'SNgV',
  symbol: { number: null, type: 'BC', issuer: 'SNgV' },
  place: 'Quảng Ngãi',
  signedOn: null,
  period: { year: 2020, kind: 'M9' },
  programme: '30c',
  title: 'Tình hình, kết quả thực hiện công tác cải cách hành chính 9 tháng đầu năm 2020',
  preamble: between('BÁO CÁO', '#### **I.').replace(/^.*\n/, '').trim(),
  sections: [
    { kind: 'AREA', areaKey: 'INSTITUTIONAL', heading: heading('1. Cải cách thể chế'), narrative: between('1. Cải cách thể chế', '2. Cải cách thủ tục') },
    { kind: 'AREA', areaKey: 'PROCEDURES', heading: heading('2. Cải cách thủ tục'), narrative: between('2. Cải cách thủ tục', '3. Xây dựng') },
    { kind: 'AREA', areaKey: 'CIVIL_SERVICE', heading: heading('3. Xây dựng'), narrative: between('3. Xây dựng', '4. Cải cách tài chính') },
    { kind: 'AREA', areaKey: 'PUBLIC_FINANCE', heading: heading('4. Cải cách tài chính'), narrative: between('4. Cải cách tài chính', '5. Hiện đại hóa') },
    { kind: 'AREA', areaKey: 'MODERNISATION', heading: heading('5. Hiện đại hóa'), narrative: between('5. Hiện đại hóa', '6. Về triển khai') },
    {
      kind: 'PROVINCE_SPECIFIC',
      provinceSection: 'QNG.DISCIPLINE',
      heading: heading('6. Về triển khai'),
      narrative: between('6. Về triển khai', 'II. MỘT SỐ NHIỆM VỤ'),
    },
    { kind: 'NEXT_PERIOD_TASKS', heading: heading('II. MỘT SỐ NHIỆM VỤ'), narrative: between('II. MỘT SỐ NHIỆM VỤ', 'Trên đây là Báo cáo') },
  ],
  documents: [
    { symbol: '20/2013/QĐ-UBND', date: '2013-05-07', relation: 'CITED', title: 'Quy định một số biện pháp chấn chỉnh kỷ luật, kỷ cương hành chính' },
    { symbol: '172/QĐ-UBND', date: '2016-04-04', relation: 'CITED', title: 'Kế hoạch cải cách hành chính tỉnh Quảng Ngãi giai đoạn 2016 - 2020' },
    { symbol: '205/QĐ-UBND', date: '2017-03-13', relation: 'CITED' },
    { symbol: '173/QĐ-UBND', date: '2017-02-24', relation: 'CITED' },
    { symbol: '31-CT/TU', date: '2014-06-13', relation: 'CITED' },
    { symbol: '306-QĐ/TU', date: '2016-05-25', relation: 'CITED' },
    { symbol: '54/QĐ-SNgV', date: '2016-10-12', relation: 'CITED' },
  ],
  plans: [
    { symbol: '565/KH-SNgV', date: '2019-10-23', title: 'Công tác cải cách hành chính trong năm 2020', areaKey: null, year: 2020 },
    { symbol: '73/KH-SNgV', date: '2020-02-18', title: 'Hoạt động kiểm soát thủ tục hành chính năm 2020', areaKey: 'PROCEDURES', year: 2020 },
    { symbol: '74/KH-SNgV', date: '2020-02-18', title: 'Rà soát, đánh giá thủ tục hành chính năm 2020', areaKey: 'PROCEDURES', year: 2020 },
    { symbol: '75/KH-SNgV', date: '2020-02-18', title: 'Truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2020', areaKey: 'PROCEDURES', year: 2020 },
    { symbol: '408/KH-SNgV', date: '2020-08-25', title: 'Kiểm tra, giám sát việc chấp hành kỷ luật, kỷ cương hành chính năm 2020', areaKey: null, year: 2020 },
  ],
  decisions: [
    { symbol: '20/QĐ-SngV', date: '2020-07-22', purpose: 'PROMULGATE_RULE', summary: 'Quy chế văn hóa công sở của Sở Ngoại vụ' },
    { symbol: '23/QĐ-SNgV', date: '2020-08-13', purpose: 'SET_UP_TEAM', summary: 'Thành lập Đoàn kiểm tra nội bộ' },
  ],
  letters: [
    { symbol: '323/SNgV-VP', date: '2020-07-07', recipients: ['Văn phòng UBND tỉnh'], summary: 'Đề nghị thực hiện dịch vụ công trực tuyến mức độ 3 năm 2021' },
    { symbol: '419/SNgV-VP', date: '2020-08-27', recipients: ['Các phòng, ban'], summary: 'Nâng cao Chỉ số CCHC, chấp hành kỷ luật, kỷ cương hành chính' },
  ],
  // "12 hồ sơ … đúng thời hạn … đang giải quyết 02": the channel is not stated; the dossiers are
  // received at the provincial public-service centre, so in person is assumed (docs/domain.md §2).
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
    stated: { resolved: 12, inProgress: 2 },
  },
  trainings: [
    {
      course: 'Chuyên môn nghiệp vụ, văn thư lưu trữ, đạo đức công vụ, hội nhập quốc tế, ứng dụng CNTT',
      organiser: 'Cục Ngoại vụ, Sở Nội vụ, Sở Thông tin và Truyền thông',
      mode: 'IN_PERSON',
      participants: null,
      from: null,
      to: null,
    },
    { course: 'Lớp học trực tuyến', organiser: 'Các cơ quan Trung ương', mode: 'ONLINE', participants: null, from: null, to: null },
  ],
  inspections: [
    {
      teamDecision: '23/QĐ-SNgV',
      plan: '408/KH-SNgV',
      heldOn: null,
      scope: 'Giải quyết thủ tục hành chính, văn hóa công vụ, quy tắc ứng xử, kỷ luật, kỷ cương hành chính',
      violations: 0,
      handling: null,
    },
  ],
  tasks: [
    { description: 'Tiếp tục thực hiện tốt các kế hoạch CCHC và kiểm soát TTHC năm 2020', areaKey: 'PROCEDURES', dueBy: null, relatedSymbols: ['565/KH-SNgV', '73/KH-SNgV', '74/KH-SNgV', '75/KH-SNgV'] },
    { description: 'Phối hợp với Bưu điện tỉnh tiếp nhận và trả kết quả TTHC qua bưu điện', areaKey: 'PROCEDURES', dueBy: null },
    { description: 'Thường xuyên rà soát, đơn giản hóa thủ tục hành chính', areaKey: 'PROCEDURES', dueBy: null },
    { description: 'Đẩy mạnh ứng dụng CNTT trong quản lý và điều hành', areaKey: 'MODERNISATION', dueBy: null },
    { description: 'Thực hiện tốt cơ chế tự chủ tài chính và biên chế', areaKey: 'PUBLIC_FINANCE', dueBy: null },
    { description: 'Triển khai Quy chế chấp hành kỷ luật, kỷ cương hành chính và Quy chế văn hóa công sở', areaKey: null, dueBy: null },
  ],
  recipients: ['VP UBND tỉnh', 'Sở Nội vụ', 'SNgV: PGĐ, VP', 'Lưu: VT, TH.'],
  signing: { mode: 'KT.', onBehalfOf: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn Thành' },
} satisfies ReportInput;
