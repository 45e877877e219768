import type { NotificationDto } from '@cchc/domain';
import { createPinia, setActivePinia } from 'pinia';
import { BELL_SIZE, useNotificationsStore } from './notifications.store.js';

const json = (status: number, body: unknown): Response => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const STP = { id: '11111111-1111-4111-8111-111111111111', code: 'STP', name: { vi: 'Sở Tư pháp', en: 'Department of Justice' } };
const M9 = { id: '22222222-2222-4222-8222-222222222222', year: 2025, kind: 'M9' as const, deadline: '2025-09-20' };
const idOf = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const notification = (n: number, overrides: Partial<NotificationDto> = {}): NotificationDto => ({
  id: idOf(n),
  kind: 'READY_FOR_SIGNATURE',
  createdAt: `2025-09-${String(10 + (n % 10)).padStart(2, '0')}T03:00:00.000Z`,
  readAt: null,
  reportId: idOf(1000 + n),
  agency: STP,
  period: M9,
  details: { actor: 'Chuyên viên Sở Tư pháp' },
  ...overrides,
});

describe('the notifications of the signed-in user', () => {
  const realFetch = globalThis.fetch;
  let sent: { method: string; path: string }[];
  /** The answer of each request, by method and path; a request without one fails the test. */
  let answer: (method: string, path: string) => Response | Promise<Response>;

  beforeEach(() => {
    setActivePinia(createPinia());
    sent = [];
    answer = () => json(200, { items: [notification(1), notification(2, { readAt: '2025-09-12T00:00:00.000Z' })], unread: 4, total: 2 });
    globalThis.fetch = ((path: string, init: RequestInit = {}) => {
      const method = init.method ?? 'GET';
      sent.push({ method, path });
      return Promise.resolve(answer(method, path));
    }) as typeof globalThis.fetch;
  });

  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('asks for the unread count and the newest ten for the bell, once while a refresh is on its way', async () => {
    const store = useNotificationsStore();
    const first = store.refresh();
    const second = store.refresh();
    await Promise.all([first, second]);
    expect(sent).toEqual([{ method: 'GET', path: `/api/notifications?limit=${BELL_SIZE}` }]);
    expect(store.unread).toBe(4);
    expect(store.latest.map((n) => n.id)).toEqual([idOf(1), idOf(2)]);
    expect(store.bellStatus).toBe('ready');
  });

  it('keeps the count on show when a refresh fails, and says why', async () => {
    const store = useNotificationsStore();
    await store.refresh();
    answer = () => json(503, { code: 'DATABASE_UNAVAILABLE', message: 'Down.' });
    await store.refresh();
    expect(store.bellStatus).toBe('error');
    expect(store.bellErrorCode).toBe('DATABASE_UNAVAILABLE');
    expect(store.unread).toBe(4);
  });

  it('refuses an answer that is not the contract', async () => {
    answer = () => json(200, { items: [{ id: 'x' }], unread: 1, total: 1 });
    const store = useNotificationsStore();
    await store.refresh();
    expect(store.bellStatus).toBe('error');
    expect(store.bellErrorCode).toBe('UNEXPECTED_RESPONSE');
  });

  it('loads a page of twenty of the list, all or the unread ones', async () => {
    answer = () => json(200, { items: [notification(21)], unread: 3, total: 21 });
    const store = useNotificationsStore();
    await store.loadPage({ page: 2, unreadOnly: true });
    expect(sent).toEqual([{ method: 'GET', path: '/api/notifications?unreadOnly=true&limit=20&offset=20' }]);
    expect(store.items.map((n) => n.id)).toEqual([idOf(21)]);
    expect(store.total).toBe(21);
    expect(store.unread).toBe(3);
    expect(store.listed).toEqual({ page: 2, unreadOnly: true });
    await store.loadPage({ page: 1, unreadOnly: false });
    expect(sent.at(-1)?.path).toBe('/api/notifications?limit=20');
  });

  it('marks one read in the bell and the list alike and counts it off, asking once for one already read or on its way', async () => {
    const store = useNotificationsStore();
    await store.refresh();
    await store.loadPage({ page: 1, unreadOnly: false });
    const unread = store.latest[0]!;
    answer = (method, path) => (method === 'POST' ? json(200, { ...notification(1), readAt: '2025-09-20T01:00:00.000Z' }) : json(404, { code: 'ROUTE_NOT_FOUND', message: path }));
    sent = [];
    const [done] = await Promise.all([store.markRead(unread), store.markRead(unread)]);
    expect(done).toBe(true);
    expect(sent).toEqual([{ method: 'POST', path: `/api/notifications/${idOf(1)}/read` }]);
    expect(store.latest[0]!.readAt).toBe('2025-09-20T01:00:00.000Z');
    expect(store.items[0]!.readAt).toBe('2025-09-20T01:00:00.000Z');
    expect(store.unread).toBe(3);
    await store.markRead(store.latest[1]!);
    expect(sent).toHaveLength(1);
  });

  it('says why a notification could not be marked read, and leaves the count', async () => {
    const store = useNotificationsStore();
    await store.refresh();
    answer = () => json(404, { code: 'NOT_FOUND', message: 'No such notification.' });
    await expect(store.markRead(store.latest[0]!)).resolves.toBe(false);
    expect(store.actionError).toBe('NOT_FOUND');
    expect(store.unread).toBe(4);
    expect(store.latest[0]!.readAt).toBeNull();
  });

  it('marks all read: those on show turn read without asking for them again, the count is 0', async () => {
    const store = useNotificationsStore();
    await store.refresh();
    await store.loadPage({ page: 1, unreadOnly: false });
    answer = () => json(200, { marked: 4, unread: 0 });
    sent = [];
    await expect(store.markAllRead()).resolves.toBe(true);
    expect(sent).toEqual([{ method: 'POST', path: '/api/notifications/read-all' }]);
    expect(store.unread).toBe(0);
    expect([...store.latest, ...store.items].every((n) => n.readAt !== null)).toBe(true);
    // The one read before keeps its own time.
    expect(store.latest[1]!.readAt).toBe('2025-09-12T00:00:00.000Z');
  });

  it("forgets another user's notifications when someone else signs in on the same page", async () => {
    const store = useNotificationsStore();
    store.forUser('user-a');
    await store.refresh();
    await store.loadPage({ page: 1, unreadOnly: false });
    store.forUser('user-a');
    expect(store.unread).toBe(4);
    store.forUser('user-b');
    expect(store.unread).toBeNull();
    expect(store.latest).toEqual([]);
    expect(store.items).toEqual([]);
    expect(store.listed).toBeNull();
  });
});
