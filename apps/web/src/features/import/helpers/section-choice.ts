import { PROVINCE_SECTIONS, SECTION_KIND_NAMES, programmeForYear, type LocalizedText, type ReportDraft } from '@cchc/domain';

type Section = ReportDraft['sections'][number];

/** The code the extractor gives a section whose heading names no known area (`UNMAPPED_PROVINCE_SECTION`). */
export const UNMAPPED = 'UNMAPPED';

/** One choice of what a section is: an area, a province section, or another kind. */
export interface SectionOption {
  value: string;
  /** Null for "not mapped", which the feature's messages name. */
  label: LocalizedText | null;
}

/**
 * A section's choice in the select: `AREA:<area>`, `PROVINCE:<code>`, or the kind itself.
 *
 * @example
 * sectionChoice({ kind: 'AREA', areaKey: 'PROCEDURES', provinceSection: null }) // 'AREA:PROCEDURES'
 * sectionChoice({ kind: 'PROVINCE_SPECIFIC', areaKey: null, provinceSection: 'UNMAPPED' }) // 'PROVINCE:UNMAPPED'
 * sectionChoice({ kind: 'NEXT_PERIOD_TASKS', areaKey: null, provinceSection: null }) // 'NEXT_PERIOD_TASKS'
 */
export function sectionChoice(section: Pick<Section, 'kind' | 'areaKey' | 'provinceSection'>): string {
  if (section.kind === 'AREA') return `AREA:${section.areaKey ?? ''}`;
  if (section.kind === 'PROVINCE_SPECIFIC') return `PROVINCE:${section.provinceSection ?? UNMAPPED}`;
  return section.kind;
}

/** The section with another choice, its heading and narrative as they were. */
export function withChoice(section: Section, choice: string): Section {
  const [kind, code = ''] = choice.split(/:(.*)/s);
  if (kind === 'AREA') return { ...section, kind: 'AREA', areaKey: code as Section['areaKey'], provinceSection: null };
  if (kind === 'PROVINCE') return { ...section, kind: 'PROVINCE_SPECIFIC', areaKey: null, provinceSection: code || UNMAPPED };
  return { ...section, kind: kind as Section['kind'], areaKey: null, provinceSection: null };
}

/** Whether a section still waits for a person to say what it is. */
export const isUnmapped = (section: Pick<Section, 'kind' | 'provinceSection'>): boolean =>
  section.kind === 'PROVINCE_SPECIFIC' && section.provinceSection === UNMAPPED;

/**
 * The choices of a section in a report of a year: the areas of the programme in force that
 * year (by its numbering), the province's own sections, the other kinds, and "not mapped" (kept
 * as the province's own content, flagged).
 */
export function sectionOptions(year: number): SectionOption[] {
  const areas = programmeForYear(year)?.areas ?? [];
  return [
    { value: 'DIRECTION', label: SECTION_KIND_NAMES.DIRECTION },
    ...areas.map((area) => ({ value: `AREA:${area.key}`, label: { vi: `${area.ordinal}. ${area.name.vi}`, en: `${area.ordinal}. ${area.name.en}` } })),
    ...PROVINCE_SECTIONS.map((p) => ({ value: `PROVINCE:${p.code}`, label: p.name })),
    { value: 'NEXT_PERIOD_TASKS', label: SECTION_KIND_NAMES.NEXT_PERIOD_TASKS },
    { value: 'DIFFICULTIES_PROPOSALS', label: SECTION_KIND_NAMES.DIFFICULTIES_PROPOSALS },
    { value: `PROVINCE:${UNMAPPED}`, label: null },
  ];
}
