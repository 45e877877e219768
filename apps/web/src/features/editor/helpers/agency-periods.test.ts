import type { ReportSummary, ReportingPeriodDto } from '@cchc/domain';
import { agencyYears, awaitingSignature, isEditableStatus } from './agency-periods.js';

let n = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const period = (year: number, kind: ReportingPeriodDto['kind']): ReportingPeriodDto => ({
  id: uuid(),
  year,
  kind,
  label: { vi: `${kind} ${year}`, en: `${kind} ${year}` },
  windowFrom: `${year - 1}-12-15`,
  windowTo: `${year}-09-14`,
  deadline: `${year}-09-20`,
  graceDays: 0,
});
const report = (p: ReportingPeriodDto, status: ReportSummary['status'], errorCount = 0): ReportSummary => ({
  id: uuid(),
  agencyId: uuid(),
  periodId: p.id,
  status,
  version: 1,
  title: 'x',
  submittedAt: null,
  firstSubmittedAt: null,
  submissionTiming: null,
  corrections: [],
  errorCount,
  warningCount: 0,
  signatureRequestedAt: null,
  updatedAt: '2021-01-01T00:00:00Z',
});

describe(agencyYears.name, () => {
  const periods = [2020, 2021, 2022, 2025, 2026].flatMap((y) => [period(y, 'YEAR'), period(y, 'Q1'), period(y, 'M9')]);
  const p2020 = periods.filter((p) => p.year === 2020);

  it('shows the current and last year, and the years the agency has reports in', () => {
    const years = agencyYears(periods, [report(p2020[0]!, 'ACCEPTED')], 2026);
    expect(years.map((y) => y.year)).toEqual([2026, 2025, 2020]);
  });

  it('orders periods through the year and leads each row to start, edit or view', () => {
    const [year, q1, m9] = p2020;
    const rows = agencyYears(periods, [report(q1!, 'ACCEPTED'), report(m9!, 'RETURNED')], 2026).find((y) => y.year === 2020)!.rows;
    expect(rows.map((r) => r.period.kind)).toEqual(['Q1', 'M9', 'YEAR']);
    expect(rows.map((r) => r.action)).toEqual(['view', 'edit', 'start']);
    expect(rows[2]!.period).toBe(year);
  });

  it('leaves out a year without periods', () => {
    expect(agencyYears(periods, [], 2030).map((y) => y.year)).toEqual([]);
  });
});

describe(isEditableStatus.name, () => {
  it('is true for drafts and returned reports only', () => {
    expect(['DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED'].map((s) => isEditableStatus(s as ReportSummary['status']))).toEqual([true, false, true, false]);
  });
});

describe(awaitingSignature.name, () => {
  const periods = [2025, 2026].flatMap((y) => [period(y, 'YEAR'), period(y, 'Q1'), period(y, 'M9')]);
  const [y25, q125, m925, y26, q126, m926] = periods;

  it('lists drafts and returned reports, those that can be signed now first, then by deadline', () => {
    const reports = [
      report(q125!, 'ACCEPTED'),
      report(m925!, 'DRAFT', 2),
      report(y25!, 'RETURNED', 0),
      report(q126!, 'DRAFT', 0),
      report(m926!, 'SUBMITTED'),
    ];
    const waiting = awaitingSignature(agencyYears(periods, reports, 2026));
    expect(waiting.map((r) => [r.period.id, r.report.errorCount])).toEqual([
      [y25!.id, 0],
      [q126!.id, 0],
      [m925!.id, 2],
    ]);
    expect(waiting.map((r) => r.ready)).toEqual([true, true, false]);
    expect(waiting.some((r) => r.period.id === y26!.id)).toBe(false);
  });

  it('puts first the reports a reporter put before the approver, errors or not', () => {
    const withErrors = { ...report(m925!, 'DRAFT', 2), signatureRequestedAt: '2026-09-18T03:00:00.000Z' };
    const reports = [withErrors, report(y25!, 'RETURNED', 0), report(q126!, 'DRAFT', 0)];
    const waiting = awaitingSignature(agencyYears(periods, reports, 2026));
    expect(waiting.map((r) => [r.period.id, r.requestedAt, r.ready])).toEqual([
      [m925!.id, '2026-09-18T03:00:00.000Z', false],
      [y25!.id, null, true],
      [q126!.id, null, true],
    ]);
  });

  it('is empty when nothing waits', () => {
    expect(awaitingSignature(agencyYears(periods, [report(q125!, 'SUBMITTED')], 2026))).toEqual([]);
  });
});
