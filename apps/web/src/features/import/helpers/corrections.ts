import type { ReportDraft } from '@cchc/domain';
import { formatNumberInput } from '../../../shared/format/parse-vietnamese-number.js';

/** A part of the draft, corrected as a whole (`signing`, `plans`, `dossier`). */
export type DraftPart = keyof ReportDraft;

/**
 * What the person corrected on an import before confirming it, over what was read from the
 * file: the agency and period chosen (undefined: the suggestion stands), whole parts of the draft
 * as corrected, and numbers as typed by their path (`dossier.resolvedOnTime`,
 * `trainings[1].participants`, `indicators[0].value`), kept as text so that nothing typed is
 * lost, even what does not read as a number yet.
 */
export interface Corrections {
  agencyId?: string | null;
  periodId?: string | null;
  parts: Partial<ReportDraft>;
  numbers: Record<string, string>;
}

export const NO_CORRECTIONS: Corrections = { parts: {}, numbers: {} };

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The draft the form shows: what was read, with the corrected parts in place of their reading.
 * Numbers typed stay apart until the confirmation reads them (see `buildConfirmBody`).
 */
export function correctedDraft(draft: ReportDraft, corrections: Corrections): ReportDraft {
  return { ...draft, ...corrections.parts };
}

/**
 * Corrects a part of the draft; a part set back to what was read is no correction any more.
 *
 * @example
 * correctPart(draft, NO_CORRECTIONS, 'place', 'Quảng Ngãi').parts // {} (what was read)
 * correctPart(draft, NO_CORRECTIONS, 'place', 'Đà Nẵng').parts // { place: 'Đà Nẵng' }
 */
export function correctPart<P extends DraftPart>(draft: ReportDraft, corrections: Corrections, part: P, value: ReportDraft[P]): Corrections {
  const parts: Partial<ReportDraft> = { ...corrections.parts };
  if (same(value, draft[part])) delete parts[part];
  else parts[part] = value;
  return { ...corrections, parts };
}

/** Sets a number typed in a box; the text of the value read (or nothing) is no correction. */
export function typeNumber(draft: ReportDraft, corrections: Corrections, path: string, text: string): Corrections {
  const numbers = { ...corrections.numbers };
  if (text === numberText(draft, NO_CORRECTIONS, path)) delete numbers[path];
  else numbers[path] = text;
  return { ...corrections, numbers };
}

/** Chooses the agency or the period; choosing the suggestion again is no correction. */
export function choose(corrections: Corrections, key: 'agencyId' | 'periodId', value: string | null, suggested: string | null): Corrections {
  const next = { ...corrections };
  if (value === suggested) delete next[key];
  else next[key] = value;
  return next;
}

/** How many things the person corrected. */
export function correctionCount(corrections: Corrections): number {
  return (
    Object.keys(corrections.parts).length +
    Object.keys(corrections.numbers).length +
    (corrections.agencyId !== undefined ? 1 : 0) +
    (corrections.periodId !== undefined ? 1 : 0)
  );
}

const SEGMENT = /([A-Za-z]+)|\[(\d+)\]/g;

/** The segments of a path: `trainings[1].participants` -> ['trainings', 1, 'participants']. */
export function pathSegments(path: string): (string | number)[] {
  return [...path.matchAll(SEGMENT)].map((m) => (m[2] !== undefined ? Number(m[2]) : (m[1] ?? '')));
}

/** The value at a path of an object (undefined where there is none). */
export function valueAt(value: unknown, path: string): unknown {
  let current: unknown = value;
  for (const segment of pathSegments(path)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** A copy of an object with the value at a path replaced (the objects on the way are copied, not changed). */
export function withValueAt<T>(value: T, path: string, next: unknown): T {
  return replaceAt(value, pathSegments(path), next) as T;
}

function replaceAt(value: unknown, [head, ...rest]: (string | number)[], next: unknown): unknown {
  if (head === undefined) return next;
  if (Array.isArray(value)) return value.map((item: unknown, i) => (i === head ? replaceAt(item, rest, next) : item));
  const container = value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>) : {};
  return { ...container, [head]: replaceAt(container[head], rest, next) };
}

/**
 * The text a number box shows: as typed, else the value of the corrected draft written the
 * Vietnamese way (`1.245`), '' when there is none.
 *
 * @example
 * numberText(draft, { parts: {}, numbers: { 'dossier.returned': '1.2x' } }, 'dossier.returned') // '1.2x'
 * numberText(draft, NO_CORRECTIONS, 'dossier.resolvedOnTime') // '12'
 */
export function numberText(draft: ReportDraft, corrections: Corrections, path: string): string {
  const typed = corrections.numbers[path];
  if (typed !== undefined) return typed;
  const value = valueAt(correctedDraft(draft, corrections), path);
  return typeof value === 'number' ? formatNumberInput(value) : '';
}

/**
 * Removes a row of a list part, and moves the numbers typed in the rows after it up one, so each
 * stays with its row.
 *
 * @example
 * removeRow(draft, { parts: {}, numbers: { 'trainings[1].participants': '25' } }, 'trainings', 0).numbers
 * // { 'trainings[0].participants': '25' }
 */
export function removeRow(draft: ReportDraft, corrections: Corrections, part: DraftPart, index: number): Corrections {
  const list = correctedDraft(draft, corrections)[part];
  if (!Array.isArray(list)) return corrections;
  const removed = correctPart(draft, corrections, part, list.filter((_, i) => i !== index) as ReportDraft[typeof part]);
  const numbers: Record<string, string> = {};
  for (const [path, text] of Object.entries(removed.numbers)) {
    const match = new RegExp(`^${part}\\[(\\d+)\\](.*)$`).exec(path);
    if (!match) numbers[path] = text;
    else {
      const row = Number(match[1]);
      if (row < index) numbers[path] = text;
      else if (row > index) numbers[`${part}[${row - 1}]${match[2] ?? ''}`] = text;
    }
  }
  return { ...removed, numbers };
}

/** The storage the corrections live in (localStorage in the browser, a fake in tests). */
export type CorrectionStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

// Under the app's prefix, so signing out forgets them with the person's other data on the device.
const keyOf = (importId: string): string => `cchc.import.${importId}`;

/**
 * Keeps the corrections of an import on this device until it is confirmed (a reload, an expired
 * session or a closed tab loses nothing), or forgets them when there are none.
 */
export function keepCorrections(storage: CorrectionStorage, importId: string, corrections: Corrections): void {
  try {
    if (correctionCount(corrections) === 0) storage.removeItem(keyOf(importId));
    else storage.setItem(keyOf(importId), JSON.stringify({ ...corrections, keptAt: new Date().toISOString() }));
  } catch {
    // Storage full or disabled: the form on screen remains.
  }
}

/** The corrections kept for an import, or none. */
export function readCorrections(storage: CorrectionStorage, importId: string): Corrections {
  try {
    const value: unknown = JSON.parse(storage.getItem(keyOf(importId)) ?? 'null');
    if (typeof value !== 'object' || value === null) return NO_CORRECTIONS;
    const kept = value as Partial<Corrections>;
    const parts = typeof kept.parts === 'object' && kept.parts !== null ? kept.parts : {};
    const numbers = Object.fromEntries(Object.entries(typeof kept.numbers === 'object' && kept.numbers !== null ? kept.numbers : {}).filter(([, text]) => typeof text === 'string'));
    return {
      parts,
      numbers,
      ...(typeof kept.agencyId === 'string' || kept.agencyId === null ? { agencyId: kept.agencyId } : {}),
      ...(typeof kept.periodId === 'string' || kept.periodId === null ? { periodId: kept.periodId } : {}),
    };
  } catch {
    return NO_CORRECTIONS;
  }
}

export function forgetCorrections(storage: CorrectionStorage, importId: string): void {
  try {
    storage.removeItem(keyOf(importId));
  } catch {
    // Nothing to forget.
  }
}
