import request from 'supertest';
import { createTestApp, type TestApp } from '../support/test-app.js';

// Every answer carries the headers that keep the app from being framed (the submit and accept
// buttons cannot be clickjacked), from running scripts it did not serve, and from leaking
// addresses in the Referer header.
describe('Security headers over HTTP', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  const expectHeaders = (headers: Record<string, string | undefined>): void => {
    const csp = headers['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('same-origin');
  };

  it('sends them with API answers, errors included', async () => {
    expectHeaders((await request(t.http).get('/api/health').expect(200)).headers);
    expectHeaders((await request(t.http).get('/api/reports').expect(401)).headers);
    expectHeaders((await request(t.http).get('/api/nothing-here').expect(404)).headers);
  });

  it('sends HSTS only over HTTPS', async () => {
    expect((await request(t.http).get('/api/health')).headers['strict-transport-security']).toBeUndefined();
  });

  it('lets the API documentation page load its own styles', async () => {
    const page = await request(t.http).get('/api/docs/').redirects(1);
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['content-security-policy']).toContain("style-src 'self' 'unsafe-inline'");
    expect(page.headers['content-security-policy']).toContain("script-src 'self';");
  });
});
