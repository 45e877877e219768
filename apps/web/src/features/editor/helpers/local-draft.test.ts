import { initialReportContent } from './initial-content.js';
import { forgetLocalDraft, keepLocalDraft, readLocalDraft, type DraftStorage } from './local-draft.js';

function memoryStorage(): DraftStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

const saved = initialReportContent(
  { code: 'STP', kind: 'department' },
  { year: 2021, kind: 'Q1', windowFrom: '2020-12-15', windowTo: '2021-03-14', deadline: '2021-03-20' },
);

describe(keepLocalDraft.name, () => {
  it('keeps only the unsaved parts, with the version they were made on', () => {
    const storage = memoryStorage();
    keepLocalDraft(storage, 'r1', 3, saved, { ...saved, preamble: 'Thực hiện' }, '2021-03-16T01:00:00Z');
    expect(readLocalDraft(storage, 'r1')).toEqual({ version: 3, keptAt: '2021-03-16T01:00:00Z', parts: { preamble: 'Thực hiện' } });
  });

  it('forgets the draft once nothing is unsaved', () => {
    const storage = memoryStorage();
    keepLocalDraft(storage, 'r1', 3, saved, { ...saved, preamble: 'x' }, 't');
    keepLocalDraft(storage, 'r1', 4, saved, saved, 't');
    expect(storage.items.size).toBe(0);
  });
});

describe(readLocalDraft.name, () => {
  it('ignores what is not a draft', () => {
    const storage = memoryStorage();
    storage.setItem('cchc.editor.r1', '{broken');
    storage.setItem('cchc.editor.r2', '{"parts":{}}');
    expect(readLocalDraft(storage, 'r1')).toBeNull();
    expect(readLocalDraft(storage, 'r2')).toBeNull();
    expect(readLocalDraft(storage, 'r3')).toBeNull();
  });

  it('is gone once forgotten', () => {
    const storage = memoryStorage();
    keepLocalDraft(storage, 'r1', 1, saved, { ...saved, preamble: 'x' }, 't');
    forgetLocalDraft(storage, 'r1');
    expect(readLocalDraft(storage, 'r1')).toBeNull();
  });
});
