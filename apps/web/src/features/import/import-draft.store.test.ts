import { ImportConfirmBodySchema, type ReportingPeriodDto } from '@cchc/domain';
import { createPinia, setActivePinia } from 'pinia';
import { importResponse, IMPORT_ID, M9_2022_ID, SNGV_ID } from '../../../test/factories/import.factories.js';
import { reportResponse } from '../../../test/factories/report.factories.js';
import { useReferenceDataStore } from '../../shared/reference-data/reference-data.store.js';
import { useImportDraftStore } from './import-draft.store.js';

/** localStorage for node, where there is none. */
class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem = (key: string): string | null => this.items.get(key) ?? null;
  setItem = (key: string, value: string): void => void this.items.set(key, value);
  removeItem = (key: string): void => void this.items.delete(key);
}

const json = (status: number, body: unknown): Response => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const period: ReportingPeriodDto = {
  id: M9_2022_ID,
  year: 2022,
  kind: 'M9',
  label: { vi: '9 tháng đầu năm 2022', en: 'First 9 months of 2022' },
  windowFrom: '2021-12-15',
  windowTo: '2022-09-14',
  deadline: '2022-09-20',
  graceDays: 0,
};
const EXISTING_ID = '5e5e5e5e-6f6f-4a7a-8b8b-9c9c9c9c9c9c';
/** The agency's report of the period, as `GET /api/reports` lists it. */
const existingSummary = {
  id: EXISTING_ID,
  agencyId: SNGV_ID,
  periodId: M9_2022_ID,
  status: 'DRAFT',
  version: 1,
  title: 'Tình hình, kết quả thực hiện công tác cải cách hành chính 9 tháng đầu năm 2022',
  submittedAt: null,
  firstSubmittedAt: null,
  submissionTiming: null,
  corrections: [],
  errorCount: 0,
  warningCount: 0,
  signatureRequestedAt: null,
  updatedAt: '2026-11-30T08:00:00.000Z',
};

describe('the import being checked', () => {
  const realFetch = globalThis.fetch;
  let storage: MemoryStorage;
  let sent: { method: string; path: string; body: unknown }[];
  let confirmAnswer: () => Response;

  beforeEach(() => {
    setActivePinia(createPinia());
    storage = new MemoryStorage();
    Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
    sent = [];
    confirmAnswer = () => json(200, { import: importResponse({ status: 'CONFIRMED', reportId: EXISTING_ID }), report: reportResponse({ id: EXISTING_ID }) });
    globalThis.fetch = ((path: string, init: RequestInit = {}) => {
      const method = init.method ?? 'GET';
      sent.push({ method, path, body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined });
      if (method === 'POST' && path.endsWith('/confirm')) return Promise.resolve(confirmAnswer());
      if (path.startsWith('/api/reports')) return Promise.resolve(json(200, { items: [existingSummary], total: 1 }));
      return Promise.resolve(json(200, importResponse()));
    }) as typeof globalThis.fetch;
    const reference = useReferenceDataStore();
    reference.agencies = [{ id: SNGV_ID, code: 'SNgV', name: { vi: 'Sở Ngoại vụ', en: 'Department of Foreign Affairs' }, kind: 'department', parentId: null, validFrom: '2000-01-01', validTo: null }];
    reference.periods = [period];
  });

  afterEach(() => {
    globalThis.fetch = realFetch;
    Reflect.deleteProperty(globalThis, 'localStorage');
  });

  it('keeps each correction on the device and puts it back when the import opens again', async () => {
    const store = useImportDraftStore();
    await store.open(IMPORT_ID);
    expect(store.agencyId).toBe(SNGV_ID);
    expect(store.period?.id).toBe(M9_2022_ID);
    store.setNumber('dossier.receivedOnline', '4');
    store.correct('signing', { mode: 'KT.', onBehalfOf: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Trần Thị Bình' });
    expect([...storage.items.keys()]).toEqual([`cchc.import.${IMPORT_ID}`]);

    setActivePinia(createPinia());
    const reference = useReferenceDataStore();
    reference.agencies = [{ id: SNGV_ID, code: 'SNgV', name: { vi: 'Sở Ngoại vụ', en: '' }, kind: 'department', parentId: null, validFrom: '2000-01-01', validTo: null }];
    reference.periods = [period];
    const reopened = useImportDraftStore();
    await reopened.open(IMPORT_ID);
    expect(reopened.restored).toBe(2);
    expect(reopened.draft?.signing?.name).toBe('Trần Thị Bình');
    expect(reopened.build?.body?.content.dossier?.receivedOnline).toBe(4);
  });

  it('sends nothing while the contract finds problems, and names them', async () => {
    const store = useImportDraftStore();
    await store.open(IMPORT_ID);
    store.correct('title', '');
    await expect(store.confirm()).resolves.toBeNull();
    expect(store.attempted).toBe(true);
    expect(store.build?.problems.map((p) => p.controlId)).toEqual(['imp-title']);
    expect(sent.filter((s) => s.method === 'POST')).toEqual([]);
  });

  it('confirms a body the contract accepts, then forgets the corrections', async () => {
    const store = useImportDraftStore();
    await store.open(IMPORT_ID);
    store.setNumber('dossier.receivedOnline', '4');
    const answer = await store.confirm();
    expect(answer?.report.id).toBe(EXISTING_ID);
    const posted = sent.find((s) => s.method === 'POST');
    expect(posted?.path).toBe(`/api/imports/${IMPORT_ID}/confirm`);
    expect(ImportConfirmBodySchema.safeParse(posted?.body).success).toBe(true);
    expect(storage.items.size).toBe(0);
    expect(store.current?.status).toBe('CONFIRMED');
  });

  it('links the report the agency already has for the period when the API refuses another', async () => {
    confirmAnswer = () => json(409, { code: 'REPORT_EXISTS', message: 'This agency already has a report for this period.' });
    const store = useImportDraftStore();
    await store.open(IMPORT_ID);
    await store.confirm();
    expect(store.failure).toEqual({ code: 'REPORT_EXISTS', problems: [], report: { id: EXISTING_ID, status: 'DRAFT' } });
    expect(sent.some((s) => s.path === `/api/reports?agencyId=${SNGV_ID}&periodId=${M9_2022_ID}`)).toBe(true);
  });

  it("shows the API's field errors at their fields", async () => {
    confirmAnswer = () => json(400, { code: 'VALIDATION_FAILED', message: 'Invalid', details: [{ path: 'body.content.signing.name', message: 'Too long' }] });
    const store = useImportDraftStore();
    await store.open(IMPORT_ID);
    await store.confirm();
    expect(store.failure?.problems).toEqual([{ path: 'signing.name', controlId: 'imp-signing-name', message: { key: 'other', params: { detail: 'Too long' } } }]);
  });
});
