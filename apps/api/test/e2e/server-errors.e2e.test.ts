import request from 'supertest';
import { createUser, loginAs } from '../factories/user.factory.js';
import { CaptureLogger } from '../support/capture-logger.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe('5xx answers and the log', () => {
  let t: TestApp;
  let logger: CaptureLogger;
  let token: string;
  const password = 'Never-In-The-Log-42';

  beforeAll(async () => {
    logger = new CaptureLogger();
    t = await createTestApp({ logger });
    const user = await createUser(t, { role: 'reviewer', password });
    token = await loginAs(t, user);
    // A table the app needs is gone: every request that reads it fails with an unexpected error.
    await t.dataSource.query('ALTER TABLE reporting_period RENAME TO reporting_period_gone');
    await t.dataSource.query('ALTER TABLE app_user RENAME TO app_user_gone');
  }, 120_000);
  afterAll(() => t.close());
  beforeEach(() => logger.lines.splice(0));

  it('answers 500 INTERNAL_ERROR without internals and logs it once: method, path, status, code and stack', async () => {
    const response = await request(t.http).get('/api/periods?year=2020&kind=M9').set('cookie', 'session=cookie-secret').set('x-api-key', 'header-secret').expect(500);

    expect(response.body).toEqual({ code: 'INTERNAL_ERROR', message: 'An unexpected error occurred. It has been logged.' });
    const errors = logger.at('error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.parts[0]).toBe('GET /api/periods 500 INTERNAL_ERROR');
    expect(errors[0]?.text).toMatch(/QueryFailedError: relation "reporting_period" does not exist\n\s+at /);
    expect(logger.text).not.toContain('year=2020');
    expect(logger.text).not.toContain('header-secret');
    expect(logger.text).not.toContain('cookie-secret');
  });

  it('never logs the body, the password or the bearer token of a request that failed', async () => {
    await request(t.http).post('/api/auth/login').send({ username: 'someone', password }).expect(500);
    await request(t.http).get('/api/me').set('authorization', `Bearer ${token}`).expect(500);

    const errors = logger.at('error');
    expect(errors.map((e) => e.parts[0])).toEqual(['POST /api/auth/login 500 INTERNAL_ERROR', 'GET /api/me 500 INTERNAL_ERROR']);
    expect(logger.text).not.toContain(password);
    expect(logger.text).not.toContain(token);
    expect(logger.text).not.toContain('someone');
  });

  it('logs nothing for a 4xx', async () => {
    await request(t.http).get('/api/no-such-route?x=1').expect(404);
    await request(t.http).get('/api/reports').expect(401);
    expect(logger.at('error')).toEqual([]);
  });
});
