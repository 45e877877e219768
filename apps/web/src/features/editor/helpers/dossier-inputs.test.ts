import { SNGV_M9_2020_REPORT, type DossierFigures } from '@cchc/domain';
import { dossierInputs, keepTypedDossier, readDossierInputs, sameFigures, typedDossierFor } from './dossier-inputs.js';

// The seed report's figures, without the totals its text states, and with a number in thousands.
const { stated: _stated, ...seed } = SNGV_M9_2020_REPORT.dossier;
const current: DossierFigures = { ...seed, receivedInPerson: 1245 };

describe(readDossierInputs.name, () => {
  it('reads figures typed the Vietnamese way', () => {
    const inputs = { ...dossierInputs(current), carriedOver: '12.000', resolvedOnTime: '1245' };
    expect(readDossierInputs(inputs, current)).toEqual({ figures: { ...current, carriedOver: 12000, resolvedOnTime: 1245 }, problems: {} });
  });

  it('keeps the readable figures when one cannot be read, and names that one with its text', () => {
    const inputs = { ...dossierInputs(current), carriedOver: '1.000', pendingWithinTime: '1.2x5', returned: '' };
    const reading = readDossierInputs(inputs, current);
    expect(reading.figures).toEqual({ ...current, carriedOver: 1000 });
    expect(reading.problems).toEqual({
      pendingWithinTime: { kind: 'unreadable', text: '1.2x5', kept: 2 },
      returned: { kind: 'blank', text: '', kept: 0 },
    });
  });

  it('has no figures to save while one of them has never had a value', () => {
    const inputs = { ...dossierInputs(null), carriedOver: '1.245' };
    const reading = readDossierInputs(inputs, null);
    expect(reading.figures).toBeNull();
    expect(Object.keys(reading.problems)).toHaveLength(9);
    expect(reading.problems.carriedOver).toBeUndefined();
  });

  it('keeps the totals the text states', () => {
    const stated = { ...current, stated: { received: 1247 } };
    expect(readDossierInputs(dossierInputs(stated), stated).figures).toEqual(stated);
  });
});

describe(dossierInputs.name, () => {
  it('writes stored figures with the dot between thousands', () => {
    expect(dossierInputs(current).receivedInPerson).toBe('1.245');
    expect(dossierInputs(null).returned).toBe('');
  });
});

describe(sameFigures.name, () => {
  it('compares the figures whatever the order of their keys', () => {
    const reordered = Object.fromEntries(Object.entries(current).reverse()) as DossierFigures;
    expect(sameFigures(current, reordered)).toBe(true);
    expect(sameFigures(current, { ...current, returned: 1 })).toBe(false);
    expect(sameFigures(current, null)).toBe(false);
  });
});

/** A stand-in for localStorage. */
function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & { size: () => number } {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    size: () => items.size,
  };
}

describe(keepTypedDossier.name, () => {
  it('keeps boxes that could not be read, for the figures they were typed over', () => {
    const storage = memoryStorage();
    const inputs = { ...dossierInputs(current), pendingWithinTime: '1.2x5' };
    keepTypedDossier(storage, 'r1', inputs, current);
    expect(typedDossierFor(storage, 'r1', current)).toEqual(inputs);
    expect(typedDossierFor(storage, 'r2', current)).toBeNull();
  });

  it('keeps a new block that is not complete yet', () => {
    const storage = memoryStorage();
    const inputs = { ...dossierInputs(null), receivedInPerson: '1.245' };
    keepTypedDossier(storage, 'r1', inputs, null);
    expect(typedDossierFor(storage, 'r1', null)?.receivedInPerson).toBe('1.245');
  });

  it('forgets the boxes once every one is saved', () => {
    const storage = memoryStorage();
    keepTypedDossier(storage, 'r1', { ...dossierInputs(current), returned: 'x' }, current);
    keepTypedDossier(storage, 'r1', dossierInputs(current), current);
    expect(storage.size()).toBe(0);
  });
});

describe(typedDossierFor.name, () => {
  it('drops boxes typed over figures that have changed since', () => {
    const storage = memoryStorage();
    keepTypedDossier(storage, 'r1', { ...dossierInputs(current), returned: 'x' }, current);
    expect(typedDossierFor(storage, 'r1', { ...current, returned: 5 })).toBeNull();
    expect(storage.size()).toBe(0);
  });

  it('ignores what it cannot read', () => {
    const storage = memoryStorage();
    storage.setItem('cchc.editor.r1.dossier', '{not json');
    expect(typedDossierFor(storage, 'r1', current)).toBeNull();
  });
});
