import type { ReportSection } from '@cchc/domain';
import type { RecordPart } from './finding-fields.js';

/**
 * What the editor shows beside a section's narrative: a list of records, the dossier figures,
 * or the difficulties and proposals (`lines`).
 */
export type RecordGroup = RecordPart | 'dossier' | 'lines';

/** What decides a section's groups: its kind and, for a reform area, which one. */
type SectionShape = Pick<ReportSection, 'kind'> & { areaKey?: ReportSection['areaKey'] };

/** Every group, in the order they are shown when their section is missing. */
export const ALL_GROUPS: readonly RecordGroup[] = ['plans', 'decisions', 'letters', 'documents', 'dossier', 'trainings', 'inspections', 'tasks', 'lines'];

/**
 * The groups a section hosts, so records are entered where the report speaks of them: plans,
 * decisions, letters and documents under direction; dossier figures under procedure reform;
 * trainings under civil service; inspections under the province's own section (the discipline
 * rule, docs/domain.md §7); tasks, difficulties and proposals under their sections.
 *
 * @example
 * groupsOfSection({ kind: 'AREA', areaKey: 'PROCEDURES' }) // ['dossier']
 * groupsOfSection({ kind: 'NEXT_PERIOD_TASKS' }) // ['tasks']
 */
export function groupsOfSection(section: SectionShape): RecordGroup[] {
  switch (section.kind) {
    case 'DIRECTION':
      return ['plans', 'decisions', 'letters', 'documents'];
    case 'AREA':
      return section.areaKey === 'PROCEDURES' ? ['dossier'] : section.areaKey === 'CIVIL_SERVICE' ? ['trainings'] : [];
    case 'PROVINCE_SPECIFIC':
      return ['inspections'];
    case 'NEXT_PERIOD_TASKS':
      return ['tasks'];
    case 'DIFFICULTIES_PROPOSALS':
      return ['lines'];
  }
  return [];
}

/**
 * The groups no section of the report hosts (its section was removed or never added): the
 * editor shows them after the sections, so no entered record is out of reach.
 *
 * @example
 * leftoverGroups([]) // ALL_GROUPS
 */
export function leftoverGroups(sections: readonly SectionShape[]): RecordGroup[] {
  const hosted = new Set(sections.flatMap(groupsOfSection));
  return ALL_GROUPS.filter((group) => !hosted.has(group));
}

/** True for a group edited as a list of records (not the dossier figures nor the lines). */
export const isRecordPart = (group: RecordGroup): group is RecordPart => group !== 'dossier' && group !== 'lines';
