/**
 * What kind of unit an agency is (docs/domain.md §1, §8): a provincial department (*sở*, including the
 * department-level Inspectorate and People's Committee Office), a board (*ban*), a district-level
 * People's Committee (until 30/6/2025), a commune-level one, or the province itself: its People's
 * Committee, which issues the province's report compiled from the others' (docs/domain.md §12) and is
 * not one of its own reporters.
 */
export const AGENCY_KINDS = ['department', 'board', 'district', 'commune', 'province'] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

/** The kinds that report to Home Affairs each period: every kind but the province. */
export const REPORTING_AGENCY_KINDS = ['department', 'board', 'district', 'commune'] as const satisfies readonly AgencyKind[];
export type ReportingAgencyKind = (typeof REPORTING_AGENCY_KINDS)[number];

/** Whether agencies of a kind report to Home Affairs (the province compiles their reports instead). */
export const isReportingKind = (kind: AgencyKind): kind is ReportingAgencyKind => kind !== 'province';
