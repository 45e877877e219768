import { forgetLocalUserData } from './local-user-data.js';

/** A stand-in for localStorage. */
function memoryStorage(entries: Record<string, string>): Storage {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    clear: () => map.clear(),
  };
}

const keysOf = (storage: Storage): string[] => Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '').sort();

describe(forgetLocalUserData.name, () => {
  it('leaves an empty storage, and keys of other sites on the same origin, alone', () => {
    const storage = memoryStorage({ 'other.app': '1' });
    forgetLocalUserData(storage);
    expect(keysOf(storage)).toEqual(['other.app']);
  });

  it('forgets every draft and typed figure, and the session an earlier version kept, but not the language', () => {
    const storage = memoryStorage({
      'cchc.editor.r1': '{}',
      'cchc.editor.r1.dossier': '{}',
      'cchc.editor.r2': '{}',
      'cchc.session': '{"accessToken":"x"}',
      'cchc.locale': 'en',
    });
    forgetLocalUserData(storage);
    expect(keysOf(storage)).toEqual(['cchc.locale']);
  });

  it('gives up quietly when storage is disabled', () => {
    const broken = {
      get length(): number {
        throw new DOMException('denied', 'SecurityError');
      },
      key: () => null,
      removeItem: () => undefined,
    };
    expect(() => forgetLocalUserData(broken)).not.toThrow();
  });
});
