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
