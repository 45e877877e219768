import type { ReportInput, StandardPeriodKind } from '@cchc/domain';
import { ReportingPeriodEntity } from '../../src/modules/periods/reporting-period.entity.js';
import type { TestApp } from '../support/test-app.js';

/** Valid report content for an agency and period: every area has a section, figures balance. */
export function reportContent(agencyCode: string, year: number, kind: StandardPeriodKind, overrides: Partial<ReportInput> = {}): ReportInput {
  const areas = ['INSTITUTIONAL', 'PROCEDURES', 'APPARATUS', 'CIVIL_SERVICE', 'PUBLIC_FINANCE', 'MODERNISATION'] as const;
  return {
    agencyCode,
    symbol: { number: null, type: 'BC', issuer: agencyCode },
    place: 'Quảng Ngãi',
    signedOn: null,
    period: { year, kind },
    title: `Tình hình, kết quả thực hiện công tác cải cách hành chính ${year}`,
    sections: areas.map((areaKey) => ({ kind: 'AREA' as const, areaKey, heading: areaKey, narrative: 'Đã triển khai thực hiện.' })),
    dossier: {
      carriedOver: 0,
      receivedOnline: 4,
      receivedInPerson: 10,
      receivedPostal: 0,
      resolvedEarly: 2,
      resolvedOnTime: 10,
      resolvedLate: 0,
      pendingWithinTime: 2,
      pendingOverdue: 0,
      returned: 0,
    },
    ...overrides,
  };
}

export async function periodId(t: TestApp, year: number, kind: StandardPeriodKind): Promise<string> {
  return (await t.dataSource.getRepository(ReportingPeriodEntity).findOneByOrFail({ year, kind })).id;
}

/** Content with every part filled in: documents, plans, decisions, letters, trainings, inspections, tasks… */
export function fullReportContent(agencyCode: string, year: number, kind: StandardPeriodKind): ReportInput {
  return reportContent(agencyCode, year, kind, {
    preamble: `Thực hiện Quyết định số 20/2013/QĐ-UBND ngày 07/5/2013 của UBND tỉnh, ${agencyCode} báo cáo như sau:`,
    documents: [{ symbol: '20/2013/QĐ-UBND', date: '2013-05-07', relation: 'CITED', title: 'Quy định chấn chỉnh kỷ luật, kỷ cương hành chính' }],
    plans: [{ symbol: `12/KH-${agencyCode}`, date: `${year}-01-20`, title: 'Kế hoạch CCHC năm', areaKey: null, year }],
    decisions: [{ symbol: `15/QĐ-${agencyCode}`, date: `${year}-02-03`, purpose: 'SET_UP_TEAM', summary: 'Thành lập Đoàn kiểm tra nội bộ' }],
    letters: [{ symbol: `31/${agencyCode}-VP`, date: `${year}-02-10`, recipients: ['Sở Nội vụ'], summary: 'Triển khai nhiệm vụ CCHC' }],
    trainings: [{ course: 'Bồi dưỡng đạo đức công vụ', organiser: 'Sở Nội vụ', mode: 'ONLINE', participants: 12, from: `${year}-02-20`, to: `${year}-02-21` }],
    inspections: [
      {
        teamDecision: `15/QĐ-${agencyCode}`,
        plan: `12/KH-${agencyCode}`,
        heldOn: `${year}-03-01`,
        scope: 'Chấp hành kỷ luật, kỷ cương hành chính',
        inspected: ['Văn phòng'],
        violations: 1,
        handling: 'Nhắc nhở',
      },
    ],
    tasks: [{ description: 'Tiếp tục kiểm soát thủ tục hành chính', areaKey: 'PROCEDURES', dueBy: null }],
    difficulties: ['Công chức làm công tác CCHC còn kiêm nhiệm'],
    proposals: ['Đề nghị tổ chức tập huấn nghiệp vụ'],
    recipients: ['Sở Nội vụ', 'Lưu: VT'],
  });
}
