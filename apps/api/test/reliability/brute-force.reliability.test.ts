import request from 'supertest';
import { ACCOUNT_THROTTLE } from '../../src/modules/auth/sign-in-throttle.policy.js';
import { createUser } from '../factories/user.factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * A password-guessing attack at scale, sent as real concurrent HTTP requests: a thousand wrong
 * passwords, in waves of parallel requests, on one account and then spread over many accounts
 * and addresses. Per account, no more than the free failures may ever reach the password check.
 */
describe('Sign-in under a brute-force attack', () => {
  let t: TestApp;
  let now = new Date('2026-11-26T00:00:00Z');
  const WAVE = 50;

  const attempt = (username: string, password: string, address: string): Promise<number> =>
    request(t.http)
      .post('/api/auth/login')
      .set('x-forwarded-for', address)
      .send({ username, password })
      .then((response) => {
        if (response.status === 429 && response.headers['retry-after'] === undefined) throw new Error('A 429 without Retry-After.');
        return response.status;
      });

  /** Sends the attempts in waves of WAVE requests in flight at once; the statuses, counted. */
  const attack = async (attempts: (() => Promise<number>)[]): Promise<Record<number, number>> => {
    const counts: Record<number, number> = {};
    for (let i = 0; i < attempts.length; i += WAVE) {
      const statuses = await Promise.all(attempts.slice(i, i + WAVE).map((send) => send()));
      for (const status of statuses) counts[status] = (counts[status] ?? 0) + 1;
    }
    return counts;
  };

  beforeAll(async () => {
    t = await createTestApp({ now: () => now, config: { trustProxy: true } });
  });

  afterAll(async () => {
    await t.close();
  });

  it('refuses all but the free failures of 1,000 wrong passwords on one account, and lets the owner in after the wait', async () => {
    const user = await createUser(t);
    const counts = await attack(Array.from({ length: 1000 }, (_, i) => () => attempt(user.username, `guess-${i}`, '203.0.113.50')));
    expect(counts).toEqual({ 401: ACCOUNT_THROTTLE.freeFailures, 429: 1000 - ACCOUNT_THROTTLE.freeFailures });

    expect(await attempt(user.username, user.password, '203.0.113.51')).toBe(429);
    now = new Date(now.getTime() + ACCOUNT_THROTTLE.firstLockSeconds * 1000);
    expect(await attempt(user.username, user.password, '203.0.113.51')).toBe(200);
  }, 120_000);

  it('checks at most the free failures of each of 30 accounts attacked from 30 addresses at once', async () => {
    const users = await Promise.all(Array.from({ length: 30 }, () => createUser(t)));
    const attempts = Array.from({ length: 12 }, (_, round) =>
      users.map((user, i) => () => attempt(user.username, `guess-${round}`, `192.0.2.${((i + round) % 30) + 1}`)),
    ).flat();
    const counts = await attack(attempts);
    expect(counts).toEqual({ 401: 30 * ACCOUNT_THROTTLE.freeFailures, 429: 30 * (12 - ACCOUNT_THROTTLE.freeFailures) });
    const owners = await Promise.all(users.map((user) => attempt(user.username, user.password, '192.0.2.250')));
    expect(new Set(owners)).toEqual(new Set([429]));
  }, 180_000);
});
