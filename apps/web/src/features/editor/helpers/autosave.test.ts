import { formatClockTime, isAllSaved, nextSaveState, wantsSave, type SaveState } from './autosave.js';

const saved: SaveState = { kind: 'saved', savedAt: null };
const at = '2021-09-16T03:42:00.000Z';

describe(nextSaveState.name, () => {
  it('waits to save after an edit, or waits for a fix when the edit cannot be saved', () => {
    expect(nextSaveState(saved, { type: 'edited', dirtiness: 'valid' })).toEqual({ kind: 'pending', savedAt: null });
    expect(nextSaveState(saved, { type: 'edited', dirtiness: 'invalid' })).toEqual({ kind: 'invalid', savedAt: null });
    expect(nextSaveState({ kind: 'pending', savedAt: at }, { type: 'edited', dirtiness: 'none' })).toEqual({ kind: 'saved', savedAt: at });
  });

  it('remembers edits made while saving, and stays unsaved after the answer', () => {
    const saving = nextSaveState({ kind: 'pending', savedAt: null }, { type: 'started' });
    const edited = nextSaveState(saving, { type: 'edited', dirtiness: 'valid' });
    expect(edited).toEqual({ kind: 'saving', savedAt: null, again: true });
    expect(nextSaveState(edited, { type: 'succeeded', at, dirtiness: 'valid' })).toEqual({ kind: 'pending', savedAt: at });
  });

  it('is saved with its time when the answer leaves nothing unsaved', () => {
    const saving = nextSaveState({ kind: 'pending', savedAt: null }, { type: 'started' });
    const done = nextSaveState(saving, { type: 'succeeded', at, dirtiness: 'none' });
    expect(done).toEqual({ kind: 'saved', savedAt: at });
    expect(isAllSaved(done)).toBe(true);
  });

  it('keeps a failure to retry, with the last save time', () => {
    const failed = nextSaveState({ kind: 'saving', savedAt: at, again: false }, { type: 'failed', code: 'NETWORK_ERROR' });
    expect(failed).toEqual({ kind: 'failed', savedAt: at, code: 'NETWORK_ERROR' });
    expect(wantsSave(failed)).toBe(true);
  });

  it('keeps a conflict through edits and late answers until the user reloads', () => {
    const conflict = nextSaveState({ kind: 'saving', savedAt: at, again: false }, { type: 'conflicted', currentVersion: 7 });
    expect(nextSaveState(conflict, { type: 'edited', dirtiness: 'valid' })).toBe(conflict);
    expect(nextSaveState(conflict, { type: 'succeeded', at, dirtiness: 'none' })).toBe(conflict);
    expect(wantsSave(conflict)).toBe(false);
    expect(nextSaveState(conflict, { type: 'reset', savedAt: null })).toEqual(saved);
  });
});

describe(formatClockTime.name, () => {
  it('writes hours and minutes, zero-padded', () => {
    expect(formatClockTime(new Date(2020, 8, 25, 9, 5).toISOString())).toBe('09:05');
  });

  it('is empty for text that is not a time', () => {
    expect(formatClockTime('soon')).toBe('');
  });
});
