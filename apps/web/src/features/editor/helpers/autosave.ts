/**
 * The saved state of a draft, as the editor shows it ("Đang lưu…", "Đã lưu lúc 10:42",
 * "Chưa lưu"): a small state machine driven by edits and by the answers to the saves.
 */
export type SaveState =
  /** Nothing waits to be saved; `savedAt` is the last save (null before the first in this visit). */
  | { kind: 'saved'; savedAt: string | null }
  /** Edits wait for the next save. */
  | { kind: 'pending'; savedAt: string | null }
  /** Edits that cannot be saved until a field is fixed (they are kept on this device). */
  | { kind: 'invalid'; savedAt: string | null }
  /** A save is under way; `again` when there were edits meanwhile. */
  | { kind: 'saving'; savedAt: string | null; again: boolean }
  /** The last save failed (network, session); the edits are kept on this device. */
  | { kind: 'failed'; savedAt: string | null; code: string }
  /** Someone else saved first: nothing is saved until the user reloads (never overwritten). */
  | { kind: 'conflict'; currentVersion: number | null };

/** What remains unsaved after an edit or a save: nothing, saveable edits, or edits to fix first. */
export type Dirtiness = 'none' | 'valid' | 'invalid';

export type SaveEvent =
  | { type: 'edited'; dirtiness: Dirtiness }
  | { type: 'started' }
  | { type: 'succeeded'; at: string; dirtiness: Dirtiness }
  | { type: 'failed'; code: string }
  | { type: 'conflicted'; currentVersion: number | null }
  | { type: 'reset'; savedAt: string | null };

const savedAtOf = (state: SaveState): string | null => (state.kind === 'conflict' ? null : state.savedAt);

function settle(dirtiness: Dirtiness, savedAt: string | null): SaveState {
  if (dirtiness === 'none') return { kind: 'saved', savedAt };
  return dirtiness === 'valid' ? { kind: 'pending', savedAt } : { kind: 'invalid', savedAt };
}

/**
 * The next saved state. A conflict stays until the user reloads (`reset`): no later edit or
 * save answer may hide it.
 *
 * @example
 * nextSaveState({ kind: 'saved', savedAt: null }, { type: 'edited', dirtiness: 'valid' }) // { kind: 'pending', savedAt: null }
 */
export function nextSaveState(state: SaveState, event: SaveEvent): SaveState {
  if (event.type === 'reset') return { kind: 'saved', savedAt: event.savedAt };
  if (state.kind === 'conflict') return state;
  switch (event.type) {
    case 'edited':
      if (state.kind === 'saving') return { ...state, again: true };
      if (state.kind === 'failed' && event.dirtiness === 'valid') return state;
      return settle(event.dirtiness, state.savedAt);
    case 'started':
      return { kind: 'saving', savedAt: state.savedAt, again: false };
    case 'succeeded':
      return settle(event.dirtiness, event.at);
    case 'failed':
      return { kind: 'failed', savedAt: savedAtOf(state), code: event.code };
    case 'conflicted':
      return { kind: 'conflict', currentVersion: event.currentVersion };
  }
}

/** Whether a save should be sent now (after the pause in typing). */
export function wantsSave(state: SaveState): boolean {
  return state.kind === 'pending' || state.kind === 'failed';
}

/** Whether everything the user typed is saved on the server. */
export function isAllSaved(state: SaveState): boolean {
  return state.kind === 'saved';
}

/**
 * Hours and minutes of a timestamp on the user's clock, as the saved label shows them.
 *
 * @example
 * formatClockTime(new Date(2020, 8, 25, 10, 42).toISOString()) // '10:42'
 */
export function formatClockTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}
