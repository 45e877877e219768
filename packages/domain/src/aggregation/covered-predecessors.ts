import type { AgencyValidity } from './expected-reporters.js';

/** What coveredPredecessors needs of an agency: its validity and the agencies it succeeded. */
export interface AgencyWithPredecessors extends AgencyValidity {
  predecessors: readonly { agencyId: string }[];
}

/**
 * The predecessors whose work in a window the agency's report covers (docs/domain.md §8, §13):
 * the agency valid at the window's end reports for the whole window, so each predecessor that
 * existed during the window and was gone by its end (and theirs, in turn) is covered. Empty when
 * the agency took over from no one, or from agencies gone before the window began; a predecessor
 * that still exists (it handed over part of its duties) reports for itself.
 *
 * `agencies` is the list of agencies or a map of them by id.
 *
 * @example
 * // SNNPTNT (to 28/02/2025) and STNMT merged into SNNMT from 01/03/2025:
 * coveredPredecessors(snnmt, agencies, { from: '2024-12-15', to: '2025-03-14' }).map((a) => a.id) // ['snnptnt', 'stnmt']
 * coveredPredecessors(snnmt, agencies, { from: '2025-03-15', to: '2025-06-14' }) // []
 */
export function coveredPredecessors<T extends AgencyWithPredecessors>(
  agency: T,
  agencies: readonly T[] | ReadonlyMap<string, T>,
  window: { from: string; to: string },
): T[] {
  // Most agencies succeeded no one: the answer needs no look-up table (the status board asks for
  // every agency and period). A caller asking for many agencies passes the agencies by id, built
  // once, rather than a list to index at each call.
  if (agency.predecessors.length === 0) return [];
  const byId: ReadonlyMap<string, T> = isMap(agencies) ? agencies : new Map(agencies.map((a) => [a.id, a]));
  const covered: T[] = [];
  const visit = (current: T): void => {
    for (const link of current.predecessors) {
      const predecessor = byId.get(link.agencyId);
      if (!predecessor || covered.includes(predecessor) || predecessor === agency) continue;
      // Still there at the window's end (a partial transfer of duties), it reports for itself.
      if (predecessor.validTo === null || predecessor.validTo >= window.to || predecessor.validTo < window.from) continue;
      covered.push(predecessor);
      visit(predecessor);
    }
  };
  visit(agency);
  return covered;
}

function isMap<T>(agencies: readonly T[] | ReadonlyMap<string, T>): agencies is ReadonlyMap<string, T> {
  return !Array.isArray(agencies);
}
