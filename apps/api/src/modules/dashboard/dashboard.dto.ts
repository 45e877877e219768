import type { AgencyDetailDto, AgencyDto, DashboardAgency, DashboardAgencyLink, DashboardAgencyRef, DashboardStatusCell } from '@cchc/domain';
import { isReported } from './dashboard.figures.js';
import type { DashboardStatusRow } from './dashboard.repository.js';

/** An agency as the dashboard names it (the reference data's agency without its parent). */
export function toDashboardAgency(agency: AgencyDto): DashboardAgency {
  return { id: agency.id, code: agency.code, name: agency.name, kind: agency.kind, validFrom: agency.validFrom, validTo: agency.validTo };
}

/** Another agency as the dashboard names it beside one. */
export function toAgencyRef(agency: AgencyDto): DashboardAgencyRef {
  return { id: agency.id, code: agency.code, name: agency.name };
}

/**
 * The agencies on the other side of an agency's successions (`predecessors` or `successors`),
 * with the day each took effect; agencies not in `byId` (another kind) are left out.
 */
export function toAgencyLinks(links: AgencyDetailDto['successors'], byId: ReadonlyMap<string, AgencyDto>): DashboardAgencyLink[] {
  return links.flatMap((link) => {
    const other = byId.get(link.agencyId);
    return other ? [{ ...toAgencyRef(other), effectiveOn: link.effectiveOn }] : [];
  });
}

/**
 * One cell of the status board. Without a report an expected agency is MISSING, any other
 * NOT_EXPECTED; a draft stays DRAFT (it is not reported) and `overdue` says the deadline passed.
 */
export function toStatusCell(
  periodId: string,
  expected: boolean,
  report: DashboardStatusRow | undefined,
  deadlinePassed: boolean,
  lineage: Pick<DashboardStatusCell, 'covers' | 'succeededBy'> = { covers: [], succeededBy: [] },
): DashboardStatusCell {
  const reported = report !== undefined && isReported(report.status);
  return {
    periodId,
    expected,
    reportId: report?.id ?? null,
    status: report?.status ?? (expected ? 'MISSING' : 'NOT_EXPECTED'),
    reported,
    overdue: expected && !reported && deadlinePassed,
    timing: report?.submissionTiming ?? null,
    daysLate: report?.daysLate ?? null,
    submittedAt: report?.submittedAt ?? null,
    ...lineage,
  };
}
