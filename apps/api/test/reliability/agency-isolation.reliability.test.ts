import { reportContent } from '../factories/report.factory.js';
import { changedTables, DatabaseChecksummer } from './support/database-checksum.js';
import { fetchOpenApiDocument, listOperations, type ApiOperation } from './support/openapi-operations.js';
import { AGENCY_A_MARKER, createReliabilityWorld, type ReliabilityWorld } from './support/reliability-world.js';

// Every operation of the OpenAPI document, called by agency B's reporter and approver with agency
// A's report ids, agency id, accounts and correct versions in path, query and body: no answer
// carries A's report content, every route naming one of A's reports answers 404 or 403, and
// nothing changes. The caller's own-session routes (sign out, password) and their own
// notifications and e-mail choices are about no agency (notifications.e2e.test.ts shows that
// another user's notification answers 404).
describe('Cross-agency isolation on every route', () => {
  let world: ReliabilityWorld;
  let operations: ApiOperation[];

  beforeAll(async () => {
    world = await createReliabilityWorld();
    const own = ['/api/auth/', '/api/notifications', '/api/account/'];
    operations = listOperations(await fetchOpenApiDocument(world.http)).filter((operation) => !own.some((prefix) => operation.path.startsWith(prefix)));
  }, 120_000);

  afterAll(async () => {
    await world?.close();
  });

  it("never shows or changes agency A's reports for agency B's users", async () => {
    const checksummer = await DatabaseChecksummer.create(world.t.dataSource);
    const before = await checksummer.checksum();
    const problems: string[] = [];
    let calls = 0;
    const reportsOfA = [world.reports.draftA, world.reports.submittedA];
    const agencyA = world.agencies.A;

    for (const operation of operations) {
      for (const report of reportsOfA) {
        const id = operation.path.startsWith('/api/users') ? world.users.reporterA.id : operation.path.startsWith('/api/reports') ? report.id : operation.path.startsWith('/api/periods') ? world.periods.h1 : agencyA;
        const query = new URLSearchParams();
        const known: Record<string, string> = { agencyId: agencyA, reportId: report.id, year: '2021', periodId: world.periods.h1 };
        for (const param of operation.queryParams) query.set(param.name, known[param.name] ?? JSON.stringify(param.values[0] ?? '').replace(/^"|"$/g, ''));
        if (operation.path === '/api/audit') query.set('reportId', report.id);
        // A submission's sequence is 1 (A's submitted report has one): only the agency is wrong.
        const path = `${operation.path.replace('{sequence}', '1').replace(/\{[^}]+\}/g, id)}${query.size > 0 ? `?${query.toString()}` : ''}`;
        // A body the route would accept from A's own users: A's ids and A's current version.
        const replacements: Record<string, unknown> = { version: report.version, agencyId: agencyA, periodId: world.periods.m9, content: reportContent('SNgV', 2021, 'M9'), reportId: report.id };
        const body =
          operation.bodies.length === 0
            ? undefined
            : Object.fromEntries(Object.entries(operation.bodies[0] as object).map(([key, value]: [string, unknown]) => [key, key in replacements ? replacements[key] : value]));
        for (const actor of ['reporterB', 'approverB'] as const) {
          const response = await world.http.json(operation.method, path, world.tokens[actor], body);
          calls += 1;
          const where = `${actor} ${operation.method} ${operation.path} (${response.status})`;
          if (response.text.includes(AGENCY_A_MARKER)) problems.push(`${where} shows A's report content`);
          if (operation.path.startsWith('/api/reports/{id}') && ![403, 404].includes(response.status)) problems.push(`${where}: expected 404 or 403`);
          // Validation stores nothing (the checksum below shows it): it is a read sent as POST.
          if (operation.method !== 'GET' && operation.path !== '/api/reports/validate' && response.status < 300) problems.push(`${where}: a write was accepted`);
        }
      }
    }

    expect(calls).toBeGreaterThanOrEqual(4 * operations.length);
    expect(problems).toEqual([]);
    expect(changedTables(before, await checksummer.checksum())).toEqual([]);
  });

  it("lists only B's own reports to B's users, whatever the filter", async () => {
    for (const actor of ['reporterB', 'approverB'] as const) {
      for (const query of ['', `?agencyId=${world.agencies.A}`, '?status=SUBMITTED', `?periodId=${world.periods.h1}`]) {
        const response = await world.http.json('GET', `/api/reports${query}`, world.tokens[actor]);
        expect(response.text).not.toContain(AGENCY_A_MARKER);
        expect(response.text).not.toContain(world.reports.draftA.id);
        expect(response.text).not.toContain(world.reports.submittedA.id);
      }
    }
    // The check above would pass on an empty answer: A's own users do see the marker.
    expect((await world.http.json('GET', `/api/reports/${world.reports.draftA.id}`, world.tokens.reporterA)).text).toContain(AGENCY_A_MARKER);
  });
});
