import request from 'supertest';
import { ACCOUNT_THROTTLE, ADDRESS_THROTTLE } from '../../src/modules/auth/sign-in-throttle.policy.js';
import { createUser, loginAs } from '../factories/user.factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

interface Attempt {
  status: number;
  body: { code: string; message: string; retryAt?: string; retryAfterSeconds?: number };
  retryAfter: string | undefined;
}

describe('Sign-in throttling over HTTP', () => {
  let t: TestApp;
  let now = new Date('2026-11-26T00:00:00Z');
  const advance = (seconds: number): void => {
    now = new Date(now.getTime() + seconds * 1000);
  };

  const attempt = async (username: string, password: string, address = '203.0.113.7'): Promise<Attempt> => {
    const response = await request(t.http).post('/api/auth/login').set('x-forwarded-for', address).send({ username, password });
    return { status: response.status, body: response.body as Attempt['body'], retryAfter: response.headers['retry-after'] };
  };
  const statuses = (attempts: Attempt[]): Record<number, number> =>
    attempts.reduce<Record<number, number>>((counts, a) => ({ ...counts, [a.status]: (counts[a.status] ?? 0) + 1 }), {});

  const adminLog = async (entityId: string): Promise<{ action: string; after: Record<string, unknown> | null }[]> => {
    const admin = await createUser(t, { role: 'admin', agencyId: null });
    const token = await loginAs(t, admin);
    const response = await request(t.http).get(`/api/admin/audit?entityType=user&entityId=${entityId}`).set('authorization', `Bearer ${token}`).expect(200);
    return response.body as { action: string; after: Record<string, unknown> | null }[];
  };

  beforeAll(async () => {
    // The tests stand for clients behind a proxy, each address in X-Forwarded-For.
    t = await createTestApp({ now: () => now, config: { trustProxy: true } });
  });

  afterAll(async () => {
    await t.close();
  });

  it('refuses almost all of 200 wrong passwords on one account from one address, with 429, Retry-After and when to retry', async () => {
    const user = await createUser(t);
    const attempts: Attempt[] = [];
    for (let i = 0; i < 200; i++) attempts.push(await attempt(user.username, `wrong-${i}`));

    expect(statuses(attempts)).toEqual({ 401: ACCOUNT_THROTTLE.freeFailures, 429: 200 - ACCOUNT_THROTTLE.freeFailures });
    const refused = attempts.find((a) => a.status === 429);
    expect(refused?.body).toEqual({
      code: 'TOO_MANY_SIGN_IN_ATTEMPTS',
      message: expect.stringMatching(/Too many failed sign-ins.*60 seconds/) as unknown,
      retryAt: new Date(now.getTime() + 60_000).toISOString(),
      retryAfterSeconds: 60,
    });
    expect(refused?.retryAfter).toBe('60');
  }, 120_000);

  it('refuses the right password during the lock, and takes it after the wait; the lock and the sign-in are in the administration log', async () => {
    const user = await createUser(t);
    for (let i = 0; i < ACCOUNT_THROTTLE.freeFailures; i++) expect((await attempt(user.username, 'wrong')).status).toBe(401);

    const locked = await attempt(user.username, user.password);
    expect(locked.status).toBe(429);
    advance(Number(locked.retryAfter) - 1);
    expect((await attempt(user.username, user.password)).status).toBe(429);
    advance(1);
    expect((await attempt(user.username, user.password)).status).toBe(200);

    const log = await adminLog(user.id);
    expect(log.map((entry) => entry.action)).toEqual(['SIGN_IN', 'LOCKOUT']);
    expect(log[1]?.after).toMatchObject({ address: '203.0.113.7', failures: ACCOUNT_THROTTLE.freeFailures, lockedSeconds: 60 });
    expect(log[0]?.after).toMatchObject({ address: '203.0.113.7' });
  });

  it('locks for longer at each further failure after a lock, up to the ceiling', async () => {
    const user = await createUser(t);
    for (let i = 0; i < ACCOUNT_THROTTLE.freeFailures; i++) await attempt(user.username, 'wrong');
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      const refused = await attempt(user.username, 'wrong');
      expect(refused.status).toBe(429);
      waits.push(Number(refused.retryAfter));
      advance(Number(refused.retryAfter));
      expect((await attempt(user.username, 'wrong')).status).toBe(401);
    }
    expect(waits).toEqual([60, 120, 240, 480, 900, 900]);
  });

  it('starts the count again after a success', async () => {
    const user = await createUser(t);
    for (let i = 0; i < ACCOUNT_THROTTLE.freeFailures - 1; i++) await attempt(user.username, 'wrong');
    expect((await attempt(user.username, user.password)).status).toBe(200);
    const again: Attempt[] = [];
    for (let i = 0; i < ACCOUNT_THROTTLE.freeFailures; i++) again.push(await attempt(user.username, 'wrong'));
    expect(statuses(again)).toEqual({ 401: ACCOUNT_THROTTLE.freeFailures });
  });

  it('throttles an unknown username exactly as an account, so answers do not tell which exist', async () => {
    const user = await createUser(t);
    const known: Attempt[] = [];
    const unknown: Attempt[] = [];
    for (let i = 0; i < ACCOUNT_THROTTLE.freeFailures + 1; i++) {
      known.push(await attempt(user.username, 'wrong', '198.51.100.1'));
      unknown.push(await attempt(`nobody-${user.username}`, 'wrong', '198.51.100.2'));
    }
    expect(unknown.map((a) => [a.status, a.body, a.retryAfter])).toEqual(known.map((a) => [a.status, a.body, a.retryAfter]));
    expect(unknown.at(-1)?.status).toBe(429);
  });

  it('counts the account as typed, whatever the case and surrounding spaces', async () => {
    const user = await createUser(t, { username: `Mixed.Case${Date.now()}` });
    for (let i = 0; i < ACCOUNT_THROTTLE.freeFailures; i++) await attempt(i % 2 ? user.username.toUpperCase() : ` ${user.username.toLowerCase()} `, 'wrong');
    expect((await attempt(user.username, user.password)).status).toBe(429);
  });

  it('counts every one of many wrong passwords sent at once', async () => {
    const user = await createUser(t);
    const attempts = await Promise.all(Array.from({ length: 40 }, (_, i) => attempt(user.username, `wrong-${i}`)));
    expect(statuses(attempts)).toEqual({ 401: ACCOUNT_THROTTLE.freeFailures, 429: 40 - ACCOUNT_THROTTLE.freeFailures });
  });

  it('still throttles each account when the attack comes from 20 addresses on 20 accounts', async () => {
    const users = await Promise.all(Array.from({ length: 20 }, () => createUser(t)));
    const byUser = new Map<string, Attempt[]>(users.map((u) => [u.username, []]));
    for (let round = 0; round < 10; round++) {
      for (const [i, user] of users.entries()) {
        byUser.get(user.username)?.push(await attempt(user.username, `wrong-${round}`, `192.0.2.${((i + round) % 20) + 1}`));
      }
    }
    for (const attempts of byUser.values()) {
      expect(statuses(attempts)).toEqual({ 401: ACCOUNT_THROTTLE.freeFailures, 429: 10 - ACCOUNT_THROTTLE.freeFailures });
    }
    for (const user of users) expect((await attempt(user.username, user.password, '192.0.2.200')).status).toBe(429);
  }, 120_000);

  it('locks an address that fails on many accounts, and only that address', async () => {
    const address = '198.51.100.99';
    const attempts: Attempt[] = [];
    for (let i = 0; i < ADDRESS_THROTTLE.freeFailures; i++) attempts.push(await attempt(`spray-${i}`, 'wrong', address));
    expect(statuses(attempts)).toEqual({ 401: ADDRESS_THROTTLE.freeFailures });

    const user = await createUser(t);
    const refused = await attempt(user.username, user.password, address);
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('TOO_MANY_SIGN_IN_ATTEMPTS');
    expect((await attempt(user.username, user.password, '198.51.100.100')).status).toBe(200);
    advance(Number(refused.retryAfter));
    expect((await attempt(user.username, user.password, address)).status).toBe(200);
  }, 120_000);
});
