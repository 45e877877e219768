import request from 'supertest';
import { ensureInitialAdmin } from '../../src/database/seeds/initial-admin.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe(ensureInitialAdmin.name, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ config: { initialAdminPassword: 'first-admin-password' } });
  });

  afterAll(async () => {
    await t.close();
  });

  it('creates "admin" from ADMIN_PASSWORD on a fresh installation, who can sign in', async () => {
    const response = await request(t.http).post('/api/auth/login').send({ username: 'admin', password: 'first-admin-password' }).expect(200);
    expect(response.body.user).toMatchObject({ username: 'admin', role: 'admin', agencyId: null });
  });

  it('does nothing once an administrator exists', async () => {
    await expect(ensureInitialAdmin(t.app, 'another-password')).resolves.toBe('present');
    const admins: { n: number }[] = await t.dataSource.query(`SELECT count(*)::int AS n FROM app_user WHERE role = 'admin'`);
    expect(admins[0]?.n).toBe(1);
  });

  it('only warns when there is no password to create one with', async () => {
    await t.dataSource.query(`UPDATE app_user SET active = false WHERE role = 'admin'`);
    await expect(ensureInitialAdmin(t.app, null)).resolves.toBe('missing');
  });
});
