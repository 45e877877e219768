import { coveredAreaKeys } from '../aggregation/report-figures.js';
import { programmeForYear } from '../programmes/programme-for-year.js';
import type { ReformArea, ReformProgramme } from '../programmes/reform-programmes.js';
import type { ReportSection } from './report.schema.js';

/**
 * The areas of the programme in force in `year` that no area section covers with some narrative
 * (the seed, a 2020 report, lacks apparatus reform). Outside any programme's years: none.
 *
 * @example
 * missingAreas([{ kind: 'AREA', areaKey: 'INSTITUTIONAL', narrative: 'x' }], 2020).length // 5
 */
export function missingAreas(
  sections: readonly Pick<ReportSection, 'kind' | 'areaKey' | 'narrative'>[],
  year: number,
  programmes?: readonly ReformProgramme[],
): ReformArea[] {
  const programme = programmeForYear(year, programmes);
  if (!programme) return [];
  const covered = new Set(coveredAreaKeys(sections));
  return programme.areas.filter((area) => !covered.has(area.key));
}
