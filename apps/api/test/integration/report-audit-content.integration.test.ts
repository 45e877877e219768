import request from 'supertest';
import type { ReportResponse } from '@cchc/domain';
import { ReportRepository } from '../../src/modules/reports/report.repository.js';
import type { SqlRunner } from '../../src/modules/reports/report-figures.writer.js';
import { signedInTeam } from '../factories/user.factory.js';
import { periodId, reportContent } from '../factories/report.factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// Every change of a report writes its audit entry with the report's state before and after, the
// content included, in the same statement as the change. The content is the bulk of a report
// (tens of kilobytes for a real one, written at every autosave): the statement carries it once,
// as the new content, and the database takes the rest from the row it changes.

/** A text of the factory's content only: each section's narrative. */
const NARRATIVE = 'Đã triển khai thực hiện.';
const SIGNING = { mode: 'KT.' as const, onBehalfOf: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn Thành' };

interface StoredEntry {
  action: string;
  before: { content?: unknown; status?: string; version?: number } | null;
  after: { content?: unknown; status?: string; version?: number } | null;
}

describe('The audit entry of a report change', () => {
  let t: TestApp;
  let reporter: string;
  let approver: string;
  let reviewer: string;
  let stp: string;
  /** The parameters of each versioned write of a report (the change, its figures and its audit entry). */
  const sent: unknown[][] = [];

  const as = (token: string) => ({
    post: (url: string, body: object) => request(t.http).post(url).set('authorization', `Bearer ${token}`).send(body),
    patch: (url: string, body: object) => request(t.http).patch(url).set('authorization', `Bearer ${token}`).send(body),
  });
  const storedContent = async (id: string): Promise<unknown> =>
    (await t.dataSource.query<{ content: unknown }[]>('SELECT content FROM report WHERE id = $1', [id]))[0]!.content;
  const entries = async (id: string): Promise<StoredEntry[]> =>
    t.dataSource.query<StoredEntry[]>('SELECT action, before, after FROM audit_entry WHERE report_id = $1 ORDER BY id', [id]);

  beforeAll(async () => {
    t = await createTestApp({ now: () => new Date('2026-11-26T03:00:00Z') });
    ({ agencyId: stp, reporter, approver, reviewer } = await signedInTeam(t, 'STP'));
    // Records what each versioned write sends, and runs it as before.
    const repository = t.app.get(ReportRepository);
    const updateVersioned = repository.updateVersioned.bind(repository);
    repository.updateVersioned = (db, ...rest) => {
      const recording: SqlRunner = {
        query: (sql: string, parameters?: unknown[]) => {
          if (sql.includes('UPDATE report SET')) sent.push(parameters ?? []);
          return db.query(sql, parameters);
        },
      };
      return updateVersioned(recording, ...rest);
    };
  });

  afterAll(async () => {
    await t.close();
  });

  it('records the content before and after an edit, as stored, and sends the new content once', async () => {
    const content = reportContent('STP', 2021, 'Q1');
    const created = (await as(reporter).post('/api/reports', { agencyId: stp, periodId: await periodId(t, 2021, 'Q1'), content }).expect(201)).body as ReportResponse;
    const stored = await storedContent(created.id);
    const title = 'Báo cáo kết quả cải cách hành chính quý I năm 2021 (bổ sung)';
    sent.length = 0;
    const edited = (await as(reporter).patch(`/api/reports/${created.id}`, { version: created.version, content: { title } }).expect(200)).body as ReportResponse;

    const entry = (await entries(created.id)).at(-1)!;
    expect(entry.action).toBe('UPDATE');
    expect(entry.before).toMatchObject({ status: 'DRAFT', version: created.version, content: stored });
    expect(entry.after).toMatchObject({ status: 'DRAFT', version: edited.version, content: await storedContent(created.id) });
    expect((entry.after!.content as { title: string }).title).toBe(title);

    // The edit's one statement: the new content once, not once more for each side of the entry.
    expect(sent).toHaveLength(1);
    expect(sent[0]!.filter((parameter) => typeof parameter === 'string' && parameter.includes(NARRATIVE))).toHaveLength(1);
  });

  it('records the content signed at a submission, and the content a return leaves as it was without sending it', async () => {
    const content = reportContent('STP', 2021, 'H1');
    const created = (await as(reporter).post('/api/reports', { agencyId: stp, periodId: await periodId(t, 2021, 'H1'), content }).expect(201)).body as ReportResponse;
    const drafted = await storedContent(created.id);
    sent.length = 0;
    const submitted = (await as(approver).post(`/api/reports/${created.id}/submit`, { version: created.version, signing: SIGNING }).expect(200)).body as ReportResponse;
    const signed = await storedContent(created.id);
    expect(signed).toMatchObject({ signing: SIGNING });
    const submission = (await entries(created.id)).at(-1)!;
    expect(submission.action).toBe('SUBMIT');
    expect(submission.before).toMatchObject({ status: 'DRAFT', content: drafted });
    expect(submission.after).toMatchObject({ status: 'SUBMITTED', content: signed });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.filter((parameter) => typeof parameter === 'string' && parameter.includes(NARRATIVE))).toHaveLength(1);

    sent.length = 0;
    const reasons = [{ path: 'title', message: 'Ghi rõ tên báo cáo.' }];
    await as(reviewer).post(`/api/reports/${created.id}/return`, { version: submitted.version, reasons }).expect(200);
    const returned = (await entries(created.id)).at(-1)!;
    expect(returned.action).toBe('RETURN');
    expect(returned.before).toMatchObject({ status: 'SUBMITTED', content: signed });
    expect(returned.after).toMatchObject({ status: 'RETURNED', content: signed, returnReasons: reasons });
    expect(await storedContent(created.id)).toEqual(signed);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.filter((parameter) => typeof parameter === 'string' && parameter.includes(NARRATIVE))).toHaveLength(0);
  });
});
