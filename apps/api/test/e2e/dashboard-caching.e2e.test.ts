import request from 'supertest';
import type { ReportResponse } from '@cchc/domain';
import { matchesTag } from '../../src/common/http/data-version-etag.interceptor.js';
import { DEFAULT_DATABASE_LIMITS } from '../../src/config/app-config.js';
import { DashboardRepository } from '../../src/modules/dashboard/dashboard.repository.js';
import { DashboardService } from '../../src/modules/dashboard/dashboard.service.js';
import { signedInTeam } from '../factories/user.factory.js';
import { periodId, reportContent } from '../factories/report.factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const { jest } = import.meta;

// The dashboard's answers carry an ETag made of the data version held in the database, the
// Vietnam date and the URL: asked again with it, an unchanged answer is a 304 without a body, and
// any committed write the dashboard reads (a report, an agency, a period) changes it.
describe('Dashboard answers cached by the data version', () => {
  let t: TestApp;
  let clock = new Date('2021-10-01T03:00:00Z');
  let reviewer: string;
  let approver: string;
  let reporter: string;
  let report: ReportResponse;
  const URLS = [
    '/api/dashboard/status?year=2021',
    '/api/dashboard/dossier?year=2021',
    '/api/dashboard/areas?year=2021',
  ];
  const get = (token: string, url: string, tag?: string) => {
    const call = request(t.http).get(url).set('authorization', `Bearer ${token}`);
    return tag ? call.set('if-none-match', tag) : call;
  };
  const versionNow = async (): Promise<number> => Number((await t.dataSource.query<{ version: string }[]>(`SELECT sum(version) AS version FROM data_version_slot`))[0]?.version);
  /** Runs the statements in one transaction of their own connection, then commits or rolls back. */
  const inTransaction = async (commit: boolean, statements: [string, unknown[]?][]): Promise<void> => {
    const runner = t.dataSource.createQueryRunner();
    try {
      await runner.connect();
      await runner.startTransaction();
      for (const [sql, parameters] of statements) await runner.query(sql, parameters);
      await (commit ? runner.commitTransaction() : runner.rollbackTransaction());
    } finally {
      await runner.release();
    }
  };
  const referenceNow = async (): Promise<number> =>
    Number((await t.dataSource.query<{ reference_version: string }[]>(`SELECT reference_version FROM data_version`))[0]?.reference_version);

  beforeAll(async () => {
    // The embedded database admits two reads at once by default (ReadAdmission): room here for the
    // five requests that join one computation below.
    t = await createTestApp({ now: () => clock, config: { databaseLimits: { ...DEFAULT_DATABASE_LIMITS, embeddedMaxConcurrentReads: 8 } } });
    const team = await signedInTeam(t, 'STP');
    const stp = team.agencyId;
    ({ reviewer, approver, reporter } = team);
    report = (
      await request(t.http)
        .post('/api/reports')
        .set('authorization', `Bearer ${approver}`)
        .send({ agencyId: stp, periodId: await periodId(t, 2021, 'M9'), content: reportContent('STP', 2021, 'M9') })
        .expect(201)
    ).body as ReportResponse;
  });

  afterAll(async () => {
    await t.close();
  });

  it('tags each answer, and answers 304 with no body when asked again with the tag', async () => {
    for (const url of URLS) {
      const first = await get(reviewer, url).expect(200);
      const tag = first.headers.etag as string;
      expect(tag).toMatch(/^W\/"v\d+-2021-10-01-[\w-]+"$/);
      expect(first.headers['cache-control']).toBe('private, no-cache');
      const again = await get(reviewer, url, tag).expect(304);
      expect(again.text ?? '').toBe('');
      expect(again.headers.etag).toBe(tag);
    }
  });

  it('gives each URL (its filters) a tag of its own', async () => {
    const tags = await Promise.all(URLS.map(async (url) => (await get(reviewer, url).expect(200)).headers.etag as string));
    expect(new Set(tags).size).toBe(URLS.length);
    const commune = (await get(reviewer, '/api/dashboard/status?year=2021&agencyKind=commune').expect(200)).headers.etag as string;
    expect(tags).not.toContain(commune);
  });

  it('changes the tag when a write commits, and the answer is computed again', async () => {
    const url = '/api/dashboard/status?year=2021';
    const before = (await get(reviewer, url).expect(200)).headers.etag as string;
    const version = await versionNow();
    report = (
      await request(t.http)
        .patch(`/api/reports/${report.id}`)
        .set('authorization', `Bearer ${reporter}`)
        .send({ version: report.version, content: { title: 'Báo cáo kết quả cải cách hành chính 9 tháng năm 2021' } })
        .expect(200)
    ).body as ReportResponse;
    expect(await versionNow()).toBeGreaterThan(version);
    const after = await get(reviewer, url, before).expect(200);
    expect(after.headers.etag).not.toBe(before);
    expect(after.body.rows.length).toBeGreaterThan(0);
  });

  it('raises the version by one for each committed write, from whichever connection it comes, and not for one rolled back', async () => {
    const version = await versionNow();
    // Writes in transactions of their own, one after another (the embedded database has a single
    // connection; on PostgreSQL the pool may hand each another one, and so another counter).
    const write = (commit: boolean): Promise<void> =>
      inTransaction(commit, [[`UPDATE reporting_period SET grace_days = grace_days WHERE year = 2021 AND kind = 'M9'`]]);
    await Promise.all([write(true), write(true)]);
    await write(false);
    expect(await versionNow()).toBe(version + 2);
  });

  it('raises the data and reference versions once for a transaction, however many rows it writes', async () => {
    const version = await versionNow();
    const reference = await referenceNow();
    // Every period of 2021, then the report: rows of two watched tables in one transaction.
    await inTransaction(true, [[`UPDATE reporting_period SET grace_days = grace_days WHERE year = 2021`], [`UPDATE report SET updated_at = updated_at WHERE id = $1`, [report.id]]]);
    expect(await versionNow()).toBe(version + 1);
    expect(await referenceNow()).toBe(reference + 1);
    // The next transaction raises them again.
    await t.dataSource.query(`UPDATE reporting_period SET grace_days = grace_days WHERE year = 2021`);
    expect(await versionNow()).toBe(version + 2);
    expect(await referenceNow()).toBe(reference + 2);
  });

  it('keeps the tag when a write is refused (stale version) and so rolled back', async () => {
    const url = '/api/dashboard/status?year=2021';
    const tag = (await get(reviewer, url).expect(200)).headers.etag as string;
    await request(t.http)
      .patch(`/api/reports/${report.id}`)
      .set('authorization', `Bearer ${reporter}`)
      .send({ version: report.version - 1, content: { title: 'Cũ' } })
      .expect(409);
    await get(reviewer, url, tag).expect(304);
  });

  it('changes the tag with an agency or a period changed, and with the day (deadlines pass at midnight)', async () => {
    const url = '/api/dashboard/status?year=2021';
    let tag = (await get(reviewer, url).expect(200)).headers.etag as string;
    await t.dataSource.query(`UPDATE agency SET name_vi = name_vi WHERE code = 'STP'`);
    tag = (await get(reviewer, url, tag).expect(200)).headers.etag as string;
    await t.dataSource.query(`UPDATE reporting_period SET grace_days = grace_days WHERE year = 2021 AND kind = 'M9'`);
    tag = (await get(reviewer, url, tag).expect(200)).headers.etag as string;
    clock = new Date('2021-10-01T17:00:00Z');
    const nextDay = await get(reviewer, url, tag).expect(200);
    expect(nextDay.headers.etag).toMatch(/-2021-10-02-/);
  });

  it('reads the agencies and periods again only when one of them changed (the reference version), not after a report write', async () => {
    const url = '/api/dashboard/status?year=2021&agencyKind=board';
    const codes = async (): Promise<string[]> => ((await get(reviewer, url).expect(200)).body as { rows: { agency: { code: string } }[] }).rows.map((r) => r.agency.code);
    const before = await codes();
    const reference = await referenceNow();
    report = (
      await request(t.http)
        .patch(`/api/reports/${report.id}`)
        .set('authorization', `Bearer ${reporter}`)
        .send({ version: report.version, content: { title: 'Báo cáo kết quả cải cách hành chính 9 tháng năm 2021 (2)' } })
        .expect(200)
    ).body as ReportResponse;
    expect(await referenceNow()).toBe(reference);
    // A new board, then a renamed one, show at once: the agencies are read again.
    await t.dataSource.query(
      `INSERT INTO agency (code, name_vi, name_en, kind, valid_from) VALUES ('BQLZ', 'Ban Quản lý Z', 'Management Board Z', 'board', '2020-01-01')`,
    );
    expect(await referenceNow()).toBeGreaterThan(reference);
    // "Ban Quản lý Z" comes after the seeded boards' names.
    expect(await codes()).toEqual([...before, 'BQLZ']);
    await t.dataSource.query(`UPDATE agency SET name_vi = 'Ban A đầu tiên' WHERE code = 'BQLZ'`);
    expect((await codes())[0]).toBe('BQLZ');
  });

  it('computes an answer once for requests with the same tag that arrive while it is computed, and again for a later one', async () => {
    const service = t.app.get(DashboardService);
    const status = service.status.bind(service);
    // The real computation, 100 ms late, so that the requests below overlap it whatever the machine.
    const spy = jest.spyOn(service, 'status').mockImplementation(async (query) => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      return status(query);
    });
    try {
      const url = '/api/dashboard/status?year=2021&sort=name';
      const answers = await Promise.all(Array.from({ length: 5 }, () => get(reviewer, url)));
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
      expect(new Set(answers.map((a) => a.text)).size).toBe(1);
      expect(new Set(answers.map((a) => a.headers.etag as string)).size).toBe(1);
      expect(spy).toHaveBeenCalledTimes(1);
      // Another URL is another answer; once an answer is sent, nothing of it is kept.
      await Promise.all([get(reviewer, url), get(reviewer, '/api/dashboard/status?year=2021&sort=name&filter=late')]);
      expect(spy).toHaveBeenCalledTimes(3);
    } finally {
      spy.mockRestore();
    }
  });

  it('reads the reference version once for the overview, not once for each of its four parts', async () => {
    const repository = t.app.get(DashboardRepository);
    const spy = jest.spyOn(repository, 'referenceVersion');
    try {
      const overview = await get(reviewer, '/api/dashboard/overview?year=2021').expect(200);
      expect(overview.body.status.rows.length).toBeGreaterThan(0);
      expect(overview.body.ranking).not.toBeNull();
      expect(spy).toHaveBeenCalledTimes(1);
      // A part asked for alone reads it itself.
      await get(reviewer, '/api/dashboard/areas?year=2021').expect(200);
      expect(spy).toHaveBeenCalledTimes(2);
    } finally {
      spy.mockRestore();
    }
  });

  it('checks the role before anything: no tag, no 304 for an agency user or without a session', async () => {
    const tag = (await get(reviewer, URLS[0]!).expect(200)).headers.etag as string;
    const refused = await get(reporter, URLS[0]!, tag).expect(403);
    expect(refused.headers.etag ?? '').not.toMatch(/^W\/"v\d+-/);
    await request(t.http).get(URLS[0]!).set('if-none-match', tag).expect(401);
  });

  it('reads If-None-Match lists, weak and strong forms and *', () => {
    expect(matchesTag('W/"v1-a"', 'W/"v1-a"')).toBe(true);
    expect(matchesTag('"v1-a"', 'W/"v1-a"')).toBe(true);
    expect(matchesTag('W/"v0-a", W/"v1-a"', 'W/"v1-a"')).toBe(true);
    expect(matchesTag('*', 'W/"v1-a"')).toBe(true);
    expect(matchesTag('W/"v2-a"', 'W/"v1-a"')).toBe(false);
    expect(matchesTag(undefined, 'W/"v1-a"')).toBe(false);
  });
});
