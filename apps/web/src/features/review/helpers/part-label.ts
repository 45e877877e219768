import { sectionTitle, type Report } from '@cchc/domain';
import type { ReportPart } from './report-paths.js';

type Translate = (key: string, params?: Record<string, unknown>) => string;

/**
 * The name of a part of a report in the reader's language: a section by its heading as written
 * (or its programme title when the heading is blank), other parts by their name; `row` (from 0)
 * adds the row of a table.
 *
 * @example
 * partLabel(t, 'sections.1', content, 'vi') // 'Phần: 2. Cải cách thủ tục hành chính'
 * partLabel(t, 'plans', content, 'vi', 0) // 'Kế hoạch ban hành, dòng 1'
 */
export function partLabel(t: Translate, part: ReportPart | null, content: Report | null, locale: 'vi' | 'en', row: number | null = null): string {
  const key = part ?? 'document';
  let label: string;
  if (key.startsWith('sections.')) {
    const index = Number(key.slice('sections.'.length));
    const section = content?.sections[index];
    const heading = section ? section.heading.trim() || sectionTitle(section, content.period.year)[locale] : String(index + 1);
    // Some headings are a whole sentence: a link names the section by its start.
    label = t('review.parts.section', { heading: heading.length > 70 ? `${heading.slice(0, 67).trimEnd()}…` : heading });
  } else {
    label = t(`review.parts.${key}`);
  }
  return row === null ? label : `${label}, ${t('review.parts.row', { n: row + 1 })}`;
}
