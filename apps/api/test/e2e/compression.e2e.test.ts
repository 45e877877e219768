import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { createUser, loginAs } from '../factories/user.factory.js';
import { rawRequest, type RawAnswer } from '../support/raw-http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// Answers are compressed when the client accepts it, and only then: API JSON on the fly, the
// dashboard's files from the copies the build compressed beforehand. The requests go through
// rawRequest: these tests must choose the header and see the bytes as sent.
describe('Compressed answers', () => {
  let t: TestApp;
  let dist: string;
  let port: number;
  let reviewer: string;
  // A built dashboard in miniature: a script over 1 kB with the .gz and .br copies the web build
  // writes beside it, and a script too small to have any.
  const script = Buffer.from(
    Array.from({ length: 200 }, (_, i) => `export function f${i}(x) { return x * ${i} + ${i % 7}; }`).join('\n'),
    'utf8',
  );
  const tinyScript = Buffer.from('console.info(1);', 'utf8');

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'cchc-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>CCHC</title><div id="app"></div>');
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), script);
    writeFileSync(join(dist, 'assets', 'index-abc123.js.gz'), gzipSync(script, { level: 9 }));
    writeFileSync(join(dist, 'assets', 'index-abc123.js.br'), brotliCompressSync(script));
    writeFileSync(join(dist, 'assets', 'tiny-abc123.js'), tinyScript);
    t = await createTestApp({ config: { webDistDir: dist } });
    const server = t.app.getHttpServer() as Server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    reviewer = await loginAs(t, await createUser(t, { role: 'reviewer' }));
  });

  afterAll(async () => {
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  /** A GET with exactly these headers; the body as received. */
  const get = (path: string, headers: Record<string, string> = {}): Promise<RawAnswer> => rawRequest(port, path, headers);

  const varies = (answer: RawAnswer): boolean =>
    (answer.headers.vary ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .includes('accept-encoding');

  describe('API answers', () => {
    it('sends a JSON answer over 1 kB gzip-compressed when the client accepts gzip, the same JSON once decompressed', async () => {
      const plain = await get('/api/agencies');
      expect(plain.status).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.length).toBeGreaterThan(1024);
      expect(varies(plain)).toBe(true);

      const gzipped = await get('/api/agencies', { 'accept-encoding': 'gzip' });
      expect(gzipped.status).toBe(200);
      expect(gzipped.headers['content-encoding']).toBe('gzip');
      expect(gzipped.headers['content-type']).toMatch(/^application\/json/);
      expect(varies(gzipped)).toBe(true);
      expect(gzipped.body.length).toBeLessThan(plain.body.length / 2);
      expect(JSON.parse(gunzipSync(gzipped.body).toString('utf8'))).toEqual(JSON.parse(plain.body.toString('utf8')));
    });

    it('prefers brotli when the client accepts it as browsers do, and honours a refused encoding', async () => {
      const plain = await get('/api/agencies');
      const browser = await get('/api/agencies', { 'accept-encoding': 'gzip, deflate, br, zstd' });
      expect(browser.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(browser.body).equals(plain.body)).toBe(true);

      const noBrotli = await get('/api/agencies', { 'accept-encoding': 'br;q=0, gzip' });
      expect(noBrotli.headers['content-encoding']).toBe('gzip');
      const identityOnly = await get('/api/agencies', { 'accept-encoding': 'identity' });
      expect(identityOnly.headers['content-encoding']).toBeUndefined();
      expect(identityOnly.body.equals(plain.body)).toBe(true);
    });

    it('compresses an authenticated answer too (the dashboard status board)', async () => {
      const path = '/api/dashboard/status?year=2021';
      const plain = await get(path, { authorization: `Bearer ${reviewer}` });
      const gzipped = await get(path, { authorization: `Bearer ${reviewer}`, 'accept-encoding': 'gzip' });
      expect(plain.status).toBe(200);
      expect(plain.body.length).toBeGreaterThan(1024);
      expect(gzipped.status).toBe(200);
      expect(gzipped.headers['content-encoding']).toBe('gzip');
      expect(JSON.parse(gunzipSync(gzipped.body).toString('utf8'))).toEqual(JSON.parse(plain.body.toString('utf8')));
    });

    it('leaves an answer under 1 kB uncompressed, error answers included', async () => {
      const health = await get('/api/health', { 'accept-encoding': 'gzip, br' });
      expect(health.status).toBe(200);
      expect(health.body.length).toBeLessThan(1024);
      expect(health.headers['content-encoding']).toBeUndefined();
      expect(JSON.parse(health.body.toString('utf8'))).toEqual(expect.any(Object));

      const refused = await get('/api/reports', { 'accept-encoding': 'gzip' });
      expect(refused.status).toBe(401);
      expect(refused.headers['content-encoding']).toBeUndefined();
      expect(JSON.parse(refused.body.toString('utf8'))).toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(refused.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    });

    it('compresses a long error answer, which keeps its shape', async () => {
      // The 404 of an unknown route names the path: a long one makes the answer outgrow 1 kB.
      const path = `/api/${'no-such-route/'.repeat(100)}`;
      const plain = await get(path);
      const gzipped = await get(path, { 'accept-encoding': 'gzip' });
      expect(plain.status).toBe(404);
      expect(plain.body.length).toBeGreaterThan(1024);
      const error = JSON.parse(plain.body.toString('utf8')) as { code: string; message: string };
      expect(error.code).toBe('ROUTE_NOT_FOUND');
      expect(gzipped.status).toBe(404);
      expect(gzipped.headers['content-encoding']).toBe('gzip');
      expect(gzipped.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(JSON.parse(gunzipSync(gzipped.body).toString('utf8'))).toEqual(error);
    });

    it('answers 304 to a conditional request with the ETag of a compressed answer', async () => {
      const plain = await get('/api/agencies');
      const gzipped = await get('/api/agencies', { 'accept-encoding': 'gzip' });
      const etag = gzipped.headers.etag;
      expect(etag).toBeDefined();
      // Computed from the JSON before compression: the same for every encoding of it.
      expect(plain.headers.etag).toBe(etag);
      const again = await get('/api/agencies', { 'accept-encoding': 'gzip', 'if-none-match': etag ?? '' });
      expect(again.status).toBe(304);
      expect(again.body.length).toBe(0);
      expect(again.headers['content-encoding']).toBeUndefined();
    });
  });

  describe("the dashboard's files", () => {
    it('sends the gzip copy of a script with its JavaScript type and caching when the client accepts gzip', async () => {
      const answer = await get('/assets/index-abc123.js', { 'accept-encoding': 'gzip' });
      expect(answer.status).toBe(200);
      expect(answer.headers['content-encoding']).toBe('gzip');
      expect(answer.headers['content-type']).toMatch(/^text\/javascript(;|$)/);
      expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(varies(answer)).toBe(true);
      expect(gunzipSync(answer.body).equals(script)).toBe(true);
      expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
    });

    it('sends the brotli copy when asked for brotli, and prefers it when both are accepted', async () => {
      for (const accepted of ['br', 'gzip, deflate, br, zstd']) {
        const answer = await get('/assets/index-abc123.js', { 'accept-encoding': accepted });
        expect(answer.status).toBe(200);
        expect(answer.headers['content-encoding']).toBe('br');
        expect(answer.headers['content-type']).toMatch(/^text\/javascript(;|$)/);
        expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
        expect(brotliDecompressSync(answer.body).equals(script)).toBe(true);
      }
    });

    it('sends the file itself, still varying by Accept-Encoding, to a client that accepts no compression', async () => {
      const answer = await get('/assets/index-abc123.js');
      expect(answer.status).toBe(200);
      expect(answer.headers['content-encoding']).toBeUndefined();
      expect(answer.headers['content-type']).toMatch(/^text\/javascript(;|$)/);
      expect(varies(answer)).toBe(true);
      expect(answer.body.equals(script)).toBe(true);
    });

    it('sends a file under 1 kB as it is', async () => {
      const answer = await get('/assets/tiny-abc123.js', { 'accept-encoding': 'gzip, br' });
      expect(answer.status).toBe(200);
      expect(answer.headers['content-encoding']).toBeUndefined();
      expect(answer.body.equals(tinyScript)).toBe(true);
    });

    it('still answers a deep link with the page, uncached, and a missing file with the JSON 404', async () => {
      const page = await get('/reports/123', { accept: 'text/html', 'accept-encoding': 'gzip, br' });
      expect(page.status).toBe(200);
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.body.toString('utf8')).toContain('<div id="app">');
      const missing = await get('/assets/index-gone.js', { accept: '*/*', 'accept-encoding': 'gzip' });
      expect(missing.status).toBe(404);
      expect(JSON.parse(missing.body.toString('utf8'))).toMatchObject({ code: 'NOT_FOUND' });
      // An address that cannot be decoded is no file: the page, as before, not a plain-text 400.
      const malformed = await get('/reports/%E0%A4%A', { accept: 'text/html', 'accept-encoding': 'gzip' });
      expect(malformed.status).toBe(200);
      expect(malformed.body.toString('utf8')).toContain('<div id="app">');
    });
  });
});
