import { DOSSIER_FIELDS, type DossierField, type DossierFigures } from '@cchc/domain';
import { formatNumberInput, parseVietnameseNumber } from '../../../shared/format/parse-vietnamese-number.js';

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
