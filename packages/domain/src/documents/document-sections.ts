import { programmeForYear } from '../programmes/programme-for-year.js';
import { REFORM_PROGRAMMES } from '../programmes/reform-programmes.js';
import { SECTION_KINDS } from '../programmes/section-kinds.js';
import { sectionTitle } from '../programmes/section-title.js';
import type { Report, ReportSection } from '../reports/report.schema.js';

/** A section as the document prints it: the heading as written, or the programme's name. */
export interface DocumentSection {
  /** Where the section is in the report's content (`sections.<index>`). */
  index: number;
  section: ReportSection;
  heading: string;
}

/**
 * The report's sections in the order of the document (docs/domain.md §3, §11): direction and
 * administration, the programme's areas in the programme's order, the province's own sections,
 * the next period's tasks, then difficulties and proposals. Sections of one kind keep the order
 * they were entered in. A section without a heading of its own takes its programme name.
 *
 * @example
 * documentSections(SNGV_M9_2020_REPORT).map((s) => s.heading)[0] // '1. Cải cách thể chế'
 */
export function documentSections(report: Pick<Report, 'sections' | 'programme' | 'period'>): DocumentSection[] {
  const programme = REFORM_PROGRAMMES.find((p) => p.code === report.programme) ?? programmeForYear(report.period.year);
  const areaOrder = (section: ReportSection): number => {
    const ordinal = programme?.areas.find((a) => a.key === section.areaKey)?.ordinal;
    return ordinal ?? Number.MAX_SAFE_INTEGER;
  };
  return report.sections
    .map((section, index) => ({ index, section, heading: section.heading.trim() || sectionTitle(section, report.period.year).vi }))
    .sort(
      (a, b) =>
        SECTION_KINDS.indexOf(a.section.kind) - SECTION_KINDS.indexOf(b.section.kind) ||
        (a.section.kind === 'AREA' ? areaOrder(a.section) - areaOrder(b.section) : 0) ||
        a.index - b.index,
    );
}
