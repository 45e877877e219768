import { DOSSIER_FIELDS, type DossierField, type DossierFigures } from '@cchc/domain';
import { formatNumberInput, parseVietnameseNumber } from '../../../shared/format/parse-vietnamese-number.js';
import type { DraftStorage } from './local-draft.js';

/** What the ten dossier inputs hold: the text as typed. */
export type DossierInputs = Record<DossierField, string>;

/** A dossier input that gives no number: empty, or text that is not one; `kept` is the figure it leaves in place. */
export interface DossierInputProblem {
  kind: 'blank' | 'unreadable';
  text: string;
  kept: number | null;
}

export interface DossierReading {
  /** The figures to save: every readable input, and the current figure where an input gives none; null while a figure has no value at all. */
  figures: DossierFigures | null;
  problems: Partial<Record<DossierField, DossierInputProblem>>;
}

/**
 * The inputs of stored figures, written the Vietnamese way (`1.245`); all empty without figures.
 *
 * @example
 * dossierInputs(null).carriedOver // ''
 */
export function dossierInputs(figures: DossierFigures | null): DossierInputs {
  return Object.fromEntries(DOSSIER_FIELDS.map((f) => [f, figures ? formatNumberInput(figures[f]) : ''])) as DossierInputs;
}

/**
 * Reads the dossier inputs typed the Vietnamese way. One input that cannot be read never holds
 * back the others: it keeps the figure it had (`current`), and is reported so the form marks it
 * and shows it as typed. Only figures that never had a value keep the block from being saved,
 * since the API takes the ten figures together (docs/domain.md §6).
 *
 * @example
 * readDossierInputs({ ...inputs, carriedOver: '1.245', returned: '1.2x5' }, current)
 * // figures: { ...current, carriedOver: 1245 }, problems: { returned: { kind: 'unreadable', text: '1.2x5', kept: current.returned } }
 */
export function readDossierInputs(inputs: DossierInputs, current: DossierFigures | null): DossierReading {
  const values: Partial<Record<DossierField, number>> = {};
  const problems: DossierReading['problems'] = {};
  for (const field of DOSSIER_FIELDS) {
    const reading = parseVietnameseNumber(inputs[field]);
    const kept = current ? current[field] : null;
    if (reading.kind === 'number') values[field] = reading.value;
    else {
      problems[field] = { kind: reading.kind, text: inputs[field], kept };
      if (kept !== null) values[field] = kept;
    }
  }
  if (DOSSIER_FIELDS.some((f) => values[f] === undefined)) return { figures: null, problems };
  const figures = values as Omit<DossierFigures, 'stated'>;
  return { figures: current?.stated ? { ...figures, stated: current.stated } : figures, problems };
}

/**
 * Whether two sets of figures are the same (key order aside).
 *
 * @example
 * sameFigures(null, null) // true
 */
export function sameFigures(a: DossierFigures | null, b: DossierFigures | null): boolean {
  if (a === null || b === null) return a === b;
  return DOSSIER_FIELDS.every((f) => a[f] === b[f]) && JSON.stringify(a.stated ?? null) === JSON.stringify(b.stated ?? null);
}

/** What the dossier boxes held when some could not be saved, and the figures they were typed over. */
interface TypedDossier {
  base: DossierFigures | null;
  inputs: DossierInputs;
}

const typedKey = (reportId: string): string => `cchc.editor.${reportId}.dossier`;

/**
 * Keeps the dossier boxes as typed while any of them holds text that gives no figure (an
 * unreadable number, or a new block not yet complete), so a reload or a closed tab loses none
 * of it; forgets them once every box is saved. `base` is the figures the boxes were typed over.
 */
export function keepTypedDossier(storage: DraftStorage, reportId: string, inputs: DossierInputs, base: DossierFigures | null): void {
  try {
    const pending = DOSSIER_FIELDS.some((f) => inputs[f].trim() !== '' && parseVietnameseNumber(inputs[f]).kind !== 'number');
    const incomplete = base === null && DOSSIER_FIELDS.some((f) => inputs[f].trim() !== '');
    if (pending || incomplete) storage.setItem(typedKey(reportId), JSON.stringify({ base, inputs } satisfies TypedDossier));
    else storage.removeItem(typedKey(reportId));
  } catch {
    // Storage full or disabled: the boxes on screen remain.
  }
}

/**
 * The dossier boxes kept for a report, if they were typed over the figures it has now; boxes
 * typed over other figures (changed since, on another device) are stale and dropped.
 *
 * @example
 * typedDossierFor(storage, reportId, savedFigures)?.pendingWithinTime // '1.2x5'
 */
export function typedDossierFor(storage: DraftStorage, reportId: string, current: DossierFigures | null): DossierInputs | null {
  try {
    const kept = JSON.parse(storage.getItem(typedKey(reportId)) ?? 'null') as TypedDossier | null;
    if (!kept || typeof kept.inputs !== 'object' || !DOSSIER_FIELDS.every((f) => typeof kept.inputs[f] === 'string')) return null;
    if (sameFigures(kept.base, current)) return kept.inputs;
    storage.removeItem(typedKey(reportId));
    return null;
  } catch {
    return null;
  }
}
