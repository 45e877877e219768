import type { AgencyDto, ReportSummary } from '@cchc/domain';
import { reviewQueue } from './review-queue.js';

const agency = (id: string, kind: AgencyDto['kind']): AgencyDto => ({
  id,
  code: id.toUpperCase(),
  name: { vi: id, en: id },
  kind,
  parentId: null,
  validFrom: '2020-01-01',
  validTo: null,
});
const report = (id: string, overrides: Partial<ReportSummary> = {}): ReportSummary => ({
  id,
  agencyId: 'sngv',
  periodId: 'm9-2020',
  status: 'SUBMITTED',
  version: 2,
  title: 'Báo cáo',
  submittedAt: '2020-09-18T03:00:00.000Z',
  firstSubmittedAt: '2020-09-18T03:00:00.000Z',
  submissionTiming: { timing: 'ON_TIME', daysLate: 0 },
  corrections: [],
  errorCount: 0,
  warningCount: 0,
  signatureRequestedAt: null,
  updatedAt: '2020-09-18T03:00:00.000Z',
  ...overrides,
});
const agencies = [agency('sngv', 'department'), agency('binhson', 'district')];
const all = { periodId: null, agencyKind: null };

describe(reviewQueue.name, () => {
  it('is empty for no reports', () => {
    expect(reviewQueue([], agencies, all)).toEqual([]);
  });

  it('puts the oldest submission first and never-submitted reports last', () => {
    const items = [
      report('b', { submittedAt: '2021-12-19T02:00:00.000Z' }),
      report('c', { submittedAt: null }),
      report('a', { submittedAt: '2020-09-18T03:00:00.000Z' }),
    ];
    expect(reviewQueue(items, agencies, all).map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  it('does not reorder the list it was given', () => {
    const items = [report('b', { submittedAt: '2021-12-19T02:00:00.000Z' }), report('a')];
    reviewQueue(items, agencies, all);
    expect(items.map((r) => r.id)).toEqual(['b', 'a']);
  });

  it('keeps the reports of the chosen period and agency kind', () => {
    const items = [report('a'), report('b', { periodId: 'y-2021' }), report('c', { agencyId: 'binhson' })];
    expect(reviewQueue(items, agencies, { periodId: 'm9-2020', agencyKind: null }).map((r) => r.id)).toEqual(['a', 'c']);
    expect(reviewQueue(items, agencies, { periodId: null, agencyKind: 'district' }).map((r) => r.id)).toEqual(['c']);
  });
});
