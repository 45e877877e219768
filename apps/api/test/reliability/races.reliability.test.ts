import type { ReportResponse } from '@cchc/domain';
import { reportContent } from '../factories/report.factory.js';
import { createUser } from '../factories/user.factory.js';
import { jsonBody, type RawResponse } from './support/raw-http.js';
import { createReliabilityWorld, type ReliabilityWorld } from './support/reliability-world.js';

const codeOf = (response: RawResponse): string | undefined => (jsonBody(response) as { code?: string } | undefined)?.code;
const tally = (responses: RawResponse[]): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const response of responses) {
    const key = response.status < 300 ? String(response.status) : `${response.status} ${codeOf(response) ?? ''}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
};

// Writers racing on one thing, as separate HTTP requests all in flight at once (each on its own
// connection; on PostgreSQL the pool serves them on several sessions): exactly one wins, every
// other gets a clean 409, and what the winner wrote is what is stored, with its audit entry.
describe('Races', () => {
  let world: ReliabilityWorld;

  beforeAll(async () => {
    world = await createReliabilityWorld();
  }, 120_000);

  afterAll(async () => {
    await world?.close();
  });

  const auditCount = async (reportId: string, action: string): Promise<number> =>
    Number((await world.t.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM audit_entry WHERE report_id = $1 AND action = $2', [reportId, action]))[0]?.n);

  it('lets 1 of 100 concurrent writers of one report version win; 99 get 409 and nothing is lost', async () => {
    const { id } = world.reports.draftA;
    const writers = Array.from({ length: 100 }, (_, index) => {
      const content = reportContent('SNgV', 2021, 'Q1');
      content.title = `Writer ${index}`;
      return world.http.json('PUT', `/api/reports/${id}`, world.tokens[index % 2 === 0 ? 'reporterA' : 'approverA'], { version: 1, content });
    });
    const responses = await Promise.all(writers);

    expect(tally(responses)).toEqual({ '200': 1, '409 VERSION_CONFLICT': 99 });
    const winner = responses.findIndex((response) => response.status === 200);
    const stored = jsonBody(await world.http.json('GET', `/api/reports/${id}`, world.tokens.reviewer)) as ReportResponse;
    expect(stored.version).toBe(2);
    expect(stored.content.title).toBe(`Writer ${winner}`);
    expect(await auditCount(id, 'UPDATE')).toBe(1);
  });

  it('lets exactly one of concurrent return and accept decisions on a submitted report win', async () => {
    const { id, version } = world.reports.submittedA;
    const reviewer2 = await createUser(world.t, { username: 'rel-reviewer-2', role: 'reviewer', agencyId: null });
    const token2 = (jsonBody(await world.http.json('POST', '/api/auth/login', null, { username: reviewer2.username, password: reviewer2.password })) as { accessToken: string })
      .accessToken;
    const decisions = Array.from({ length: 30 }, (_, index) => {
      const token = index % 2 === 0 ? world.tokens.reviewer : token2;
      return index % 3 === 0
        ? world.http.json('POST', `/api/reports/${id}/accept`, token, { version })
        : world.http.json('POST', `/api/reports/${id}/return`, token, { version, reasons: [{ path: null, message: `Lý do ${index}` }] });
    });
    const responses = await Promise.all(decisions);

    const counts = tally(responses);
    expect(counts['200']).toBe(1);
    expect(Object.entries(counts).filter(([key]) => key !== '200').every(([key]) => key.startsWith('409 '))).toBe(true);
    const winner = responses.findIndex((response) => response.status === 200);
    const stored = jsonBody(await world.http.json('GET', `/api/reports/${id}`, world.tokens.reviewer)) as ReportResponse;
    expect(stored.status).toBe(winner % 3 === 0 ? 'ACCEPTED' : 'RETURNED');
    expect(stored.version).toBe(version + 1);
    expect((await auditCount(id, 'ACCEPT')) + (await auditCount(id, 'RETURN'))).toBe(1);
  });

  it('lets exactly one of concurrent submissions of a draft through, with one snapshot', async () => {
    const { id } = world.reports.draftB;
    const responses = await Promise.all(Array.from({ length: 30 }, () => world.http.json('POST', `/api/reports/${id}/submit`, world.tokens.approverB, { version: 1 })));

    const counts = tally(responses);
    expect(counts['200']).toBe(1);
    // A loser finds the report at a newer version, or (read after the winner's commit) no longer a draft.
    expect(Object.keys(counts).filter((key) => key !== '200').every((key) => ['409 VERSION_CONFLICT', '409 INVALID_TRANSITION'].includes(key))).toBe(true);
    const submissions = jsonBody(await world.http.json('GET', `/api/reports/${id}/submissions`, world.tokens.reviewer)) as unknown[];
    expect(submissions).toHaveLength(1);
  });

  it('creates one report when the same agency and period are started concurrently; the rest get 409', async () => {
    const body = { agencyId: world.agencies.A, periodId: world.periods.m9, content: reportContent('SNgV', 2021, 'M9') };
    const responses = await Promise.all(Array.from({ length: 50 }, (_, index) => world.http.json('POST', '/api/reports', world.tokens[index % 2 === 0 ? 'reporterA' : 'approverA'], body)));

    expect(tally(responses)).toEqual({ '201': 1, '409 REPORT_EXISTS': 49 });
    const rows = await world.t.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM report WHERE agency_id = $1 AND period_id = $2', [world.agencies.A, world.periods.m9]);
    expect(rows[0]?.n).toBe(1);
  });

  it('accepts one of concurrent password changes of one account; that password and its session work, the others do not', async () => {
    const user = await createUser(world.t, { username: 'rel-password-race', role: 'reporter', agencyId: world.agencies.A });
    const login = (password: string): Promise<RawResponse> => world.http.json('POST', '/api/auth/login', null, { username: user.username, password });
    const token = (jsonBody(await login(user.password)) as { accessToken: string }).accessToken;
    const candidates = Array.from({ length: 12 }, (_, index) => `new-password-${index}-long`);
    const responses = await Promise.all(
      candidates.map((newPassword) => world.http.json('POST', '/api/auth/password', token, { currentPassword: user.password, newPassword, confirmPassword: newPassword })),
    );

    const counts = tally(responses);
    expect(counts['200']).toBe(1);
    // The losers raced the winner's commit: a stale version (409), or a session the winner ended (401).
    expect(Object.keys(counts).filter((key) => key !== '200').every((key) => ['409 VERSION_CONFLICT', '401 UNAUTHENTICATED'].includes(key))).toBe(true);
    const winner = responses.findIndex((response) => response.status === 200);
    const newToken = (jsonBody(responses[winner]!) as { accessToken: string }).accessToken;
    expect((await world.http.json('GET', '/api/me', newToken)).status).toBe(200);
    expect((await world.http.json('GET', '/api/me', token)).status).toBe(401);
    expect((await login(candidates[winner]!)).status).toBe(200);
    expect((await login(user.password)).status).toBe(401);
    expect((await login(candidates[(winner + 1) % candidates.length]!)).status).toBe(401);
  });

  it('creates one account when the same username is taken concurrently', async () => {
    const body = { username: 'rel-same-name', password: 'a-long-password', displayName: 'Cùng tên', role: 'reviewer', agencyId: null };
    const responses = await Promise.all(Array.from({ length: 20 }, (_, index) => world.http.json('POST', '/api/users', world.tokens.admin, { ...body, username: index % 2 ? body.username : body.username.toUpperCase() })));

    expect(tally(responses)).toEqual({ '201': 1, '409 CONFLICT': 19 });
  });
});
