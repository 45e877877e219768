import { ReportActionBodySchema, ReportPatchBodySchema, type ReportResponse } from '@cchc/domain';
import { createPinia, setActivePinia } from 'pinia';
import { reportResponse } from '../../../test/factories/report.factories.js';
import { configureHttp } from '../../shared/http/http.js';
import { readLocalDraft } from './helpers/local-draft.js';
import { AUTOSAVE_DELAY_MS, useReportEditorStore } from './report-editor.store.js';

// Jest's globals are not injected under ESM; the module's own handle is.
const { jest } = import.meta;

/** localStorage for node, where there is none. */
class MemoryStorage {
  private readonly items = new Map<string, string>();
  getItem = (key: string): string | null => this.items.get(key) ?? null;
  setItem = (key: string, value: string): void => void this.items.set(key, value);
  removeItem = (key: string): void => void this.items.delete(key);
}

interface SentRequest {
  method: string;
  path: string;
  body: unknown;
  signal: AbortSignal | null;
}

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/**
 * The report URLs the editor calls, answered from a map of stored reports as the API would: a
 * PATCH (checked as the API checks it) on the stored version merges its parts and moves the version on, on another version it
 * is refused with 409; so is a request for signature, which also needs a draft or a returned
 * report, and records when it was made. An answer can be held back, or replaced by a refusal, to stage a race or
 * an expired session. Like a slow server, it answers an aborted request all the same, so the
 * store's own guard is what is tested.
 */
function fakeReportApi() {
  const reports = new Map<string, ReportResponse>();
  const sent: SentRequest[] = [];
  const held = new Map<string, Promise<void>>();
  let refusal: { method: string; status: number; code: string } | null = null;

  function answer(method: string, path: string, body: unknown): Response {
    const [, id = '', action] = /^\/api\/reports\/([^/?]+)(\/request-signing)?$/.exec(path) ?? [];
    const stored = reports.get(id);
    if (!stored) return json(404, { code: 'NOT_FOUND', message: 'No such report.' });
    if (action) return method === 'POST' ? requestSigning(stored, body) : json(405, { code: 'METHOD_NOT_ALLOWED', message: method });
    if (method === 'GET') return json(200, stored);
    if (method !== 'PATCH') return json(405, { code: 'METHOD_NOT_ALLOWED', message: method });
    const patch = ReportPatchBodySchema.parse(body);
    if (patch.version !== stored.version) {
      return json(409, { code: 'VERSION_CONFLICT', message: 'Someone saved first.', currentVersion: stored.version });
    }
    const next = { ...stored, version: stored.version + 1, content: { ...stored.content, ...patch.content }, updatedAt: new Date().toISOString() };
    reports.set(next.id, next);
    return json(200, next);
  }

  function requestSigning(stored: ReportResponse, body: unknown): Response {
    const { version } = ReportActionBodySchema.parse(body);
    if (stored.status !== 'DRAFT' && stored.status !== 'RETURNED') {
      return json(409, { code: 'INVALID_TRANSITION', message: `A ${stored.status.toLowerCase()} report cannot be put before the approver.` });
    }
    if (version !== stored.version) {
      return json(409, { code: 'VERSION_CONFLICT', message: 'Someone saved first.', currentVersion: stored.version });
    }
    const at = new Date().toISOString();
    const next = { ...stored, version: stored.version + 1, signatureRequestedAt: at, updatedAt: at };
    reports.set(next.id, next);
    return json(200, next);
  }

  // The http layer calls it with a path and its options only.
  const fetch = async (path: string, init: RequestInit = {}): Promise<Response> => {
    const method = init.method ?? 'GET';
    const body: unknown = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    sent.push({ method, path, body, signal: init.signal ?? null });
    await held.get(path);
    if (refusal?.method === method) return json(refusal.status, { code: refusal.code, message: 'Refused.' });
    return answer(method, path, body);
  };

  return {
    fetch,
    sent,
    /** Stores reports as the server has them. */
    store: (...stored: ReportResponse[]) => stored.forEach((r) => reports.set(r.id, r)),
    stored: (id: string) => reports.get(id),
    /** Someone else saves the report: the stored version moves on (to `status` when given). */
    saveElsewhere(id: string, status?: ReportResponse['status']): void {
      const stored = reports.get(id);
      if (stored) reports.set(id, { ...stored, version: stored.version + 1, status: status ?? stored.status });
    },
    /** Holds back the answers to `path` until the returned function is called. */
    hold(path: string): () => void {
      let release: () => void = () => undefined;
      held.set(path, new Promise<void>((resolve) => (release = resolve)));
      return () => {
        held.delete(path);
        release();
      };
    },
    /** Refuses every request of `method` with an error answer, until `accept`. */
    refuse: (method: string, status: number, code: string) => void (refusal = { method, status, code }),
    accept: () => void (refusal = null),
    patches: () => sent.filter((r) => r.method === 'PATCH'),
    signingRequests: () => sent.filter((r) => r.method === 'POST' && r.path.endsWith('/request-signing')),
  };
}

/** Lets every answer already given reach the store (the timers are fake, these are not). */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
}

/** Waits out the pause in typing, and lets the save it starts be answered. */
async function pauseTyping(): Promise<void> {
  await jest.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
  await settle();
}

describe('useReportEditorStore', () => {
  let api: ReturnType<typeof fakeReportApi>;
  let storage: MemoryStorage;
  const realFetch = globalThis.fetch;

  beforeEach(() => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate'] });
    setActivePinia(createPinia());
    api = fakeReportApi();
    globalThis.fetch = api.fetch as typeof globalThis.fetch;
    storage = new MemoryStorage();
    Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
  });

  afterEach(() => {
    jest.useRealTimers();
    globalThis.fetch = realFetch;
    configureHttp({ signedIn: () => false, onUnauthorized: () => undefined });
  });

  /** A draft the store has open, with the form showing the server's copy. */
  async function openDraft() {
    const report = reportResponse();
    api.store(report);
    const store = useReportEditorStore();
    await store.open(report.id);
    return { store, report };
  }

  const editedTitle = 'Tình hình, kết quả thực hiện công tác cải cách hành chính 9 tháng đầu năm 2020 (bổ sung)';

  describe('open', () => {
    it('loads the report into the form: loading while it comes, then ready with the server copy', async () => {
      const report = reportResponse();
      api.store(report);
      const store = useReportEditorStore();

      const opening = store.open(report.id);
      expect(store.loadStatus).toBe('loading');
      await opening;

      expect(store.loadStatus).toBe('ready');
      expect(store.loadError).toBeNull();
      expect(store.report).toEqual(report);
      expect(store.content).toEqual(report.content);
      expect(store.editable).toBe(true);
      expect(store.saveState).toEqual({ kind: 'saved', savedAt: report.updatedAt });
    });

    it('fails with the API error code when the report cannot be loaded', async () => {
      const store = useReportEditorStore();
      await store.open('00000000-0000-4000-8000-00000000dead');
      expect(store.loadStatus).toBe('error');
      expect(store.loadError).toBe('NOT_FOUND');
      expect(store.report).toBeNull();
    });

    it('applies only the report opened last when the one opened before answers later, and aborts its request', async () => {
      const first = reportResponse();
      const second = reportResponse();
      api.store(first, second);
      const releaseFirst = api.hold(`/api/reports/${first.id}`);
      const store = useReportEditorStore();

      const openingFirst = store.open(first.id);
      await store.open(second.id);
      releaseFirst();
      await openingFirst;

      expect(store.report?.id).toBe(second.id);
      expect(store.content).toEqual(second.content);
      expect(store.loadStatus).toBe('ready');
      expect(api.sent.find((r) => r.path === `/api/reports/${first.id}`)?.signal?.aborted).toBe(true);
    });

    it('does not let the failure of a report opened before hide the one opened last', async () => {
      const second = reportResponse();
      api.store(second);
      const missing = '00000000-0000-4000-8000-00000000dead';
      const releaseMissing = api.hold(`/api/reports/${missing}`);
      const store = useReportEditorStore();

      const openingMissing = store.open(missing);
      await store.open(second.id);
      releaseMissing();
      await openingMissing;

      expect(store.loadStatus).toBe('ready');
      expect(store.loadError).toBeNull();
      expect(store.report?.id).toBe(second.id);
    });
  });

  describe('update', () => {
    it('marks the part unsaved and keeps it on this device at once', async () => {
      const { store, report } = await openDraft();

      store.update('title', editedTitle);

      expect(store.content?.title).toBe(editedTitle);
      expect(store.saveState.kind).toBe('pending');
      expect(readLocalDraft(storage, report.id)).toMatchObject({ version: 1, parts: { title: editedTitle } });
      expect(api.patches()).toHaveLength(0);
    });

    it('keeps a date that does not read as one unsaved, and checks the report without it', async () => {
      const { store, report } = await openDraft();

      store.update('signedOn', '05/1');
      await pauseTyping();

      expect(store.saveState.kind).toBe('invalid');
      expect(store.unsavedParts).toEqual(['signedOn']);
      expect(readLocalDraft(storage, report.id)).toMatchObject({ parts: { signedOn: '05/1' } });
      expect(api.patches()).toHaveLength(0);
      // The live checks judge what can be saved, not the half-typed date.
      expect(store.findings.filter((f) => f.path === 'signedOn')).toEqual([]);
    });

    it('autosaves after the pause in typing: a PATCH of the changed part with the version it was made on', async () => {
      const { store, report } = await openDraft();

      store.update('title', editedTitle);
      await jest.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 1);
      expect(api.patches()).toHaveLength(0);
      await jest.advanceTimersByTimeAsync(1);
      await settle();

      expect(api.patches()).toHaveLength(1);
      expect(api.patches()[0]).toMatchObject({ path: `/api/reports/${report.id}`, body: { version: 1, content: { title: editedTitle } } });
      expect(store.report?.version).toBe(2);
      expect(store.saveState.kind).toBe('saved');
      expect(readLocalDraft(storage, report.id)).toBeNull();
    });

    it('sends the next save with the version the previous save answered with', async () => {
      const { store } = await openDraft();

      store.update('title', editedTitle);
      await pauseTyping();
      store.update('place', 'Thành phố Quảng Ngãi');
      await pauseTyping();

      expect(api.patches().map((r) => r.body)).toEqual([
        { version: 1, content: { title: editedTitle } },
        { version: 2, content: { place: 'Thành phố Quảng Ngãi' } },
      ]);
      expect(store.saveState.kind).toBe('saved');
    });
  });

  describe('live findings', () => {
    it("judge a returned report as of its first submission, as the API does, not as of today", async () => {
      // The seed report went to Home Affairs on 18/09/2020: 565/KH-SNgV dated 23/10/2020 stays an error.
      const returned = reportResponse({ status: 'RETURNED', version: 3, submittedAt: '2020-09-18T03:00:00.000Z', firstSubmittedAt: '2020-09-18T03:00:00.000Z' });
      api.store(returned);
      const store = useReportEditorStore();
      await store.open(returned.id);

      store.update('title', editedTitle);

      expect(store.saveState.kind).toBe('pending');
      expect(store.errors.map((f) => f.code)).toEqual(['CITATION_DATE_AFTER_REPORT']);
      expect(store.warnings).toHaveLength(5);
    });
  });

  describe('conflict', () => {
    it('stops saving on a 409, keeping the edit in the form and on this device', async () => {
      const { store, report } = await openDraft();
      api.saveElsewhere(report.id);

      store.update('title', editedTitle);
      await pauseTyping();

      expect(store.saveState).toEqual({ kind: 'conflict', currentVersion: 2 });
      expect(store.content?.title).toBe(editedTitle);
      expect(readLocalDraft(storage, report.id)).toMatchObject({ version: 1, parts: { title: editedTitle } });

      store.update('place', 'Thành phố Quảng Ngãi');
      await pauseTyping();
      expect(api.patches()).toHaveLength(1);
      expect(store.saveState.kind).toBe('conflict');
    });

    it('reloads the server copy on request, dropping the kept edit', async () => {
      const { store, report } = await openDraft();
      api.saveElsewhere(report.id);
      store.update('title', editedTitle);
      await pauseTyping();

      await store.reload();

      expect(store.report?.version).toBe(2);
      expect(store.content?.title).toBe(report.content.title);
      expect(store.saveState.kind).toBe('saved');
      expect(readLocalDraft(storage, report.id)).toBeNull();
    });
  });

  describe('requestSigning', () => {
    const signingPath = (id: string): string => `/api/reports/${id}/request-signing`;

    it('saves the pending edit first, then sends the request with the version it was saved as, and takes the answer', async () => {
      const { store, report } = await openDraft();
      store.update('title', editedTitle);

      await expect(store.requestSigning()).resolves.toBe(true);

      expect(api.sent.filter((r) => r.method !== 'GET').map((r) => [r.method, r.path, r.body])).toEqual([
        ['PATCH', `/api/reports/${report.id}`, { version: 1, content: { title: editedTitle } }],
        ['POST', signingPath(report.id), { version: 2 }],
      ]);
      const stored = api.stored(report.id);
      expect(stored?.content.title).toBe(editedTitle);
      expect(store.report?.version).toBe(3);
      expect(store.report?.signatureRequestedAt).toBe(stored?.signatureRequestedAt);
      expect(store.signingRequestedHere).toBe(stored?.signatureRequestedAt);
      expect(store.signingRequestError).toBeNull();
      expect(store.requestingSignature).toBe(false);
      expect(store.saveState.kind).toBe('saved');
      expect(readLocalDraft(storage, report.id)).toBeNull();

      // The next save goes on the version the request answered with.
      store.update('place', 'Thành phố Quảng Ngãi');
      await pauseTyping();
      expect(api.patches()[1]?.body).toEqual({ version: 3, content: { place: 'Thành phố Quảng Ngãi' } });
      expect(store.saveState.kind).toBe('saved');
    });

    it('is pending once: a second click sends nothing more', async () => {
      const { store, report } = await openDraft();
      const release = api.hold(signingPath(report.id));

      const requesting = store.requestSigning();
      await settle();
      expect(store.requestingSignature).toBe(true);
      await expect(store.requestSigning()).resolves.toBe(false);
      release();

      await expect(requesting).resolves.toBe(true);
      expect(api.signingRequests()).toHaveLength(1);
      expect(store.requestingSignature).toBe(false);
    });

    it('saves an edit made while the request is pending after it, on the version it answers with', async () => {
      const { store, report } = await openDraft();
      const release = api.hold(signingPath(report.id));

      const requesting = store.requestSigning();
      await settle();
      store.update('title', editedTitle);
      // The edit is kept on this device as one of the version the request is made on.
      expect(readLocalDraft(storage, report.id)).toMatchObject({ version: 1, parts: { title: editedTitle } });
      await pauseTyping();
      expect(api.patches()).toHaveLength(0);

      release();
      await requesting;
      await settle();

      expect(api.patches().map((r) => r.body)).toEqual([{ version: 2, content: { title: editedTitle } }]);
      expect(store.report?.version).toBe(3);
      expect(store.report?.signatureRequestedAt).not.toBeNull();
      expect(store.saveState.kind).toBe('saved');
    });

    it('still sends a report with errors: the approver is the one who cannot submit it yet', async () => {
      const returned = reportResponse({ status: 'RETURNED', version: 3, submittedAt: '2020-09-18T03:00:00.000Z', firstSubmittedAt: '2020-09-18T03:00:00.000Z' });
      api.store(returned);
      const store = useReportEditorStore();
      await store.open(returned.id);
      store.update('title', editedTitle);
      expect(store.errors.length).toBeGreaterThan(0);

      await expect(store.requestSigning()).resolves.toBe(true);
      expect(api.signingRequests().map((r) => r.body)).toEqual([{ version: 4 }]);
      expect(store.report?.version).toBe(5);
    });

    it('sends nothing while an edit cannot be saved, and says so', async () => {
      const { store } = await openDraft();
      store.update('signedOn', '05/1');

      await expect(store.requestSigning()).resolves.toBe(false);

      expect(store.signingRequestError).toBe('UNSAVED');
      expect(api.signingRequests()).toHaveLength(0);
      expect(store.report?.signatureRequestedAt).toBeNull();
    });

    it('on a stale version stops as a stale save does: a conflict to reload, the edit kept', async () => {
      const { store, report } = await openDraft();
      api.saveElsewhere(report.id);

      await expect(store.requestSigning()).resolves.toBe(false);

      expect(api.signingRequests().map((r) => r.body)).toEqual([{ version: 1 }]);
      expect(store.signingRequestError).toBe('VERSION_CONFLICT');
      expect(store.saveState).toEqual({ kind: 'conflict', currentVersion: 2 });
      expect(store.report?.version).toBe(1);

      await store.reload();
      expect(store.report?.version).toBe(2);
      expect(store.signingRequestError).toBeNull();
      expect(store.saveState.kind).toBe('saved');
    });

    it('gives the code of a refusal (not a reporter, or the report was submitted meanwhile) and keeps the report', async () => {
      const { store, report } = await openDraft();
      api.refuse('POST', 403, 'FORBIDDEN');
      await expect(store.requestSigning()).resolves.toBe(false);
      expect(store.signingRequestError).toBe('FORBIDDEN');
      expect(store.report).toEqual(report);
      expect(store.saveState.kind).toBe('saved');

      api.accept();
      api.saveElsewhere(report.id, 'SUBMITTED');
      await expect(store.requestSigning()).resolves.toBe(false);
      expect(store.signingRequestError).toBe('INVALID_TRANSITION');
      expect(store.signingRequestedHere).toBeNull();
    });

    it('is not offered on a report the agency cannot change', async () => {
      const submitted = reportResponse({ status: 'SUBMITTED', version: 2, submittedAt: '2020-09-18T03:00:00.000Z', firstSubmittedAt: '2020-09-18T03:00:00.000Z' });
      api.store(submitted);
      const store = useReportEditorStore();
      await store.open(submitted.id);

      await expect(store.requestSigning()).resolves.toBe(false);
      expect(api.signingRequests()).toHaveLength(0);
    });
  });

  describe('expired session', () => {
    it('keeps the edit on a 401 and puts it back when the report is opened again after signing in', async () => {
      const onUnauthorized = jest.fn();
      configureHttp({ signedIn: () => true, onUnauthorized });
      const { store, report } = await openDraft();
      api.refuse('PATCH', 401, 'UNAUTHENTICATED');

      store.update('title', editedTitle);
      await pauseTyping();

      expect(onUnauthorized).toHaveBeenCalled();
      expect(store.saveState).toMatchObject({ kind: 'failed', code: 'UNAUTHENTICATED' });
      expect(store.content?.title).toBe(editedTitle);
      expect(readLocalDraft(storage, report.id)).toMatchObject({ version: 1, parts: { title: editedTitle } });

      // Leaving tries once more, in vain; signing in again starts afresh: a new store, the same device.
      store.close();
      await settle();
      api.accept();
      setActivePinia(createPinia());
      const again = useReportEditorStore();
      await again.open(report.id);

      expect(again.content?.title).toBe(editedTitle);
      expect(again.restoredAt).not.toBeNull();
      expect(again.saveState.kind).toBe('pending');
      await pauseTyping();
      expect(api.stored(report.id)?.content.title).toBe(editedTitle);
      expect(again.saveState.kind).toBe('saved');
    });
  });
});
