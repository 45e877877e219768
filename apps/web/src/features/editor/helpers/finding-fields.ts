import { DOSSIER_FIELDS } from '@cchc/domain';
import { indicatorFieldId } from './indicator-inputs.js';

/** The lists of records a report holds, each edited as rows. */
export const RECORD_PARTS = ['plans', 'decisions', 'letters', 'documents', 'trainings', 'inspections', 'tasks'] as const;
export type RecordPart = (typeof RECORD_PARTS)[number];

/** The lists of plain lines (one text per line). */
export const LINE_PARTS = ['recipients', 'difficulties', 'proposals'] as const;
export type LinePart = (typeof LINE_PARTS)[number];

const SCALARS = new Set(['title', 'place', 'signedOn', 'preamble', 'symbol', 'signing', 'agencyCode', 'period', 'programme', 'onlineServices']);
const isDossierField = (name: string): boolean => (DOSSIER_FIELDS as readonly string[]).includes(name);

/**
 * The id of the form field a finding or a reviewer's reason points at, from its path (as the
 * domain writes them: `sections[2].narrative`, `dossier.returned`, `plans[0].symbol`): a
 * section's narrative, a dossier figure, a record's row, a top-level field. `null` for the
 * report as a whole or a path the form does not show.
 *
 * @example
 * fieldIdForPath('sections[2].narrative') // 'field-sections-2'
 * fieldIdForPath('dossier') // 'field-dossier'
 * fieldIdForPath('plans[0].symbol') // 'field-plans-0'
 * fieldIdForPath('symbol.issuer') // 'field-symbol'
 */
export function fieldIdForPath(path: string | null | undefined): string | null {
  if (!path) return null;
  const match = /^([A-Za-z]+)(?:\[(\d+)\])?(?:\.([A-Za-z]+))?/.exec(path);
  if (!match) return null;
  const [, part = '', index, child] = match;
  if (part === 'sections') return index === undefined ? 'field-sections' : `field-sections-${index}`;
  if (part === 'dossier') return child && isDossierField(child) ? `field-dossier-${child}` : 'field-dossier';
  if ((RECORD_PARTS as readonly string[]).includes(part)) return index === undefined ? `field-${part}` : `field-${part}-${index}`;
  if ((LINE_PARTS as readonly string[]).includes(part)) return `field-${part}`;
  if (SCALARS.has(part)) return `field-${part}`;
  return null;
}

/**
 * Groups items (findings, reasons) by the field they point at; items pointing at no field
 * shown by the form are grouped under `null`, to be shown for the report as a whole.
 */
export function groupByField<T extends { path: string | null }>(
  items: readonly T[],
  known?: (id: string) => boolean,
  fieldOf: (item: T) => string | null = (item) => fieldIdForPath(item.path),
): Map<string | null, T[]> {
  const groups = new Map<string | null, T[]>();
  for (const item of items) {
    const id = fieldOf(item);
    const key = id !== null && (known === undefined || known(id)) ? id : null;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}

/**
 * The field a finding points at, made more precise than its path where the finding says more:
 * a missing area points at that area's (empty) section when the report has one, an indicator
 * value off its unit at that indicator's input.
 *
 * @example
 * findingFieldId({ path: 'sections', code: 'REPORT_AREA_MISSING', details: { areaKey: 'APPARATUS' } }, sections) // 'field-sections-3'
 */
export function findingFieldId(
  finding: { path: string; code: string; details?: Readonly<Record<string, unknown>> },
  sections: readonly { kind: string; areaKey: string | null }[],
): string | null {
  const indicator = finding.details?.indicator;
  if ((finding.code === 'INDICATOR_VALUE' || finding.code === 'INDICATOR_DUPLICATE') && typeof indicator === 'string') return indicatorFieldId(indicator);
  const areaKey = finding.details?.areaKey;
  if (finding.code === 'REPORT_AREA_MISSING' && typeof areaKey === 'string') {
    const index = sections.findIndex((s) => s.kind === 'AREA' && s.areaKey === areaKey);
    if (index !== -1) return `field-sections-${index}`;
  }
  return fieldIdForPath(finding.path);
}
