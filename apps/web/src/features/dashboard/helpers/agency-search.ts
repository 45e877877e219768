import { agencySearch, type DashboardAgency } from '@cchc/domain';

/**
 * A test of whether an agency's code or name (Vietnamese or English) contains the text searched
 * for, accents, đ and case ignored ("so tu phap" finds "Sở Tư pháp", "sngv" finds "SNgV"); null
 * when nothing is searched for (blank text). The domain's `agencySearch`, so the dashboard finds
 * the agencies the API finds for the same text.
 *
 * @example
 * agencyMatcher('tu phap')?.(stp) // true
 * agencyMatcher('  ') // null
 */
export function agencyMatcher(search: string): ((agency: DashboardAgency) => boolean) | null {
  return agencySearch(search);
}

/**
 * Agencies a picker lists whole at most (a province's departments and districts); beyond, it lists
 * the picked ones and at most as many found by a search.
 */
export const PICKER_LIST_MAX = 50;

/** The agencies a picker lists, and how many more the search matches than it lists. */
export interface PickerChoices {
  agencies: DashboardAgency[];
  more: number;
}

/**
 * What a picker of agencies lists: with few agencies, all of them; with many, the ones picked and
 * then, in their order, those the search matches (none without a search), at most `max` in all
 * beside the picked ones, so the list stays short in a province of thousands of agencies.
 *
 * @example
 * pickerChoices(fourThousand, [sngvId], 'tu phap') // { agencies: [SNgV, STP], more: 0 }
 */
export function pickerChoices(
  agencies: readonly DashboardAgency[],
  picked: readonly string[],
  search: string,
  max = PICKER_LIST_MAX,
): PickerChoices {
  const matches = agencyMatcher(search);
  if (agencies.length <= max && !matches) return { agencies: [...agencies], more: 0 };
  const isPicked = (agency: DashboardAgency): boolean => picked.includes(agency.id);
  const found = matches ? agencies.filter((agency) => !isPicked(agency) && matches(agency)) : [];
  return { agencies: [...agencies.filter(isPicked), ...found.slice(0, max)], more: Math.max(0, found.length - max) };
}
