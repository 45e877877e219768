import type { NotificationSettingsDto } from '@cchc/domain';
import { createPinia, setActivePinia } from 'pinia';
import { useNotificationSettingsStore } from './notification-settings.store.js';

const json = (status: number, body: unknown): Response => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const stored: NotificationSettingsDto = {
  email: null,
  emailKinds: ['RETURNED'],
  availableKinds: ['READY_FOR_SIGNATURE', 'RETURNED', 'ACCEPTED', 'DEADLINE_SOON', 'DEADLINE_PASSED', 'REMINDER_LETTER'],
  emailEnabled: false,
  version: 2,
};

describe('the e-mail settings of the signed-in user', () => {
  const realFetch = globalThis.fetch;
  let sent: { method: string; path: string; body: unknown }[];
  let current: NotificationSettingsDto;
  let put: (body: Record<string, unknown>) => Response;

  beforeEach(() => {
    setActivePinia(createPinia());
    sent = [];
    current = stored;
    put = (body) => json(200, { ...current, email: body.email || null, emailKinds: body.emailKinds, version: current.version + 1 });
    globalThis.fetch = ((path: string, init: RequestInit = {}) => {
      const method = init.method ?? 'GET';
      const body = typeof init.body === 'string' ? (JSON.parse(init.body) as Record<string, unknown>) : undefined;
      sent.push({ method, path, body });
      return Promise.resolve(method === 'PUT' && body ? put(body) : json(200, current));
    }) as typeof globalThis.fetch;
  });

  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  async function opened(): Promise<ReturnType<typeof useNotificationSettingsStore>> {
    const store = useNotificationSettingsStore();
    await store.load();
    return store;
  }

  it('fills the form from the stored settings', async () => {
    const store = await opened();
    expect(sent).toEqual([{ method: 'GET', path: '/api/account/notifications', body: undefined }]);
    expect(store.form).toEqual({ email: '', emailKinds: ['RETURNED'] });
    expect(store.settings?.emailEnabled).toBe(false);
  });

  it('saves the address and the kinds with the version read, and shows what the API stored', async () => {
    const store = await opened();
    store.setEmail(' ld@stp.gov.vn ');
    store.setKind('READY_FOR_SIGNATURE', true);
    store.setKind('RETURNED', false);
    await expect(store.save()).resolves.toBe(true);
    expect(sent.at(-1)).toEqual({ method: 'PUT', path: '/api/account/notifications', body: { email: 'ld@stp.gov.vn', emailKinds: ['READY_FOR_SIGNATURE'], version: 2 } });
    expect(store.settings?.version).toBe(3);
    expect(store.form).toEqual({ email: 'ld@stp.gov.vn', emailKinds: ['READY_FOR_SIGNATURE'] });
    expect(store.outcome).toEqual({ kind: 'saved' });
  });

  it('refuses a malformed address before sending it', async () => {
    const store = await opened();
    store.setEmail('ld.stp.gov.vn');
    await expect(store.save()).resolves.toBe(false);
    expect(sent.filter((r) => r.method === 'PUT')).toEqual([]);
    expect(store.errors).toEqual({ email: [{ key: 'email' }] });
  });

  it("puts the API's field errors under their fields", async () => {
    const store = await opened();
    store.setKind('ACCEPTED', true);
    put = () =>
      json(400, { code: 'VALIDATION_FAILED', message: 'Some of the kinds chosen never reach you.', details: [{ path: 'body.emailKinds.1', message: 'ACCEPTED never reaches a approver.' }] });
    await expect(store.save()).resolves.toBe(false);
    expect(store.errors).toEqual({ 'emailKinds.ACCEPTED': [{ key: 'kind' }] });
    expect(store.outcome).toBeNull();
  });

  it('reloads the stored settings when they changed meanwhile (409), and says so', async () => {
    const store = await opened();
    store.setEmail('ld@stp.gov.vn');
    current = { ...stored, email: 'khac@stp.gov.vn', emailKinds: ['ACCEPTED'], version: 5 };
    put = () => json(409, { code: 'VERSION_CONFLICT', message: 'Changed.', currentVersion: 5 });
    await expect(store.save()).resolves.toBe(false);
    expect(store.outcome).toEqual({ kind: 'changed' });
    expect(sent.at(-1)).toMatchObject({ method: 'GET', path: '/api/account/notifications' });
    expect(store.settings?.version).toBe(5);
    expect(store.form).toEqual({ email: 'khac@stp.gov.vn', emailKinds: ['ACCEPTED'] });
  });

  it('says why any other save failed, and keeps what was typed', async () => {
    const store = await opened();
    store.setEmail('ld@stp.gov.vn');
    put = () => json(500, { code: 'INTERNAL_ERROR', message: 'Oops.' });
    await expect(store.save()).resolves.toBe(false);
    expect(store.outcome).toEqual({ kind: 'failed', code: 'INTERNAL_ERROR' });
    expect(store.form.email).toBe('ld@stp.gov.vn');
  });
});
