import type { LoginResponse } from '@cchc/domain';
import request from 'supertest';
import { SetupService } from '../../src/modules/setup/setup.service.js';
import { agencyId, createUser, loginAs } from '../factories/user.factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const account = { username: 'quantri', displayName: 'Quản trị hệ thống', password: 'mat-khau-dai', confirmPassword: 'mat-khau-dai' };

/** The code the server would print in its log at start (the tests read it from the service). */
async function issueCode(t: TestApp): Promise<string> {
  const state = await t.app.get(SetupService).prepare();
  if (!state.setupCode) throw new Error('No setup code: an administrator exists');
  return state.setupCode;
}

async function adminCount(t: TestApp): Promise<number> {
  const rows: { n: number }[] = await t.dataSource.query(`SELECT count(*)::int AS n FROM app_user WHERE role = 'admin'`);
  return rows[0]?.n ?? -1;
}

describe('First run: creating the administrator in the browser', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('says that an administrator is needed, to anyone', async () => {
    const response = await request(t.http).get('/api/setup').expect(200);
    expect(response.body).toEqual({ needsAdministrator: true });
  });

  it('refuses a wrong code with 403 SETUP_CODE_INVALID and creates nobody', async () => {
    await issueCode(t);
    const response = await request(t.http)
      .post('/api/setup/administrator')
      .send({ ...account, setupCode: 'AAAA-BBBB-CCCC' })
      .expect(403);
    expect(response.body.code).toBe('SETUP_CODE_INVALID');
    expect(response.body.details).toEqual([{ path: 'body.setupCode', message: expect.any(String) }]);
    expect(await adminCount(t)).toBe(0);
  });

  it('answers 400 with field paths for a mismatched, short password or a bad username', async () => {
    const code = await issueCode(t);
    const mismatch = await request(t.http)
      .post('/api/setup/administrator')
      .send({ ...account, setupCode: code, confirmPassword: 'mat-khau-khac' })
      .expect(400);
    expect(mismatch.body.details.map((d: { path: string }) => d.path)).toEqual(['body.confirmPassword']);
    const weak = await request(t.http)
      .post('/api/setup/administrator')
      .send({ ...account, setupCode: code, username: 'quản trị', password: 'short', confirmPassword: 'short' })
      .expect(400);
    expect(weak.body.details.map((d: { path: string }) => d.path).sort()).toEqual(['body.password', 'body.username']);
  });

  it('creates the administrator with the right code (any case, with spaces), signs them in and logs it', async () => {
    const code = await issueCode(t);
    const typed = ` ${code.toLowerCase().replace(/-/g, ' ')} `;
    const response = await request(t.http)
      .post('/api/setup/administrator')
      .send({ ...account, setupCode: typed })
      .expect(201);
    const body = response.body as LoginResponse;
    expect(body.user).toMatchObject({ username: 'quantri', displayName: 'Quản trị hệ thống', role: 'admin', agencyId: null, mustChangePassword: false });
    const me = await request(t.http).get('/api/me').set('authorization', `Bearer ${body.accessToken}`).expect(200);
    expect(me.body.id).toBe(body.user.id);
    await loginAs(t, { username: 'quantri', password: account.password });

    const log: { action: string; actor_id: string; entity_id: string; after: Record<string, unknown> }[] = await t.dataSource.query(
      `SELECT action, actor_id, entity_id, after FROM admin_audit WHERE entity_type = 'user' ORDER BY id`,
    );
    expect(log).toEqual([
      { action: 'SETUP', actor_id: body.user.id, entity_id: body.user.id, after: expect.objectContaining({ role: 'admin' }) },
      { action: 'SIGN_IN', actor_id: body.user.id, entity_id: body.user.id, after: { address: expect.any(String) } },
    ]);
    expect(JSON.stringify(log)).not.toContain('argon2');
    await expect(request(t.http).get('/api/setup').expect(200)).resolves.toMatchObject({ body: { needsAdministrator: false } });
  });

  it('answers 409 SETUP_DONE to a second attempt, even with the same code', async () => {
    const response = await request(t.http)
      .post('/api/setup/administrator')
      .send({ ...account, username: 'quantri2', setupCode: 'ANY-CODE' })
      .expect(409);
    expect(response.body.code).toBe('SETUP_DONE');
    expect(await adminCount(t)).toBe(1);
  });

  it('issues no more codes once an administrator exists', async () => {
    await expect(t.app.get(SetupService).prepare()).resolves.toEqual({ needsAdministrator: false, setupCode: null });
    const codes: { n: number }[] = await t.dataSource.query(`SELECT count(*)::int AS n FROM setup_code`);
    expect(codes[0]?.n).toBe(0);
  });

  it('answers every role the same: the setup is done (public routes, no token needed)', async () => {
    const other = await agencyId(t, 'STP');
    const people = [
      await createUser(t, { role: 'reporter' }),
      await createUser(t, { role: 'approver' }),
      await createUser(t, { role: 'reporter', agencyId: other }),
      await createUser(t, { role: 'reviewer' }),
      await createUser(t, { role: 'admin' }),
    ];
    for (const person of people) {
      const token = await loginAs(t, person);
      await request(t.http).get('/api/setup').set('authorization', `Bearer ${token}`).expect(200, { needsAdministrator: false });
      const refused = await request(t.http)
        .post('/api/setup/administrator')
        .set('authorization', `Bearer ${token}`)
        .send({ ...account, username: `x${person.username}`, setupCode: 'ANY-CODE' })
        .expect(409);
      expect(refused.body.code).toBe('SETUP_DONE');
    }
  });
});

describe('First run: wrong codes and concurrent attempts', () => {
  let t: TestApp;

  beforeEach(async () => {
    t = await createTestApp();
  });

  afterEach(async () => {
    await t.close();
  });

  it('locks after 5 wrong codes: even the right one is refused until the next start issues a new code', async () => {
    const code = await issueCode(t);
    for (let attempt = 1; attempt <= 5; attempt++) {
      const wrong = await request(t.http).post('/api/setup/administrator').send({ ...account, setupCode: `WRONG${attempt}` });
      expect(wrong.status).toBe(403);
    }
    const locked = await request(t.http).post('/api/setup/administrator').send({ ...account, setupCode: code }).expect(429);
    expect(locked.body.code).toBe('SETUP_LOCKED');
    expect(await adminCount(t)).toBe(0);

    const next = await issueCode(t);
    expect(next).not.toBe(code);
    await request(t.http).post('/api/setup/administrator').send({ ...account, setupCode: code }).expect(403);
    await request(t.http).post('/api/setup/administrator').send({ ...account, setupCode: next }).expect(201);
  });

  it('makes exactly one administrator when two people send the right code at once', async () => {
    const code = await issueCode(t);
    const answers = await Promise.all(
      ['first', 'second', 'third'].map((name) =>
        request(t.http)
          .post('/api/setup/administrator')
          .send({ ...account, username: name, setupCode: code }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409]);
    expect(await adminCount(t)).toBe(1);
  });

  it('is not needed when ADMIN_PASSWORD made the administrator at start', async () => {
    await t.close();
    t = await createTestApp({ config: { initialAdminPassword: 'first-admin-password' } });
    await request(t.http).get('/api/setup').expect(200, { needsAdministrator: false });
    await expect(t.app.get(SetupService).prepare()).resolves.toEqual({ needsAdministrator: false, setupCode: null });
  });
});
