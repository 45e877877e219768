import { DOSSIER_FIELDS, type ExtractedField, type ExtractionConfidence } from '@cchc/domain';

/** The lists of a draft whose rows each have a control (`imp-plans-0`). */
export const LIST_PARTS = [
  'documents',
  'plans',
  'decisions',
  'letters',
  'onlineServices',
  'trainings',
  'inspections',
  'tasks',
  'difficulties',
  'proposals',
  'indicators',
  'recipients',
] as const;
export type ListPart = (typeof LIST_PARTS)[number];

const SCALARS: Readonly<Record<string, string>> = {
  agencyCode: 'imp-agency',
  agencyId: 'imp-agency',
  period: 'imp-period',
  periodId: 'imp-period',
  programme: 'imp-period',
  symbol: 'imp-symbol',
  title: 'imp-title',
  place: 'imp-place',
  signedOn: 'imp-signedOn',
  preamble: 'imp-preamble',
};
const SIGNING_FIELDS = new Set(['mode', 'onBehalfOf', 'title', 'name']);

/** The general card: where a path the form has no control for lands. */
export const GENERAL_CONTROL = 'imp-general';

/**
 * A path as the extractor, the domain's checks, zod and the API write it, in one form: `plans[0].symbol`.
 * The API prefixes where it read it (`body.content.plans.0.symbol`); zod writes indices as segments.
 *
 * @example
 * normalisePath('body.content.plans.0.symbol') // 'plans[0].symbol'
 * normalisePath('content.dossier.returned') // 'dossier.returned'
 */
export function normalisePath(path: string): string {
  return path
    .replace(/^body\./, '')
    .replace(/^content\./, '')
    .replace(/\.(\d+)(?=\.|$)/g, '[$1]');
}

/**
 * The id of the form control a path of the draft points at: a scalar's input, a section, a
 * record's row, a dossier figure, a part of the signature; null for what the form does not show
 * as a control (a citation: it is shown in the source text instead).
 *
 * @example
 * controlIdForPath('dossier.resolvedOnTime') // 'imp-dossier-resolvedOnTime'
 * controlIdForPath('plans[0]') // 'imp-plans-0'
 * controlIdForPath('sections[2].narrative') // 'imp-sections-2'
 * controlIdForPath('signing') // 'imp-signing'
 * controlIdForPath('body.content.signing.name') // 'imp-signing-name'
 * controlIdForPath('agencyCode') // 'imp-agency'
 */
export function controlIdForPath(path: string | null | undefined): string | null {
  if (!path) return null;
  const match = /^([A-Za-z]+)(?:\[(\d+)\])?(?:\.([A-Za-z]+))?/.exec(normalisePath(path));
  if (!match) return null;
  const [, part = '', index, child] = match;
  const scalar = SCALARS[part];
  if (scalar) return scalar;
  if (part === 'sections') return index === undefined ? 'imp-sections' : `imp-sections-${index}`;
  if (part === 'dossier') return child && (DOSSIER_FIELDS as readonly string[]).includes(child) ? `imp-dossier-${child}` : 'imp-dossier';
  if (part === 'signing') return child && SIGNING_FIELDS.has(child) ? `imp-signing-${child}` : 'imp-signing';
  if ((LIST_PARTS as readonly string[]).includes(part)) return index === undefined ? `imp-${part}` : `imp-${part}-${index}`;
  return null;
}

/**
 * The ids to try, in order, when going to a control: the control, then what it is part of, then
 * the general card, so a click on a finding always lands somewhere.
 *
 * @example
 * controlCandidates('imp-dossier-returned') // ['imp-dossier-returned', 'imp-dossier', 'imp-general']
 * controlCandidates('imp-plans-3') // ['imp-plans-3', 'imp-plans', 'imp-general']
 */
export function controlCandidates(controlId: string): string[] {
  const ids = [controlId];
  for (let id = controlId; /^imp-.+-[^-]+$/.test(id); ) {
    id = id.replace(/-[^-]+$/, '');
    ids.push(id);
  }
  return [...new Set([...ids, GENERAL_CONTROL])];
}

/** The extracted values behind each control, in the extractor's order. */
export function fieldsByControl(fields: readonly ExtractedField[]): Map<string, ExtractedField[]> {
  const byControl = new Map<string, ExtractedField[]>();
  for (const field of fields) {
    const id = controlIdForPath(field.path);
    if (id) byControl.set(id, [...(byControl.get(id) ?? []), field]);
  }
  return byControl;
}

const RANK: Readonly<Record<ExtractionConfidence, number>> = { low: 0, medium: 1, high: 2 };

/**
 * How sure the extractor is of a control's value: the weakest of the values behind it; null
 * when nothing was read for it.
 *
 * @example
 * weakestConfidence([{ confidence: 'high' }, { confidence: 'low' }]) // 'low'
 */
export function weakestConfidence(fields: readonly Pick<ExtractedField, 'confidence'>[] | undefined): ExtractionConfidence | null {
  if (!fields || fields.length === 0) return null;
  return fields.reduce<ExtractionConfidence>((weakest, f) => (RANK[f.confidence] < RANK[weakest] ? f.confidence : weakest), 'high');
}

/**
 * The control a finding points at: a missing area points at the list of sections (there is no
 * section to point at), a citation at nothing (its span in the text is shown instead).
 *
 * @example
 * findingControlId({ path: 'sections[6].narrative', code: 'CITATION_DATE_AFTER_REPORT' }) // 'imp-sections-6'
 * findingControlId({ path: 'sections', code: 'REPORT_AREA_MISSING' }) // 'imp-sections'
 */
export function findingControlId(finding: { path: string; code: string }): string | null {
  return controlIdForPath(finding.path);
}

/**
 * The citation a finding names by its path (`citations[3]`), when the extractor checked the
 * citations apart from a draft: its index, to show its span in the text.
 *
 * @example
 * citationIndexOf('citations[3]') // 3
 * citationIndexOf('plans[0]') // null
 */
export function citationIndexOf(path: string): number | null {
  const match = /^citations\[(\d+)\]/.exec(path);
  return match ? Number(match[1]) : null;
}
