import type { LoginResponse, UserRole } from '@cchc/domain';
import request from 'supertest';
import { agencyId, createUser, loginAs } from '../factories/user.factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const change = (currentPassword: string, newPassword: string) => ({ currentPassword, newPassword, confirmPassword: newPassword });

describe('Choosing a new password: POST /api/auth/password', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('answers 401 without a session', async () => {
    const response = await request(t.http).post('/api/auth/password').send(change('secret-password', 'another-password')).expect(401);
    expect(response.body.code).toBe('UNAUTHENTICATED');
  });

  const people: [string, UserRole, string][] = [
    ['a reporter of the agency', 'reporter', 'SNgV'],
    ['an approver of the agency', 'approver', 'SNgV'],
    ['a reporter of another agency', 'reporter', 'STP'],
    ['a reviewer', 'reviewer', ''],
    ['an administrator', 'admin', ''],
  ];
  it.each(people)('lets %s change their own password, keeps this session and ends the others', async (_who, role, code) => {
    const user = await createUser(t, { role, agencyId: code ? await agencyId(t, code) : null });
    const current = await loginAs(t, user);
    const other = await loginAs(t, user);

    const response = await request(t.http)
      .post('/api/auth/password')
      .set('authorization', `Bearer ${current}`)
      .send(change(user.password, 'a-brand-new-password'))
      .expect(200);
    const session = response.body as LoginResponse;
    expect(session.user).toMatchObject({ id: user.id, role, mustChangePassword: false });

    await request(t.http).get('/api/me').set('authorization', `Bearer ${session.accessToken}`).expect(200);
    await request(t.http).get('/api/me').set('authorization', `Bearer ${current}`).expect(401);
    await request(t.http).get('/api/me').set('authorization', `Bearer ${other}`).expect(401);
    await request(t.http).post('/api/auth/login').send({ username: user.username, password: user.password }).expect(401);
    await loginAs(t, { username: user.username, password: 'a-brand-new-password' });

    const log: { action: string; actor_id: string; after: Record<string, unknown> }[] = await t.dataSource.query(
      `SELECT action, actor_id, after FROM admin_audit WHERE entity_type = 'user' AND entity_id = $1 ORDER BY id`,
      [user.id],
    );
    expect(log.map((entry) => entry.action)).toEqual(['SIGN_IN', 'SIGN_IN', 'PASSWORD_CHANGE', 'SIGN_IN']);
    expect(log.filter((entry) => entry.action !== 'SIGN_IN')).toEqual([
      { action: 'PASSWORD_CHANGE', actor_id: user.id, after: expect.objectContaining({ username: user.username }) },
    ]);
    expect(JSON.stringify(log)).not.toContain('argon2');
  });

  it('answers 400 with field paths for a weak, mismatched or unchanged password', async () => {
    const user = await createUser(t);
    const token = await loginAs(t, user);
    const send = (body: object) => request(t.http).post('/api/auth/password').set('authorization', `Bearer ${token}`).send(body).expect(400);
    const paths = (body: { details: { path: string }[] }) => body.details.map((d) => d.path).sort();

    expect(paths((await send(change(user.password, 'short'))).body)).toEqual(['body.newPassword']);
    expect(paths((await send({ ...change(user.password, 'a-long-password'), confirmPassword: 'a-long-passw0rd' })).body)).toEqual(['body.confirmPassword']);
    expect(paths((await send(change(user.password, user.password))).body)).toEqual(['body.newPassword']);
    expect(paths((await send({ newPassword: 'a-long-password', confirmPassword: 'a-long-password' })).body)).toEqual(['body.currentPassword']);
    await request(t.http).get('/api/me').set('authorization', `Bearer ${token}`).expect(200);
  });

  it('answers 403 WRONG_PASSWORD to a wrong current password, changes nothing and keeps the session', async () => {
    const user = await createUser(t);
    const token = await loginAs(t, user);
    const response = await request(t.http)
      .post('/api/auth/password')
      .set('authorization', `Bearer ${token}`)
      .send(change('not-my-password', 'a-brand-new-password'))
      .expect(403);
    expect(response.body).toMatchObject({ code: 'WRONG_PASSWORD', details: [{ path: 'body.currentPassword', message: expect.any(String) }] });
    await request(t.http).get('/api/me').set('authorization', `Bearer ${token}`).expect(200);
    await loginAs(t, user);
  });
});

describe('A password reset by an administrator: the user must choose a new one', () => {
  let t: TestApp;
  let adminToken: string;

  beforeAll(async () => {
    t = await createTestApp();
    adminToken = await loginAs(t, await createUser(t, { role: 'admin' }));
  });

  afterAll(async () => {
    await t.close();
  });

  it('flags the account, refuses other routes until the user chooses a password, then lets them in', async () => {
    const user = await createUser(t, { role: 'approver' });
    const reset = await request(t.http)
      .post(`/api/users/${user.id}/password`)
      .set('authorization', `Bearer ${adminToken}`)
      .send({ password: 'temporary-password' })
      .expect(200);
    expect(reset.body.mustChangePassword).toBe(true);

    const signIn = await request(t.http).post('/api/auth/login').send({ username: user.username, password: 'temporary-password' }).expect(200);
    const session = signIn.body as LoginResponse;
    expect(session.user.mustChangePassword).toBe(true);
    const auth = { authorization: `Bearer ${session.accessToken}` };

    const refused = await request(t.http).get('/api/reports').set(auth).expect(403);
    expect(refused.body.code).toBe('PASSWORD_CHANGE_REQUIRED');
    await request(t.http).get('/api/dashboard/status').set(auth).expect(403, /PASSWORD_CHANGE_REQUIRED/);
    // What the person needs meanwhile: who they are, public reference data, signing out, the change itself.
    await request(t.http).get('/api/me').set(auth).expect(200, /"mustChangePassword":true/);
    await request(t.http).get('/api/agencies').set(auth).expect(200);

    const changed = await request(t.http).post('/api/auth/password').set(auth).send(change('temporary-password', 'my-own-password')).expect(200);
    const next = changed.body as LoginResponse;
    expect(next.user.mustChangePassword).toBe(false);
    await request(t.http).get('/api/reports').set('authorization', `Bearer ${next.accessToken}`).expect(200);
    const account = await request(t.http).get(`/api/users/${user.id}`).set('authorization', `Bearer ${adminToken}`).expect(200);
    expect(account.body.mustChangePassword).toBe(false);
  });

  it('lets a flagged user sign out', async () => {
    const user = await createUser(t);
    await request(t.http).post(`/api/users/${user.id}/password`).set('authorization', `Bearer ${adminToken}`).send({ password: 'temporary-password' }).expect(200);
    const token = await loginAs(t, { username: user.username, password: 'temporary-password' });
    await request(t.http).post('/api/auth/logout').set('authorization', `Bearer ${token}`).expect(204);
    await request(t.http).get('/api/me').set('authorization', `Bearer ${token}`).expect(401);
  });
});
