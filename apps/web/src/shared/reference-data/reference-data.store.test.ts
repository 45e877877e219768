import type { AgencyDto, ReferenceDataDto, ReportingPeriodDto } from '@cchc/domain';
import { createPinia, setActivePinia } from 'pinia';
import { isProxy, isReactive } from 'vue';
import { useReferenceDataStore } from './reference-data.store.js';

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const agency = (code: string): AgencyDto => ({
  id: '00000000-0000-4000-8000-000000000002',
  code,
  name: { vi: `Sở ${code}`, en: `Department ${code}` },
  kind: 'department',
  parentId: null,
  validFrom: '2020-01-01',
  validTo: null,
});
const q1: ReportingPeriodDto = {
  id: '00000000-0000-4000-8000-000000000001',
  year: 2021,
  kind: 'Q1',
  label: { vi: 'Quý I năm 2021', en: 'Q1 2021' },
  windowFrom: '2020-12-15',
  windowTo: '2021-03-14',
  deadline: '2021-03-20',
  graceDays: 0,
};
const area = { id: '30c-1', programme: '30c' as const, ordinal: 1, key: 'INSTITUTIONAL', name: { vi: 'Cải cách thể chế', en: 'Institutional reform' } };
const referenceData = (overrides: Partial<ReferenceDataDto> = {}): ReferenceDataDto => ({ agencies: [agency('STP')], areas: [area], periods: [q1], ...overrides });

/**
 * The API as the store sees it: every request is recorded, and each answer is given when the test
 * calls the function pushed to `answers` (in the order asked).
 */
function fakeApi() {
  const sent: string[] = [];
  const answers: ((response: Response) => void)[] = [];
  const realFetch = globalThis.fetch;
  globalThis.fetch = ((path: string) => {
    sent.push(path);
    return new Promise<Response>((resolve) => answers.push(resolve));
  }) as typeof globalThis.fetch;
  return { sent, answers, restore: () => (globalThis.fetch = realFetch) };
}

/** Lets the answers given so far reach the store. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('useReferenceDataStore', () => {
  let api: ReturnType<typeof fakeApi>;
  beforeEach(() => {
    setActivePinia(createPinia());
    api = fakeApi();
  });
  afterEach(() => api.restore());

  describe('ensureLoaded', () => {
    it('loads agencies, reform areas and periods in one request', async () => {
      const store = useReferenceDataStore();
      const loaded = store.ensureLoaded();
      expect(store.status).toBe('loading');
      api.answers[0]?.(json(200, referenceData()));
      await loaded;
      expect(api.sent).toEqual(['/api/reference-data']);
      expect(store.status).toBe('ready');
      expect(store.agencies.map((a) => a.code)).toEqual(['STP']);
      expect(store.areas.map((a) => a.key)).toEqual(['INSTITUTIONAL']);
      expect(store.years).toEqual([2021]);
    });

    it('lets a second caller during the first load wait for the same data, and asks nothing once loaded', async () => {
      const store = useReferenceDataStore();
      const first = store.ensureLoaded();
      const second = store.ensureLoaded();
      api.answers[0]?.(json(200, referenceData()));
      await second;
      expect(store.status).toBe('ready');
      await first;
      await store.ensureLoaded();
      expect(api.sent).toHaveLength(1);
    });

    it('fails with the API error code, and asks again on the next call', async () => {
      const store = useReferenceDataStore();
      const failed = store.ensureLoaded();
      api.answers[0]?.(json(503, { code: 'DATABASE_UNAVAILABLE', message: 'down' }));
      await failed;
      expect(store.status).toBe('error');
      expect(store.errorCode).toBe('DATABASE_UNAVAILABLE');
      const retried = store.ensureLoaded();
      api.answers[1]?.(json(200, referenceData()));
      await retried;
      expect(store.status).toBe('ready');
      expect(api.sent).toEqual(['/api/reference-data', '/api/reference-data']);
    });

    it('refuses an answer that does not match the contract', async () => {
      const store = useReferenceDataStore();
      const loaded = store.ensureLoaded();
      api.answers[0]?.(json(200, { agencies: [], areas: [] }));
      await loaded;
      expect(store.errorCode).toBe('UNEXPECTED_RESPONSE');
    });
  });

  describe('load', () => {
    it('keeps the answer of the latest load when an earlier one answers after it', async () => {
      const store = useReferenceDataStore();
      const before = store.ensureLoaded();
      // An administrator's change reloads while the first load is still on its way.
      const after = store.load();
      expect(api.sent).toHaveLength(2);
      api.answers[1]?.(json(200, referenceData({ agencies: [agency('NEW')] })));
      await after;
      api.answers[0]?.(json(200, referenceData({ agencies: [agency('OLD')] })));
      await before;
      await settle();
      expect(store.agencies.map((a) => a.code)).toEqual(['NEW']);
      expect(store.status).toBe('ready');
    });

    it('replaces the lists whole, and what is computed from them follows, without making their items reactive', async () => {
      const store = useReferenceDataStore();
      const first = store.ensureLoaded();
      api.answers[0]?.(json(200, referenceData()));
      await first;
      // Every screen reads these lists (a national deployment has thousands of agencies): as
      // loaded, no proxy is made for an item a screen looks at, nor a dependency tracked per item.
      expect(isReactive(store.agencies)).toBe(false);
      expect(isProxy(store.agencies[0])).toBe(false);
      expect(isProxy(store.periods[0])).toBe(false);
      expect(isProxy(store.areas[0])).toBe(false);
      const reloaded = store.load();
      api.answers[1]?.(json(200, referenceData({ periods: [q1, { ...q1, id: '00000000-0000-4000-8000-000000000009', year: 2022 }] })));
      await reloaded;
      expect(store.years).toEqual([2022, 2021]);
    });
  });
});
