import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IncomingHttpHeaders } from 'node:http';
import { fetchOpenApiDocument, listOperations, type ApiOperation } from './support/openapi-operations.js';
import { createReliabilityWorld, type ReliabilityWorld } from './support/reliability-world.js';

/** What is missing from an answer's security headers (empty when all are there). */
function missingHeaders(headers: IncomingHttpHeaders): string[] {
  const csp = String(headers['content-security-policy'] ?? '');
  const scriptSrc = /(?:^|;)\s*script-src ([^;]*)/.exec(csp)?.[1] ?? /(?:^|;)\s*default-src ([^;]*)/.exec(csp)?.[1];
  const problems: string[] = [];
  if (!scriptSrc) problems.push('CSP without script-src or default-src');
  if (scriptSrc?.includes("'unsafe-inline'") || scriptSrc?.includes("'unsafe-eval'")) problems.push(`CSP allows inline scripts: ${scriptSrc}`);
  if (!/(?:^|;)\s*frame-ancestors 'none'/.test(csp)) problems.push("CSP without frame-ancestors 'none'");
  if (headers['x-content-type-options'] !== 'nosniff') problems.push('no X-Content-Type-Options: nosniff');
  if (!headers['referrer-policy']) problems.push('no Referrer-Policy');
  if (headers['x-frame-options'] !== 'DENY') problems.push('no X-Frame-Options: DENY');
  return problems;
}

// The security headers on every answer there is: each operation of the OpenAPI document (as
// the documented caller and as nobody), the dashboard, a deep link, a file and a missing file;
// HSTS on none of them over plain HTTP, and on all of them over HTTPS.
describe('Security headers on every route', () => {
  let world: ReliabilityWorld;
  let dist: string;
  let operations: ApiOperation[];

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'cchc-reliability-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>CCHC</title><script type="module" src="/assets/index-abc123.js"></script>');
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.info(1);');
    world = await createReliabilityWorld({ webDistDir: dist });
    operations = listOperations(await fetchOpenApiDocument(world.http));
  }, 120_000);

  afterAll(async () => {
    await world?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  /** Every address to check: each operation with real ids, then the dashboard's pages and files. */
  const targets = (): { method: string; path: string; token: string | null; body?: unknown }[] => {
    const id = (path: string): string =>
      path.startsWith('/api/reports') ? world.reports.submittedA.id : path.startsWith('/api/users') ? world.users.reporterA.id : path.startsWith('/api/periods') ? world.periods.q1 : world.agencies.A;
    const api = operations.flatMap((operation) => {
      const path = operation.path.replace(/\{[^}]+\}/g, id(operation.path));
      const token = operation.path.startsWith('/api/reports') ? world.tokens.approverA : world.tokens.admin;
      const body = operation.bodies[0];
      return [
        { method: operation.method, path, token, body },
        { method: operation.method, path, token: null, body },
      ];
    });
    return [
      ...api,
      { method: 'GET', path: '/', token: null },
      { method: 'GET', path: '/reports/1234/edit', token: null },
      { method: 'GET', path: '/assets/index-abc123.js', token: null },
      { method: 'GET', path: '/assets/index-missing.js', token: null },
      { method: 'GET', path: '/api/no-such-route', token: null },
      { method: 'GET', path: '/api/docs/json', token: null },
    ];
  };

  it('sends them on every answer over HTTP, without HSTS', async () => {
    const problems: string[] = [];
    let checked = 0;
    for (const target of targets()) {
      const response = await world.http.send({
        method: target.method,
        path: target.path,
        headers: { accept: target.path.startsWith('/api') ? 'application/json' : 'text/html', ...(target.token ? { authorization: `Bearer ${target.token}` } : {}), 'content-type': 'application/json' },
        body: target.body === undefined ? undefined : JSON.stringify(target.body),
      });
      checked += 1;
      const missing = missingHeaders(response.headers);
      if (response.headers['strict-transport-security']) missing.push('HSTS over plain HTTP');
      if (missing.length > 0) problems.push(`${target.method} ${target.path} (${response.status}): ${missing.join('; ')}`);
    }
    expect(checked).toBeGreaterThanOrEqual(2 * operations.length + 6);
    expect(problems).toEqual([]);
  });

  it('adds HSTS over HTTPS', async () => {
    // A TLS listener on the same Express app, with a throwaway self-signed certificate.
    const keyDir = mkdtempSync(join(tmpdir(), 'cchc-tls-'));
    try {
      execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=localhost', '-days', '1', '-keyout', join(keyDir, 'key.pem'), '-out', join(keyDir, 'cert.pem')], {
        stdio: 'ignore',
      });
      const server = createServer({ key: readFileSync(join(keyDir, 'key.pem')), cert: readFileSync(join(keyDir, 'cert.pem')) }, world.t.app.getHttpAdapter().getInstance());
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      const get = (path: string): Promise<IncomingHttpHeaders> =>
        new Promise((resolve, reject) => {
          httpsRequest({ host: '127.0.0.1', port, path, rejectUnauthorized: false, headers: { accept: 'text/html' } }, (response) => {
            response.resume();
            response.on('end', () => resolve(response.headers));
          })
            .on('error', reject)
            .end();
        });
      try {
        for (const path of ['/api/health', '/api/reports', '/', '/assets/index-missing.js']) {
          const headers = await get(path);
          expect(missingHeaders(headers)).toEqual([]);
          expect(headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
        }
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
    } finally {
      rmSync(keyDir, { recursive: true, force: true });
    }
  });
});
