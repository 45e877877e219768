import type { Report } from '@cchc/domain';

/** One step of a field path: a property name or a list index. */
export type PathSegment = string | number;

/**
 * Reads a field path in either spelling the app meets: findings write `sections[2].narrative`,
 * return reasons and the changes between submissions write `sections.2.narrative`.
 *
 * @example
 * parseReportPath('sections[2].narrative') // ['sections', 2, 'narrative']
 * parseReportPath('plans.0.title') // ['plans', 0, 'title']
 */
export function parseReportPath(path: string): PathSegment[] {
  return path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** The lists of records the document shows as tables, in the order it shows them. */
export const RECORD_PARTS = ['documents', 'plans', 'decisions', 'letters', 'trainings', 'inspections', 'onlineServices', 'indicators', 'tasks'] as const;
export type RecordPart = (typeof RECORD_PARTS)[number];

/**
 * A part of the document a note can point at: the header (symbol, place and date), the title,
 * the preamble, the list of sections as a whole (a missing area), one section (`sections.2`),
 * the dossier figures, a table of records, difficulties, proposals, the signature, the
 * recipients, or the whole report (`document`).
 */
export type ReportPart =
  | 'document'
  | 'header'
  | 'title'
  | 'preamble'
  | 'sections'
  | `sections.${number}`
  | 'dossier'
  | RecordPart
  | 'difficulties'
  | 'proposals'
  | 'signing'
  | 'recipients';

const HEADER_FIELDS = new Set(['agencyCode', 'symbol', 'place', 'signedOn']);
const TITLE_FIELDS = new Set(['period', 'programme', 'title']);
const OWN_PARTS = new Set<string>(['preamble', 'dossier', 'difficulties', 'proposals', 'signing', 'recipients', ...RECORD_PARTS]);

/**
 * The part of the document a finding's or a reason's path points into; an empty or unknown
 * path points at the whole report.
 *
 * @example
 * reportPartOf('sections[5].narrative') // 'sections.5'
 * reportPartOf('dossier.resolvedOnTime') // 'dossier'
 * reportPartOf('symbol.issuer') // 'header'
 * reportPartOf(null) // 'document'
 */
export function reportPartOf(path: string | null): ReportPart {
  const [first, second] = parseReportPath(path ?? '');
  if (typeof first !== 'string') return 'document';
  if (first === 'sections') return typeof second === 'number' ? `sections.${second}` : 'sections';
  if (HEADER_FIELDS.has(first)) return 'header';
  if (TITLE_FIELDS.has(first)) return 'title';
  if (OWN_PARTS.has(first)) return first as ReportPart;
  return 'document';
}

/**
 * The row of a table a path points at (`plans[1]` is the second plan), or null.
 *
 * @example
 * rowOf('plans.1.date') // 1
 * rowOf('sections[2].narrative') // null (a section is a part, not a row)
 */
export function rowOf(path: string | null): number | null {
  const [first, second] = parseReportPath(path ?? '');
  if (first === 'sections' || typeof second !== 'number') return null;
  return second;
}

/**
 * The id of the element that shows a part, for links and scrolling.
 *
 * @example
 * partAnchorId('sections.2') // 'report-part-sections-2'
 */
export function partAnchorId(part: ReportPart): string {
  return `report-part-${part.replace('.', '-')}`;
}

/**
 * The field path a return reason attached to a part is sent with, written as the domain writes
 * finding paths (`sections[2]`), so the editor shows the reason at the same field as a finding;
 * null for the whole report.
 *
 * @example
 * partPath('sections.2') // 'sections[2]'
 * partPath('header') // 'symbol'
 * partPath('document') // null
 */
export function partPath(part: ReportPart): string | null {
  if (part === 'document') return null;
  if (part === 'header') return 'symbol';
  return part.replace(/^sections\.(\d+)$/, 'sections[$1]');
}

/** Groups notes (findings, return reasons) by the part of the document they point at. */
export function groupByPart<T extends { path: string | null }>(notes: readonly T[]): Map<ReportPart, T[]> {
  const groups = new Map<ReportPart, T[]>();
  for (const note of notes) {
    const part = reportPartOf(note.path);
    groups.set(part, [...(groups.get(part) ?? []), note]);
  }
  return groups;
}

/**
 * The parts of a report a reviewer can attach a return reason to: the whole report, then the
 * parts it has, in the order of the document (sent as {@link partPath}).
 *
 * @example
 * returnTargets({ ...report, sections: [a, b], dossier: null, plans: [p] })
 * // [null, 'header', 'title', 'preamble', 'sections', 'sections.0', 'sections.1', 'plans', 'signing', 'recipients']
 */
export function returnTargets(content: Report): (ReportPart | null)[] {
  const targets: (ReportPart | null)[] = [null, 'header', 'title'];
  if (content.preamble.trim()) targets.push('preamble');
  targets.push('sections', ...content.sections.map((_, index) => `sections.${index}` as const));
  if (content.dossier) targets.push('dossier');
  for (const part of RECORD_PARTS) if (content[part].length > 0) targets.push(part);
  if (content.difficulties.length > 0) targets.push('difficulties');
  if (content.proposals.length > 0) targets.push('proposals');
  targets.push('signing', 'recipients');
  return targets;
}
