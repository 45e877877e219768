import { importExtraction } from '../../../../test/factories/import.factories.js';
import {
  choose,
  correctedDraft,
  correctionCount,
  correctPart,
  forgetCorrections,
  keepCorrections,
  NO_CORRECTIONS,
  numberText,
  readCorrections,
  removeRow,
  typeNumber,
  valueAt,
  withValueAt,
} from './corrections.js';

/** localStorage for node, where there is none. */
class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem = (key: string): string | null => this.items.get(key) ?? null;
  setItem = (key: string, value: string): void => void this.items.set(key, value);
  removeItem = (key: string): void => void this.items.delete(key);
}

const { draft } = importExtraction();

describe('corrections over the draft read from a file', () => {
  it('puts corrected parts in place of what was read, and forgets a part set back', () => {
    const signing = { ...draft.signing!, name: 'Trần Thị Bình' };
    const corrected = correctPart(draft, NO_CORRECTIONS, 'signing', signing);
    expect(correctedDraft(draft, corrected).signing?.name).toBe('Trần Thị Bình');
    expect(correctedDraft(draft, corrected).place).toBe('Quảng Ngãi');
    expect(correctionCount(corrected)).toBe(1);
    const back = correctPart(draft, corrected, 'signing', draft.signing);
    expect(back.parts).toEqual({});
    expect(correctionCount(back)).toBe(0);
  });

  it('keeps numbers as typed, even when they do not read, and shows the value read otherwise', () => {
    expect(numberText(draft, NO_CORRECTIONS, 'dossier.resolvedOnTime')).toBe('12');
    expect(numberText(draft, NO_CORRECTIONS, 'trainings[0].participants')).toBe('5');
    expect(numberText(draft, NO_CORRECTIONS, 'indicators[0].value')).toBe('');
    const typed = typeNumber(draft, NO_CORRECTIONS, 'dossier.resolvedOnTime', '1.2x');
    expect(numberText(draft, typed, 'dossier.resolvedOnTime')).toBe('1.2x');
    expect(typeNumber(draft, typed, 'dossier.resolvedOnTime', '12').numbers).toEqual({});
  });

  it('counts a chosen agency or period only when it is not the suggestion', () => {
    const chosen = choose(NO_CORRECTIONS, 'periodId', 'p2', 'p1');
    expect(chosen.periodId).toBe('p2');
    expect(correctionCount(chosen)).toBe(1);
    expect(choose(chosen, 'periodId', 'p1', 'p1')).toEqual(NO_CORRECTIONS);
    expect(choose(NO_CORRECTIONS, 'agencyId', null, 'a1').agencyId).toBeNull();
  });

  it('removes a row and keeps the numbers typed in the rows after it with their rows', () => {
    const two = correctPart(draft, NO_CORRECTIONS, 'trainings', [...draft.trainings, { ...draft.trainings[0]!, course: 'Lớp tiếng Anh' }]);
    const typed = typeNumber(draft, typeNumber(draft, two, 'trainings[1].participants', '7'), 'trainings[0].participants', '9');
    const removed = removeRow(draft, typed, 'trainings', 0);
    expect(correctedDraft(draft, removed).trainings.map((t) => t.course)).toEqual(['Lớp tiếng Anh']);
    expect(removed.numbers).toEqual({ 'trainings[0].participants': '7' });
  });
});

describe('paths into a draft', () => {
  it('reads and replaces a value without changing the original', () => {
    expect(valueAt(draft, 'dossier.pendingWithinTime')).toBe(2);
    expect(valueAt(draft, 'trainings[0].participants')).toBe(5);
    expect(valueAt(draft, 'trainings[3].participants')).toBeUndefined();
    const next = withValueAt(draft, 'trainings[0].participants', 25);
    expect(next.trainings[0]?.participants).toBe(25);
    expect(draft.trainings[0]?.participants).toBe(5);
    expect(next.plans).toBe(draft.plans);
  });
});

describe('corrections kept on the device', () => {
  it('survive a reload until confirmed, and are forgotten when there are none', () => {
    const storage = new MemoryStorage();
    const corrections = typeNumber(draft, choose(correctPart(draft, NO_CORRECTIONS, 'place', 'Đà Nẵng'), 'periodId', 'p2', 'p1'), 'dossier.returned', '1.2x');
    keepCorrections(storage, 'i1', corrections);
    expect([...storage.items.keys()]).toEqual(['cchc.import.i1']);
    expect(readCorrections(storage, 'i1')).toEqual(corrections);
    expect(readCorrections(storage, 'other')).toEqual(NO_CORRECTIONS);
    keepCorrections(storage, 'i1', NO_CORRECTIONS);
    expect(storage.items.size).toBe(0);
    keepCorrections(storage, 'i1', corrections);
    forgetCorrections(storage, 'i1');
    expect(storage.items.size).toBe(0);
  });

  it('reads what a broken or foreign entry holds as nothing', () => {
    const storage = new MemoryStorage();
    storage.setItem('cchc.import.i1', '{not json');
    expect(readCorrections(storage, 'i1')).toEqual(NO_CORRECTIONS);
    storage.setItem('cchc.import.i1', JSON.stringify({ parts: null, numbers: { 'dossier.returned': 3 } }));
    expect(readCorrections(storage, 'i1')).toEqual(NO_CORRECTIONS);
  });
});
