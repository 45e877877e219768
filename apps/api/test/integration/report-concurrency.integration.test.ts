import request from 'supertest';
import type { AuditEntryDto, ReportResponse } from '@cchc/domain';
import type { QueryRunner } from 'typeorm';
import { AuditRepository } from '../../src/modules/audit/audit.repository.js';
import { ReportRepository } from '../../src/modules/reports/report.repository.js';
import { ReportEntity } from '../../src/modules/reports/report.entity.js';
import { ReportSubmissionEntity } from '../../src/modules/reports/report-submission.entity.js';
import { signedInTeam } from '../factories/user.factory.js';
import { periodId, reportContent } from '../factories/report.factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { expectedDatabaseKind } from '../support/test-database.js';

// Optimistic concurrency is the database's guarantee: the versioned UPDATE matches only the row
// still at the expected version. The service also compares versions before it writes, so a test
// that only sends requests one after the other would pass on the service's check alone. These
// tests reach the database's condition directly: at the repository, through return and accept
// (whose services do not compare versions themselves), and, on PostgreSQL, with two writers held
// by a row lock until both have read the same version and passed the service's check.

const SIGNING = { mode: 'KT.' as const, onBehalfOf: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn Thành' };
const REASONS = [{ path: 'title', message: 'Ghi rõ tên báo cáo.' }];
const KINDS = ['Q1', 'H1', 'M9', 'YEAR'] as const;
const onPostgres = expectedDatabaseKind() === 'postgres';

describe('Report versions (the database refuses a stale version)', () => {
  let t: TestApp;
  let reporter: string;
  let approver: string;
  let reviewer: string;
  let stp: string;
  let used = 0;

  const as = (token: string) => ({
    get: (url: string) => request(t.http).get(url).set('authorization', `Bearer ${token}`),
    post: (url: string, body: object) => request(t.http).post(url).set('authorization', `Bearer ${token}`).send(body),
    patch: (url: string, body: object) => request(t.http).patch(url).set('authorization', `Bearer ${token}`).send(body),
  });

  /** A draft of STP for a period of its own (one report per agency and period). */
  const draft = async (): Promise<ReportResponse> => {
    const slot = used++;
    const [year, kind] = [2020 + Math.floor(slot / KINDS.length), KINDS[slot % KINDS.length]!];
    const content = reportContent('STP', year, kind);
    return (await as(reporter).post('/api/reports', { agencyId: stp, periodId: await periodId(t, year, kind), content }).expect(201)).body as ReportResponse;
  };
  const submitted = async (): Promise<ReportResponse> => {
    const report = await draft();
    return (await as(approver).post(`/api/reports/${report.id}/submit`, { version: report.version, signing: SIGNING }).expect(200)).body as ReportResponse;
  };
  /** What a write may change: the row, its audit trail and its submissions. */
  const state = async (id: string) => ({
    row: await t.dataSource.getRepository(ReportEntity).findOneByOrFail({ id }),
    audit: ((await as(reviewer).get(`/api/audit?reportId=${id}`).expect(200)).body as AuditEntryDto[]).map((e) => e.action),
    submissions: await t.dataSource.getRepository(ReportSubmissionEntity).countBy({ reportId: id }),
  });

  beforeAll(async () => {
    // The seed holds the standard periods from 2020 to the clock's year: 28 of them in 2026.
    t = await createTestApp({ now: () => new Date('2026-11-26T03:00:00Z') });
    ({ agencyId: stp, reporter, approver, reviewer } = await signedInTeam(t, 'STP'));
  });

  afterAll(async () => {
    await t.close();
  });

  describe(ReportRepository.name, () => {
    describe('updateVersioned', () => {
      it('refuses a stale version with VERSION_CONFLICT and changes nothing', async () => {
        const report = await t.dataSource.getRepository(ReportEntity).findOneByOrFail({ id: (await draft()).id });
        const repository = t.app.get(ReportRepository);
        const written = await t.dataSource.transaction((em) => repository.updateVersioned(em, report, 1, { warningCount: 7 }));
        expect([written.version, written.warningCount]).toEqual([2, 7]);
        const figures = async (): Promise<unknown[]> => t.dataSource.query('SELECT status FROM report_figure WHERE report_id = $1', [report.id]);
        const audit = async (): Promise<number> => Number((await t.dataSource.query('SELECT count(*) AS n FROM audit_entry WHERE report_id = $1', [report.id]))[0].n);
        const entries = await audit();

        // What goes with the update (its figures, its audit entry) is written only with it.
        const stale = repository.updateVersioned(repository.runner(), report, 1, { warningCount: 99, status: 'ACCEPTED' }, (_next, options) =>
          t.app.get(AuditRepository).insert({ reportId: report.id, action: 'ACCEPT', actorId: report.createdBy, before: null, after: null }, options),
        );

        await expect(stale).rejects.toMatchObject({ code: 'VERSION_CONFLICT', extra: { currentVersion: 2 } });
        const row = await t.dataSource.getRepository(ReportEntity).findOneByOrFail({ id: report.id });
        expect([row.version, row.warningCount, row.status]).toEqual([2, 7, 'DRAFT']);
        expect(await figures()).toEqual([{ status: 'DRAFT' }]);
        expect(await audit()).toBe(entries);
      });

      it('refuses a version from the future as well', async () => {
        const report = await t.dataSource.getRepository(ReportEntity).findOneByOrFail({ id: (await draft()).id });
        const repository = t.app.get(ReportRepository);
        const ahead = t.dataSource.transaction((em) => repository.updateVersioned(em, report, 5, { warningCount: 3 }));
        await expect(ahead).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
        expect((await t.dataSource.getRepository(ReportEntity).findOneByOrFail({ id: report.id })).version).toBe(1);
      });
    });
  });

  describe('a stale version over HTTP answers 409 and changes nothing', () => {
    it('PATCH', async () => {
      const report = await draft();
      await as(reporter).patch(`/api/reports/${report.id}`, { version: 1, content: { title: 'First' } }).expect(200);
      const before = await state(report.id);
      const stale = await as(reporter).patch(`/api/reports/${report.id}`, { version: 1, content: { title: 'Stale' } }).expect(409);
      expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 2 });
      expect(await state(report.id)).toEqual(before);
    });

    it('submit', async () => {
      const report = await draft();
      await as(reporter).patch(`/api/reports/${report.id}`, { version: 1, content: { title: 'First' } }).expect(200);
      const before = await state(report.id);
      const stale = await as(approver).post(`/api/reports/${report.id}/submit`, { version: 1, signing: SIGNING }).expect(409);
      expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 2 });
      expect(await state(report.id)).toEqual(before);
    });

    it('return', async () => {
      const report = await submitted();
      const before = await state(report.id);
      const stale = await as(reviewer).post(`/api/reports/${report.id}/return`, { version: report.version - 1, reasons: REASONS }).expect(409);
      expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: report.version });
      expect(await state(report.id)).toEqual(before);
    });

    it('accept', async () => {
      const report = await submitted();
      const before = await state(report.id);
      const stale = await as(reviewer).post(`/api/reports/${report.id}/accept`, { version: report.version - 1 }).expect(409);
      expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: report.version });
      expect(await state(report.id)).toEqual(before);
    });
  });

  describe('two writers with the same version at once', () => {
    /**
     * On PostgreSQL: holds the report's row lock on a connection of its own, starts both writers,
     * waits until both are blocked on that lock (each has read the version and passed the service's
     * check), then lets them go. The first to get the row commits; the database must refuse the
     * second. PGlite is one session, so its transactions run one after the other and two writers
     * can never both read before either writes: there both simply start at once.
     */
    const race = async (id: string, writers: [() => request.Test, () => request.Test]): Promise<request.Response[]> => {
      if (!onPostgres) return Promise.all(writers.map((write) => write().then((response) => response)));
      const holder: QueryRunner = t.dataSource.createQueryRunner();
      await holder.connect();
      try {
        await holder.startTransaction();
        await holder.query('SELECT id FROM report WHERE id = $1 FOR UPDATE', [id]);
        const answers = Promise.all(writers.map((write) => write().then((response) => response)));
        await waitFor(async () => {
          // Asked on a connection of its own: inside the holder's transaction the statistics
          // views would keep showing the snapshot of its first read.
          const rows: { waiting: string }[] = await t.dataSource.query(
            "SELECT count(*) AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
          );
          return Number(rows[0]?.waiting) === 2;
        });
        await holder.commitTransaction();
        return await answers;
      } finally {
        if (holder.isTransactionActive) await holder.rollbackTransaction();
        await holder.release();
      }
    };

    const expectOneWinner = async (id: string, answers: request.Response[], action: string) => {
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      const loser = answers.find((a) => a.status === 409)!;
      const winner = answers.find((a) => a.status === 200)!.body as ReportResponse;
      // On PostgreSQL both have passed every check of the service: only the database can refuse
      // the loser. On PGlite the loser runs after the winner committed and may be refused for the
      // report's new status first.
      const refusals = onPostgres ? ['VERSION_CONFLICT'] : ['VERSION_CONFLICT', 'INVALID_TRANSITION'];
      expect(refusals).toContain(loser.body.code);
      if (loser.body.code === 'VERSION_CONFLICT') expect(loser.body.currentVersion).toBe(winner.version);
      const after = await state(id);
      expect(after.row.version).toBe(winner.version);
      expect(after.audit.filter((a) => a === action)).toHaveLength(1);
      return { winner, after };
    };

    it('PATCH: one title is kept, the other writer gets 409', async () => {
      const report = await draft();
      const answers = await race(report.id, [
        () => as(reporter).patch(`/api/reports/${report.id}`, { version: 1, content: { title: 'Writer A' } }),
        () => as(approver).patch(`/api/reports/${report.id}`, { version: 1, content: { title: 'Writer B' } }),
      ]);
      const { winner, after } = await expectOneWinner(report.id, answers, 'UPDATE');
      expect(after.row.content.title).toBe(winner.content.title);
      expect(after.row.version).toBe(2);
    });

    it('submit: one submission is recorded', async () => {
      const report = await draft();
      const submit = () => as(approver).post(`/api/reports/${report.id}/submit`, { version: 1, signing: SIGNING });
      const answers = await race(report.id, [submit, submit]);
      const { after } = await expectOneWinner(report.id, answers, 'SUBMIT');
      expect(after.submissions).toBe(1);
    });

    it('return and accept of one submitted report: exactly one decision stands', async () => {
      const report = await submitted();
      const answers = await race(report.id, [
        () => as(reviewer).post(`/api/reports/${report.id}/return`, { version: report.version, reasons: REASONS }),
        () => as(reviewer).post(`/api/reports/${report.id}/accept`, { version: report.version }),
      ]);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      const winner = answers.find((a) => a.status === 200)!.body as ReportResponse;
      const after = await state(report.id);
      expect(after.row.status).toBe(winner.status);
      expect(after.audit.filter((a) => a === 'RETURN' || a === 'ACCEPT')).toHaveLength(1);
    });

    it('return twice: one return is recorded', async () => {
      const report = await submitted();
      const give = () => as(reviewer).post(`/api/reports/${report.id}/return`, { version: report.version, reasons: REASONS });
      await expectOneWinner(report.id, await race(report.id, [give, give]), 'RETURN');
    });

    it('accept twice: one acceptance is recorded', async () => {
      const report = await submitted();
      const take = () => as(reviewer).post(`/api/reports/${report.id}/accept`, { version: report.version });
      await expectOneWinner(report.id, await race(report.id, [take, take]), 'ACCEPT');
    });
  });
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
