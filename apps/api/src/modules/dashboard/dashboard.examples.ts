import type {
  DashboardAgency,
  DashboardAreasResponse,
  DashboardDossierResponse,
  DashboardRankingResponse,
  DashboardStatusResponse,
  ReportingPeriodDto,
} from '@cchc/domain';

// Examples for the OpenAPI document: the 9-month 2020 period with the Sở Ngoại vụ's seed report
// (14 received, 12 on time, 2 in progress) and the Sở Tư pháp late. Typed by the contracts, and
// parsed by them in dashboard.examples.test.ts, so they cannot drift.

const SNGV: DashboardAgency = {
  id: '0b7c6a52-2f4e-4c1a-9a51-6f0f5d2d1a01',
  code: 'SNgV',
  name: { vi: 'Sở Ngoại vụ', en: 'Department of Foreign Affairs' },
  kind: 'department',
  validFrom: '2020-01-01',
  validTo: null,
};
const STP: DashboardAgency = {
  id: '0b7c6a52-2f4e-4c1a-9a51-6f0f5d2d1a02',
  code: 'STP',
  name: { vi: 'Sở Tư pháp', en: 'Department of Justice' },
  kind: 'department',
  validFrom: '2020-01-01',
  validTo: null,
};
const M9_2020: ReportingPeriodDto = {
  id: '5e1d2c3b-4a59-4e6f-8a7b-9c0d1e2f3a04',
  year: 2020,
  kind: 'M9',
  label: { vi: '9 tháng đầu năm 2020', en: 'First 9 months of 2020' },
  windowFrom: '2019-12-15',
  windowTo: '2020-09-14',
  deadline: '2020-09-20',
  graceDays: 0,
};
const M9_2019: ReportingPeriodDto = {
  ...M9_2020,
  id: '5e1d2c3b-4a59-4e6f-8a7b-9c0d1e2f3a00',
  year: 2019,
  label: { vi: '9 tháng đầu năm 2019', en: 'First 9 months of 2019' },
  windowFrom: '2018-12-15',
  windowTo: '2019-09-14',
  deadline: '2019-09-20',
};
const SNGV_REPORT = '7f3e2d1c-0b9a-4887-a665-544332211001';
const STP_REPORT = '7f3e2d1c-0b9a-4887-a665-544332211002';
const SNGV_DOSSIER = {
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
};

export const DASHBOARD_STATUS_EXAMPLE: DashboardStatusResponse = {
  year: 2020,
  kind: 'M9',
  agencyKind: 'department',
  asOf: '2020-09-25',
  periods: [
    {
      period: M9_2020,
      deadlinePassed: true,
      reporting: { expected: 2, reported: 1, rate: 0.5, unexpected: [] },
      counts: { DRAFT: 1, SUBMITTED: 0, RETURNED: 0, ACCEPTED: 1, MISSING: 0 },
      submittedLate: 0,
      timing: { onTime: 1, late: 0, afterGrace: 0 },
      overdue: 1,
    },
  ],
  filter: 'all',
  sort: 'name',
  q: '',
  filterCounts: { all: 2, late: 0, missing: 1, returned: 0, awaiting: 0 },
  kinds: [{ kind: 'department', rows: 2 }],
  page: { page: 1, pageSize: 50, pageCount: 1, total: 2, first: 1, last: 2 },
  rows: [
    {
      agency: SNGV,
      predecessors: [],
      successors: [],
      cells: [
        {
          periodId: M9_2020.id,
          expected: true,
          reportId: SNGV_REPORT,
          status: 'ACCEPTED',
          reported: true,
          overdue: false,
          timing: 'ON_TIME',
          daysLate: 0,
          submittedAt: '2020-09-18T03:00:00.000Z',
          covers: [],
          succeededBy: [],
        },
      ],
    },
    {
      agency: STP,
      predecessors: [],
      successors: [],
      cells: [
        {
          periodId: M9_2020.id,
          expected: true,
          reportId: STP_REPORT,
          status: 'DRAFT',
          reported: false,
          overdue: true,
          timing: null,
          daysLate: null,
          submittedAt: null,
          covers: [],
          succeededBy: [],
        },
      ],
    },
  ],
};

export const DASHBOARD_DOSSIER_EXAMPLE: DashboardDossierResponse = {
  year: 2020,
  kind: 'M9',
  agencyKind: null,
  structure: 'reported',
  periods: [M9_2020],
  province: [
    {
      periodId: M9_2020.id,
      reports: 1,
      figures: SNGV_DOSSIER,
      totals: { received: 14, toHandle: 14, resolved: 12, inProgress: 2 },
      rates: { onTimeRate: 1, lateRate: 0, onlineRate: 0 },
      reportId: null,
    },
  ],
  agencies: [
    {
      agency: SNGV,
      restatedFrom: [],
      points: [
        {
          periodId: M9_2020.id,
          reports: 1,
          figures: SNGV_DOSSIER,
          totals: { received: 14, toHandle: 14, resolved: 12, inProgress: 2 },
          rates: { onTimeRate: 1, lateRate: 0, onlineRate: 0 },
          reportId: SNGV_REPORT,
        },
      ],
    },
  ],
};

export const DASHBOARD_AREAS_EXAMPLE: DashboardAreasResponse = {
  year: 2020,
  kind: 'M9',
  agencyKind: null,
  areaKey: null,
  programme: {
    code: '30c',
    areas: [
      { key: 'INSTITUTIONAL', ordinal: 1, name: { vi: 'Cải cách thể chế', en: 'Institutional reform' } },
      { key: 'APPARATUS', ordinal: 3, name: { vi: 'Cải cách tổ chức bộ máy hành chính nhà nước', en: 'Reform of the administrative apparatus' } },
    ],
  },
  periods: [M9_2020],
  activity: [
    {
      periodId: M9_2020.id,
      reports: 1,
      areas: [
        { areaKey: 'INSTITUTIONAL', plans: 1, decisions: 0 },
        { areaKey: 'APPARATUS', plans: 0, decisions: 0 },
        { areaKey: 'UNASSIGNED', plans: 0, decisions: 2 },
      ],
      inspections: { held: 1, planned: 0, violations: 0 },
      trainings: { courses: 1, participants: 3 },
    },
  ],
  coverage: [
    {
      agency: SNGV,
      position: 0,
      reports: [{ periodId: M9_2020.id, reportId: SNGV_REPORT, status: 'ACCEPTED', covered: ['INSTITUTIONAL'], missing: ['APPARATUS'] }],
    },
  ],
  coverageShown: { ends: 10, q: '', total: 1, trimmed: false, found: 0, foundLeftOut: 0, withMissing: 1 },
};

export const DASHBOARD_RANKING_EXAMPLE: DashboardRankingResponse = {
  period: M9_2020,
  previousPeriod: M9_2019,
  figure: 'onTimeRate',
  order: 'desc',
  agencyKind: 'department',
  structure: 'reported',
  province: { method: 'POOLED', agencies: 2, value: 0.75, previous: 0.5, change: 0.25, changeRate: 0.5 },
  rows: [
    {
      agency: SNGV,
      restatedFrom: [],
      reportId: SNGV_REPORT,
      status: 'ACCEPTED',
      rank: 1,
      position: 0,
      value: 1,
      previous: 0.75,
      change: 0.25,
      changeRate: 0.3333333333333333,
    },
    {
      agency: STP,
      restatedFrom: [],
      reportId: STP_REPORT,
      status: 'SUBMITTED',
      rank: 2,
      position: 1,
      value: 0.5,
      previous: null,
      change: null,
      changeRate: null,
    },
  ],
  shown: { ends: 10, q: '', total: 2, trimmed: false, found: 0, foundLeftOut: 0, unranked: 0 },
};
