import type { ScoringFramework } from './scoring-framework.schema.js';

type Sub = [code: string, vi: string, en: string, maxPoints: number, method: 'SELF' | 'SURVEY' | 'COMPUTED'];
const criterion = (code: string, vi: string, en: string, subs: Sub[]) => ({
  code,
  name: { vi, en },
  maxPoints: subs.reduce((total, s) => total + s[3], 0),
  subCriteria: subs.map(([c, v, e, maxPoints, method]) => ({ code: c, name: { vi: v, en: e }, maxPoints, method })),
});
const area = (code: string, vi: string, en: string, criteria: ReturnType<typeof criterion>[]) => ({
  code,
  name: { vi, en },
  maxPoints: criteria.reduce((total, c) => total + c.maxPoints, 0),
  criteria,
});

/**
 * An EXAMPLE framework for scoring provincial departments, shaped like a provincial department
 * index (Quảng Ngãi QĐ 673/QĐ-UBND 2019 and its kind: areas following the reform programme, plus
 * direction and a satisfaction survey). The areas are real; the criteria are a small selection
 * and every weight is INVENTED for illustration (`example: true`). Do not score anyone with it.
 */
export const EXAMPLE_DEPARTMENT_FRAMEWORK: ScoringFramework = {
  code: 'EXAMPLE-DEPT-2021',
  owner: 'Example province (illustration)',
  level: 'DEPARTMENT',
  fromYear: 2021,
  toYear: null,
  name: { vi: 'Bộ chỉ số CCHC các sở, ban ngành (ví dụ minh họa)', en: 'Department PAR index (illustrative example)' },
  maxPoints: 100,
  example: true,
  areas: [
    area('1', 'Công tác chỉ đạo, điều hành CCHC', 'Direction and administration of reform', [
      criterion('1.1', 'Kế hoạch CCHC năm', 'Annual reform plan', [
        ['1.1.1', 'Ban hành kế hoạch kịp thời', 'Plan issued on time', 2, 'SELF'],
        ['1.1.2', 'Mức độ hoàn thành kế hoạch', 'Plan completion', 3, 'SELF'],
      ]),
      criterion('1.2', 'Báo cáo CCHC', 'Reform reporting', [
        ['1.2.1', 'Báo cáo đúng hạn', 'Reports submitted on time', 3, 'COMPUTED'],
        ['1.2.2', 'Báo cáo đủ nội dung', 'Reports complete', 2, 'COMPUTED'],
      ]),
    ]),
    area('2', 'Cải cách thể chế', 'Institutional reform', [
      criterion('2.1', 'Rà soát văn bản QPPL', 'Review of legal documents', [['2.1.1', 'Thực hiện rà soát theo kế hoạch', 'Review done as planned', 10, 'SELF']]),
    ]),
    area('3', 'Cải cách thủ tục hành chính', 'Administrative procedure reform', [
      criterion('3.1', 'Giải quyết hồ sơ TTHC', 'Dossier handling', [
        ['3.1.1', 'Tỷ lệ hồ sơ giải quyết đúng hạn', 'On-time rate', 10, 'COMPUTED'],
        ['3.1.2', 'Tỷ lệ hồ sơ trực tuyến', 'Online rate', 5, 'COMPUTED'],
      ]),
      criterion('3.2', 'Công khai TTHC', 'Publicity of procedures', [['3.2.1', 'Công khai đầy đủ, đúng quy định', 'Procedures fully published', 5, 'SELF']]),
    ]),
    area('4', 'Cải cách tổ chức bộ máy', 'Apparatus reform', [
      criterion('4.1', 'Sắp xếp tổ chức', 'Organisation', [['4.1.1', 'Thực hiện quy định về cơ cấu tổ chức', 'Structure rules applied', 10, 'SELF']]),
    ]),
    area('5', 'Cải cách chế độ công vụ', 'Civil-service reform', [
      criterion('5.1', 'Kỷ luật, kỷ cương hành chính', 'Administrative discipline', [
        ['5.1.1', 'Kiểm tra nội bộ theo kế hoạch', 'Internal inspections held', 5, 'SELF'],
        ['5.1.2', 'Không có vi phạm bị xử lý', 'No sanctioned violations', 5, 'SELF'],
      ]),
    ]),
    area('6', 'Cải cách tài chính công', 'Public finance reform', [
      criterion('6.1', 'Tự chủ tài chính', 'Financial autonomy', [['6.1.1', 'Thực hiện cơ chế tự chủ', 'Autonomy mechanism applied', 10, 'SELF']]),
    ]),
    area('7', 'Chính phủ điện tử, Chính phủ số', 'E-Government, digital Government', [
      criterion('7.1', 'Ứng dụng CNTT', 'IT use', [
        ['7.1.1', 'Văn bản điện tử', 'Electronic documents', 5, 'COMPUTED'],
        ['7.1.2', 'Dịch vụ công trực tuyến toàn trình', 'Full online services', 5, 'COMPUTED'],
      ]),
    ]),
    area('8', 'Mức độ hài lòng', 'Satisfaction', [
      criterion('8.1', 'Điều tra xã hội học', 'Sociological survey', [['8.1.1', 'Mức độ hài lòng của người dân, doanh nghiệp', 'Satisfaction of citizens and businesses', 20, 'SURVEY']]),
    ]),
  ],
};
