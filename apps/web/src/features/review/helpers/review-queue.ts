import type { AgencyDto, AgencyKind, ReportSummary } from '@cchc/domain';

export interface QueueFilters {
  /** One reporting period, or all. */
  periodId: string | null;
  /** One kind of agency, or all. */
  agencyKind: AgencyKind | null;
}

/**
 * The reports of a review queue that match the filters, the oldest submission first (the one
 * waiting longest is reviewed first); reports never submitted come last.
 *
 * @example
 * reviewQueue(items, agencies, { periodId: null, agencyKind: 'department' })
 */
export function reviewQueue(items: readonly ReportSummary[], agencies: readonly AgencyDto[], filters: QueueFilters): ReportSummary[] {
  const kindOf = new Map(agencies.map((agency) => [agency.id, agency.kind]));
  return items
    .filter((item) => filters.periodId === null || item.periodId === filters.periodId)
    .filter((item) => filters.agencyKind === null || kindOf.get(item.agencyId) === filters.agencyKind)
    .sort((a, b) => {
      if (a.submittedAt === b.submittedAt) return a.id.localeCompare(b.id);
      if (a.submittedAt === null) return 1;
      if (b.submittedAt === null) return -1;
      return Date.parse(a.submittedAt) - Date.parse(b.submittedAt);
    });
}
