import { ReportService } from '../../src/modules/reports/report.service.js';
import { agencyId, createUser } from '../factories/user.factory.js';
import { periodId, reportContent } from '../factories/report.factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// The migration that makes timeliness follow the first submission (docs/domain.md §13) fills in
// the reports that were returned and resubmitted before it, from their submissions and audit.
/** Undoes the newest migrations, one by one, until the named one has been undone. */
async function undoThrough(t: TestApp, name: string): Promise<void> {
  for (;;) {
    const [last] = await t.dataSource.query<{ name: string }[]>(`SELECT name FROM migrations ORDER BY "timestamp" DESC LIMIT 1`);
    if (!last) throw new Error(`${name} was never run`);
    await t.dataSource.undoLastMigration({ transaction: 'each' });
    if (last.name === name) return;
  }
}

describe('Migration 1764460800000: timeliness of the first submission', () => {
  let t: TestApp;
  const clock = { current: new Date('2020-09-18T03:00:00Z') };

  beforeAll(async () => {
    t = await createTestApp({ now: () => clock.current });
  });

  afterAll(async () => {
    await t.close();
  });

  it('re-classifies a resubmitted report from its first submission and measures its correction; down restores the latest', async () => {
    const stp = await agencyId(t, 'STP');
    const as = (role: 'reporter' | 'approver' | 'reviewer', user: { id: string; username: string }) => ({ ...user, role, agencyId: role === 'reviewer' ? null : stp });
    const reporter = as('reporter', await createUser(t, { role: 'reporter', agencyId: stp }));
    const approver = as('approver', await createUser(t, { role: 'approver', agencyId: stp }));
    const reviewer = as('reviewer', await createUser(t, { role: 'reviewer' }));
    const reports = t.app.get(ReportService);

    // On time on 18/09/2020 (deadline 20/09), returned on 25/09, resubmitted on 28/09.
    let report = await reports.create(reporter, { agencyId: stp, periodId: await periodId(t, 2020, 'M9'), content: reportContent('STP', 2020, 'M9') });
    report = await reports.submit(approver, report.id, { version: report.version });
    clock.current = new Date('2020-09-25T03:00:00Z');
    report = await reports.returnForCorrection(reviewer, report.id, { version: report.version, reasons: [{ message: 'Bổ sung.' }] });
    clock.current = new Date('2020-09-28T03:00:00Z');
    report = await reports.submit(approver, report.id, { version: report.version });

    const stored = async () =>
      (await t.dataSource.query(`SELECT * FROM report WHERE id = $1`, [report.id]))[0] as Record<string, unknown>;

    // Down, and the later migrations with it: the timing of the latest submission, as the code
    // before kept it.
    await undoThrough(t, 'FirstSubmissionTiming1764460800000');
    expect(await stored()).toMatchObject({ submission_timing: 'AFTER_GRACE', days_late: 8 });
    expect(Object.keys(await stored())).not.toContain('first_submitted_at');

    // Up: the first submission's timing, and the correction from the audit entries.
    await t.dataSource.runMigrations({ transaction: 'each' });
    const migrated = await stored();
    expect(migrated).toMatchObject({ submission_timing: 'ON_TIME', days_late: 0 });
    expect((migrated.first_submitted_at as Date).toISOString()).toBe('2020-09-18T03:00:00.000Z');
    expect((migrated.returned_at as Date).toISOString()).toBe('2020-09-25T03:00:00.000Z');
    expect(migrated.corrections).toEqual([{ returnedAt: '2020-09-25T03:00:00.000Z', resubmittedAt: '2020-09-28T03:00:00.000Z', days: 3 }]);
  });
});
