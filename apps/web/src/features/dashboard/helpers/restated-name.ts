import type { DashboardAgency, DashboardAgencyRef } from '@cchc/domain';

export interface RestatedNameTexts {
  agencyName: (agency: DashboardAgency) => string;
  /** What follows the name of an agency its predecessors were folded into, e.g. '(gộp SNNPTNT, STNMT)'. */
  restated?: (codes: string) => string;
}

/**
 * An agency's name in a comparison, saying which predecessors were folded into it when history
 * is restated (docs/domain.md §13), so a reader never takes the figure for its own alone.
 *
 * @example
 * restatedName({ agency: snnmt, restatedFrom: [snnptnt, stnmt] }, texts)
 * // 'Sở Nông nghiệp và Môi trường (gộp SNNPTNT, STNMT)'
 */
export function restatedName(entry: { agency: DashboardAgency; restatedFrom: readonly DashboardAgencyRef[] }, texts: RestatedNameTexts): string {
  const name = texts.agencyName(entry.agency);
  if (entry.restatedFrom.length === 0 || !texts.restated) return name;
  return `${name} ${texts.restated(entry.restatedFrom.map((a) => a.code).join(', '))}`;
}
