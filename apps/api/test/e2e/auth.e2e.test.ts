import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import { AppSettingRepository } from '../../src/modules/settings/app-setting.repository.js';
import { UserService } from '../../src/modules/users/user.service.js';
import { agencyId, createUser, loginAs } from '../factories/user.factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe('Authentication over HTTP', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  describe('POST /api/auth/login', () => {
    it('answers 400 naming the missing fields', async () => {
      const response = await request(t.http).post('/api/auth/login').send({ username: '' }).expect(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.details.map((d: { path: string }) => d.path).sort()).toEqual(['body.password', 'body.username']);
    });

    it('answers 401 alike for a wrong password and an unknown user', async () => {
      const user = await createUser(t);
      const wrong = await request(t.http).post('/api/auth/login').send({ username: user.username, password: 'nope' }).expect(401);
      const unknown = await request(t.http).post('/api/auth/login').send({ username: 'nobody', password: 'nope' }).expect(401);
      expect(wrong.body).toEqual({ code: 'UNAUTHENTICATED', message: 'Wrong username or password.' });
      expect(unknown.body).toEqual(wrong.body);
    });

    it('refuses a deactivated account', async () => {
      const user = await createUser(t);
      await t.dataSource.query('UPDATE app_user SET active = false WHERE id = $1', [user.id]);
      await request(t.http).post('/api/auth/login').send({ username: user.username, password: user.password }).expect(401);
    });

    it('returns a token and the user with role and agency, whatever the username case', async () => {
      const user = await createUser(t, { username: 'SNgV.Reporter' });
      const response = await request(t.http)
        .post('/api/auth/login')
        .send({ username: 'sngv.reporter', password: user.password })
        .expect(200);
      expect(response.body.accessToken).toEqual(expect.any(String));
      expect(Date.parse(response.body.expiresAt)).toBeGreaterThan(Date.now());
      expect(response.body.user).toEqual({
        id: user.id,
        username: 'SNgV.Reporter',
        displayName: user.displayName,
        role: 'reporter',
        agencyId: await agencyId(t, 'SNgV'),
        mustChangePassword: false,
        unreadNotifications: 0,
      });
      expect(JSON.stringify(response.body)).not.toContain('argon2');
    });
  });

  describe('GET /api/me', () => {
    it('answers 401 without a token, with a malformed one, and with one signed by another key', async () => {
      await request(t.http).get('/api/me').expect(401);
      await request(t.http).get('/api/me').set('authorization', 'Bearer not-a-token').expect(401);
      const forged = await new JwtService({ secret: 'another-key' }).signAsync({ sub: '00000000-0000-4000-8000-000000000000', tv: 0 });
      const response = await request(t.http).get('/api/me').set('authorization', `Bearer ${forged}`).expect(401);
      expect(response.body.code).toBe('UNAUTHENTICATED');
    });

    it('answers 401 for an expired token', async () => {
      const user = await createUser(t);
      const expired = await t.app.get(JwtService).signAsync({ sub: user.id, tv: 0 }, { expiresIn: -10 });
      await request(t.http).get('/api/me').set('authorization', `Bearer ${expired}`).expect(401);
    });

    it('answers 401, not 500, for a token signed with our key whose claims are not ours', async () => {
      // Tokens from another version of the app, or made by someone who obtained the key: the
      // claims are checked before they reach the database.
      const user = await createUser(t);
      const jwt = t.app.get(JwtService);
      for (const claims of [{ sub: 'not-a-uuid', tv: 0 }, { tv: 0 }, { sub: { id: user.id }, tv: 0 }, { sub: user.id, tv: '0' }, { sub: user.id }]) {
        const response = await request(t.http).get('/api/me').set('authorization', `Bearer ${await jwt.signAsync(claims)}`);
        expect([response.status, response.body.code]).toEqual([401, 'UNAUTHENTICATED']);
      }
    });

    it('returns the signed-in user', async () => {
      const user = await createUser(t, { role: 'reviewer' });
      const token = await loginAs(t, user);
      const response = await request(t.http).get('/api/me').set('authorization', `Bearer ${token}`).expect(200);
      expect(response.body).toMatchObject({ id: user.id, role: 'reviewer', agencyId: null });
    });
  });

  describe('POST /api/auth/logout', () => {
    it('ends every session of the user', async () => {
      const user = await createUser(t);
      const first = await loginAs(t, user);
      const second = await loginAs(t, user);
      await request(t.http).post('/api/auth/logout').set('authorization', `Bearer ${first}`).expect(204);
      await request(t.http).get('/api/me').set('authorization', `Bearer ${first}`).expect(401);
      await request(t.http).get('/api/me').set('authorization', `Bearer ${second}`).expect(401);
      const third = await loginAs(t, user);
      await request(t.http).get('/api/me').set('authorization', `Bearer ${third}`).expect(200);
    });
  });

  describe(UserService.name, () => {
    it('refuses a reporter without an agency and a reviewer with one', async () => {
      await expect(createUser(t, { role: 'reporter', agencyId: null })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
      await expect(createUser(t, { role: 'reviewer', agencyId: await agencyId(t, 'SNV') })).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
      });
    });

    it('refuses a username taken in another case', async () => {
      await createUser(t, { username: 'snv.taken' });
      await expect(createUser(t, { username: 'SNV.TAKEN' })).rejects.toMatchObject({ code: 'CONFLICT' });
    });

    it('stores a hash, never the password', async () => {
      const user = await createUser(t, { password: 'plain-text-password' });
      const rows: { password_hash: string }[] = await t.dataSource.query('SELECT password_hash FROM app_user WHERE id = $1', [user.id]);
      expect(rows[0]?.password_hash).toMatch(/^\$argon2id\$/);
    });
  });

  describe(AppSettingRepository.name, () => {
    it('finds a stored setting, null for one not stored, and deletes it', async () => {
      const settings = t.app.get(AppSettingRepository);
      await t.dataSource.query(`INSERT INTO app_setting (key, value) VALUES ('test_key', 'one')`);
      expect(await settings.find('test_key')).toBe('one');
      expect(await settings.find('missing_key')).toBeNull();
      await settings.delete('test_key');
      expect(await settings.find('test_key')).toBeNull();
    });
  });
});
