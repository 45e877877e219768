import type { LocalizedText } from '../shared/localized-text.js';
import type { AgencyKind } from './agency-kind.js';

/**
 * The levels the province's appendix breaks its figures down by (docs/domain.md §12): the
 * province-level agencies (departments and boards), the district level (until 30/6/2025) and the
 * commune level.
 */
export const AGENCY_LEVELS = ['province', 'district', 'commune'] as const;
export type AgencyLevel = (typeof AGENCY_LEVELS)[number];

export const AGENCY_LEVEL_NAMES: Readonly<Record<AgencyLevel, LocalizedText>> = {
  province: { vi: 'Cấp tỉnh', en: 'Province level' },
  district: { vi: 'Cấp huyện', en: 'District level' },
  commune: { vi: 'Cấp xã', en: 'Commune level' },
};

/**
 * The level an agency reports at, or null for the province itself (it compiles the others' reports,
 * it is not one of its own reporters).
 *
 * @example
 * agencyLevel('board') // 'province'
 * agencyLevel('commune') // 'commune'
 */
export function agencyLevel(kind: AgencyKind): AgencyLevel | null {
  switch (kind) {
    case 'department':
    case 'board':
      return 'province';
    case 'district':
      return 'district';
    case 'commune':
      return 'commune';
    case 'province':
      return null;
  }
}
