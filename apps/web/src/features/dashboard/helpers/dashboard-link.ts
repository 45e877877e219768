import { AGENCY_KINDS, DASHBOARD_STRUCTURES, PERIOD_KINDS, type AgencyKind, type DashboardStructure, type PeriodKind } from '@cchc/domain';

/** The dashboard's own filters as a link carries them (`?year=2020&kind=M9&agencyKind=commune&structure=restated`). */
export interface DashboardLink {
  year?: number;
  kind?: PeriodKind | null;
  agencyKind?: AgencyKind | null;
  structure?: DashboardStructure;
}

const text = (value: unknown): string | null => {
  const item: unknown = Array.isArray(value) ? value[0] : value;
  return typeof item === 'string' ? item : null;
};

/**
 * The year, period kind and agency kind a link asks for; what is missing or not a valid value is
 * left out, so the dashboard picks its own default for it.
 *
 * @example
 * parseDashboardLink({ year: '2020', kind: 'M9', agencyKind: 'planet' }) // { year: 2020, kind: 'M9' }
 */
export function parseDashboardLink(query: Record<string, unknown>): DashboardLink {
  const year = Number(text(query.year));
  const kind = PERIOD_KINDS.find((k) => k === text(query.kind));
  const agencyKind = AGENCY_KINDS.find((k) => k === text(query.agencyKind));
  const structure = DASHBOARD_STRUCTURES.find((k) => k === text(query.structure));
  return {
    ...(Number.isInteger(year) && year >= 2000 && year <= 2100 ? { year } : {}),
    ...(kind ? { kind } : {}),
    ...(agencyKind ? { agencyKind } : {}),
    ...(structure ? { structure } : {}),
  };
}

/**
 * The query that keeps the filters in the address (nothing for "all", nor for "as reported").
 *
 * @example
 * dashboardLinkQuery({ year: 2020, kind: null, agencyKind: 'commune', structure: 'reported' }) // { year: '2020', agencyKind: 'commune' }
 */
export function dashboardLinkQuery(filters: {
  year: number | null;
  kind: PeriodKind | null;
  agencyKind: AgencyKind | null;
  structure: DashboardStructure;
}): Record<string, string> {
  return {
    ...(filters.year !== null ? { year: String(filters.year) } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.agencyKind ? { agencyKind: filters.agencyKind } : {}),
    ...(filters.structure !== 'reported' ? { structure: filters.structure } : {}),
  };
}
