import type { Report } from '@cchc/domain';
import { changedParts } from './report-parts.js';

/** Unsaved edits kept on this device, per report, until they reach the server. */
export interface LocalDraft {
  /** The version the edits were made on. */
  version: number;
  /** When they were last kept. */
  keptAt: string;
  parts: Partial<Report>;
}

const PREFIX = 'cchc.editor.';
const keyOf = (reportId: string): string => `${PREFIX}${reportId}`;

/** The storage the drafts live in (localStorage in the browser, a fake in tests). */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * Keeps the unsaved parts of a report (so an expired session or a closed tab loses nothing), or
 * forgets them when nothing is unsaved.
 */
export function keepLocalDraft(storage: DraftStorage, reportId: string, version: number, saved: Report, working: Report, now: string): void {
  const parts = changedParts(saved, working);
  try {
    if (parts.length === 0) {
      storage.removeItem(keyOf(reportId));
      return;
    }
    const draft: LocalDraft = { version, keptAt: now, parts: Object.fromEntries(parts.map((p) => [p, working[p]])) };
    storage.setItem(keyOf(reportId), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the server copy and the form remain; nothing more to do here.
  }
}

/** The unsaved parts kept for a report, or null. */
export function readLocalDraft(storage: DraftStorage, reportId: string): LocalDraft | null {
  try {
    const value: unknown = JSON.parse(storage.getItem(keyOf(reportId)) ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const draft = value as Partial<LocalDraft>;
    if (typeof draft.version !== 'number' || typeof draft.parts !== 'object' || draft.parts === null) return null;
    return { version: draft.version, keptAt: typeof draft.keptAt === 'string' ? draft.keptAt : '', parts: draft.parts };
  } catch {
    return null;
  }
}

export function forgetLocalDraft(storage: DraftStorage, reportId: string): void {
  try {
    storage.removeItem(keyOf(reportId));
  } catch {
    // Nothing to forget.
  }
}
