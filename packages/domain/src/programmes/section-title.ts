import type { LocalizedText } from '../shared/localized-text.js';
import { programmeForYear } from './programme-for-year.js';
import type { ReformAreaKey } from './reform-programmes.js';
import { PROVINCE_SECTIONS, SECTION_KIND_NAMES, type SectionKind } from './section-kinds.js';

/** What identifies a section: its kind, and its area or province section when it has one. */
export interface SectionRef {
  kind: SectionKind;
  areaKey?: ReformAreaKey | null;
  provinceSection?: string | null;
}

/**
 * The title of a section in a report of the given year: an area section is titled by its area
 * in the programme of that year (so area 6 reads "Hiện đại hóa hành chính" in 2020 and "Xây dựng
 * và phát triển Chính phủ điện tử, Chính phủ số" in 2021), a province section by its name,
 * any other by its kind.
 *
 * @example
 * sectionTitle({ kind: 'AREA', areaKey: 'MODERNISATION' }, 2020).vi // 'Hiện đại hóa hành chính'
 * sectionTitle({ kind: 'NEXT_PERIOD_TASKS' }, 2020).en // 'Tasks for the next period'
 */
export function sectionTitle(section: SectionRef, year: number): LocalizedText {
  if (section.kind === 'AREA' && section.areaKey) {
    const area = programmeForYear(year)?.areas.find((a) => a.key === section.areaKey);
    if (area) return area.name;
  }
  if (section.kind === 'PROVINCE_SPECIFIC' && section.provinceSection) {
    const known = PROVINCE_SECTIONS.find((p) => p.code === section.provinceSection);
    if (known) return known.name;
  }
  return SECTION_KIND_NAMES[section.kind];
}
