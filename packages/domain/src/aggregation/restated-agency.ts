/**
 * How comparisons across years show merged agencies (docs/domain.md §13): `reported`, each
 * agency as it reported; `restated`, predecessors folded into the agency that took them over.
 * Here, beside the rule, rather than with the dashboard's schemas: a page reads it from a link
 * without loading them.
 */
export const DASHBOARD_STRUCTURES = ['reported', 'restated'] as const;
export type DashboardStructure = (typeof DASHBOARD_STRUCTURES)[number];

/** What restatedAgency needs of an agency: its id and the agencies that succeeded it. */
export interface AgencySuccession {
  id: string;
  successors: readonly { agencyId: string }[];
}

/**
 * The agency each agency's history is shown under when history is restated onto today's
 * structure (docs/domain.md §8, §13): a merged agency's reports count under the agency that
 * took it over, following successions to the last one. An agency with no successor, or
 * split between several (its history cannot be given to one), stays itself.
 *
 * @example
 * const agencies = [
 *   { id: 'snnptnt', successors: [{ agencyId: 'snnmt' }] },
 *   { id: 'stnmt', successors: [{ agencyId: 'snnmt' }] },
 *   { id: 'snnmt', successors: [] },
 * ];
 * restatedAgency(agencies).get('snnptnt') // 'snnmt'
 * restatedAgency(agencies).get('snnmt') // 'snnmt'
 */
export function restatedAgency(agencies: readonly AgencySuccession[]): Map<string, string> {
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const under = new Map<string, string>();
  for (const agency of agencies) {
    let current = agency;
    const seen = new Set([current.id]);
    for (;;) {
      const only = current.successors.length === 1 ? byId.get(current.successors[0]?.agencyId ?? '') : undefined;
      // A successor outside the list (another kind of agency), or a loop in bad data, ends the chain.
      if (!only || seen.has(only.id)) break;
      seen.add(only.id);
      current = only;
    }
    under.set(agency.id, current.id);
  }
  return under;
}
