import type { AgencyDto } from '@cchc/domain';
import { createPinia, setActivePinia } from 'pinia';
import { referenceDataApi } from './reference-data.api.js';
import { useReferenceDataStore } from './reference-data.store.js';

describe('useReferenceDataStore', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('lets a second caller during the first load wait for the same data', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const calls = { agencies: 0 };
    referenceDataApi.listAgencies = async () => {
      calls.agencies += 1;
      await gate;
      return [];
    };
    referenceDataApi.listReformAreas = () => Promise.resolve([]);
    referenceDataApi.listPeriods = () =>
      Promise.resolve([
        { id: '00000000-0000-4000-8000-000000000001', year: 2021, kind: 'Q1', label: { vi: 'Quý I năm 2021', en: 'Q1 2021' }, windowFrom: '2020-12-15', windowTo: '2021-03-14', deadline: '2021-03-20', graceDays: 0 },
      ]);
    const store = useReferenceDataStore();
    const first = store.ensureLoaded();
    const second = store.ensureLoaded();
    release();
    await second;
    expect(store.status).toBe('ready');
    expect(store.years).toEqual([2021]);
    await first;
    expect(calls.agencies).toBe(1);
  });

  it('keeps the answer of the latest load when an earlier one answers after it', async () => {
    const answers: ((agencies: AgencyDto[]) => void)[] = [];
    referenceDataApi.listAgencies = () => new Promise<AgencyDto[]>((resolve) => answers.push(resolve));
    referenceDataApi.listReformAreas = () => Promise.resolve([]);
    referenceDataApi.listPeriods = () => Promise.resolve([]);
    const store = useReferenceDataStore();
    const before = store.ensureLoaded();
    // An administrator's change reloads while the first load is still on its way.
    const after = store.load();
    const agency = (code: string): AgencyDto => ({
      id: '00000000-0000-4000-8000-000000000002',
      code,
      name: { vi: `Sở ${code}`, en: `Department ${code}` },
      kind: 'department',
      parentId: null,
      validFrom: '2020-01-01',
      validTo: null,
    });
    answers[1]?.([agency('NEW')]);
    await after;
    answers[0]?.([agency('OLD')]);
    await before;
    expect(store.agencies.map((a) => a.code)).toEqual(['NEW']);
    expect(store.status).toBe('ready');
  });
});
