/**
 * What kind of unit an agency is (docs/domain.md §1, §8): a provincial department (*sở*, including the
 * department-level Inspectorate and People's Committee Office), a board (*ban*), a district-level
 * People's Committee (until 30/6/2025) or a commune-level one.
 */
export const AGENCY_KINDS = ['department', 'board', 'district', 'commune'] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];
