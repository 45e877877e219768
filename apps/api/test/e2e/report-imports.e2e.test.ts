import { createHash } from 'node:crypto';
import request from 'supertest';
import {
  ReportSchema,
  SNGV_M9_2020_REPORT,
  SNGV_M9_2020_TEXT,
  type AuditEntryDto,
  type DashboardDossierResponse,
  type DashboardStatusResponse,
  type ImportConfirmResponse,
  type ImportCreateResponse,
  type ImportListResponse,
  type ImportResponse,
  type PeriodFiguresResponse,
  type ReportListResponse,
  type ReportResponse,
  type ValidationResultDto,
} from '@cchc/domain';
import { reportDocxFromText } from '@cchc/report-text/testing';
import { MAX_IMPORT_FILE_BYTES, MAX_IMPORT_FILES } from '../../src/modules/imports/import-files.interceptor.js';
import { periodId, reportContent } from '../factories/report.factory.js';
import { agencyId, createUser, loginAs } from '../factories/user.factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

type Role = 'reporter' | 'approver' | 'reviewer' | 'admin';
type Auth = Record<string, string>;
interface UploadFile {
  name: string;
  bytes: Buffer;
}

const seedMarkdown: UploadFile = { name: 'sngv-9-thang-2020.md', bytes: Buffer.from(SNGV_M9_2020_TEXT, 'utf8') };
const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

// Uploading agencies' report files, reading them into drafts, and confirming them into reports:
// an agency user's into a draft of their own agency, Home Affairs' into an accepted report of the
// past. Every route is walked for every role (agency A is the Sở Ngoại vụ, B the Sở Tư pháp).
describe('Report imports: /api/imports', () => {
  let t: TestApp;
  let seedDocx: UploadFile;
  const auth = {} as Record<Role | 'reporterB' | 'approverB', Auth>;
  const userIds = {} as Record<Role | 'reporterB', string>;
  let agencyA: string;
  let agencyB: string;
  let m9of2020: string;
  let m9of2021: string;

  const upload = (who: Auth | null, files: readonly UploadFile[], field = 'files'): request.Test => {
    const req = request(t.http).post('/api/imports');
    if (who) req.set(who);
    for (const file of files) req.attach(field, file.bytes, file.name);
    return req;
  };
  const uploadOne = async (who: Auth, file: UploadFile = seedMarkdown): Promise<ImportResponse> => {
    const response = await upload(who, [file]).expect(201);
    return (response.body as ImportCreateResponse).items[0]!;
  };
  const confirm = (who: Auth | null, id: string, body: unknown): request.Test => {
    const req = request(t.http).post(`/api/imports/${id}/confirm`);
    if (who) req.set(who);
    return req.send(body as object);
  };
  const listImports = async (who: Auth): Promise<ImportListResponse['items']> =>
    ((await request(t.http).get('/api/imports').set(who).expect(200)).body as ImportListResponse).items;
  const reportCount = async (): Promise<number> => ((await request(t.http).get('/api/reports').set(auth.reviewer).expect(200)).body as ReportListResponse).total;

  beforeAll(async () => {
    t = await createTestApp();
    seedDocx = { name: 'sngv-9-thang-2020.docx', bytes: await reportDocxFromText(SNGV_M9_2020_TEXT) };
    agencyA = await agencyId(t, 'SNgV');
    agencyB = await agencyId(t, 'STP');
    m9of2020 = await periodId(t, 2020, 'M9');
    m9of2021 = await periodId(t, 2021, 'M9');
    const accounts: [keyof typeof auth, Role, string | null][] = [
      ['reporter', 'reporter', agencyA],
      ['approver', 'approver', agencyA],
      ['reporterB', 'reporter', agencyB],
      ['approverB', 'approver', agencyB],
      ['reviewer', 'reviewer', null],
      ['admin', 'admin', null],
    ];
    for (const [key, role, agency] of accounts) {
      const user = await createUser(t, { role, agencyId: agency, displayName: `Người dùng ${key}` });
      if (key !== 'approverB') userIds[key] = user.id;
      auth[key] = { authorization: `Bearer ${await loginAs(t, user)}` };
    }
  }, 60_000);

  afterAll(async () => {
    await t?.close();
  });

  describe('upload', () => {
    it('reads the seed report as Markdown and as Word into the same draft, keeps both as pending imports and creates no report', async () => {
      const reports = await reportCount();
      const response = await upload(auth.reviewer, [seedMarkdown, seedDocx]).expect(201);
      const { items } = response.body as ImportCreateResponse;
      expect(items.map((item) => [item.fileName, item.format, item.size, item.fileHash, item.status, item.reportId])).toEqual([
        [seedMarkdown.name, 'md', seedMarkdown.bytes.length, sha256(seedMarkdown.bytes), 'PENDING', null],
        [seedDocx.name, 'docx', seedDocx.bytes.length, sha256(seedDocx.bytes), 'PENDING', null],
      ]);
      expect(items[0]?.createdBy).toEqual({ id: userIds.reviewer, name: 'Người dùng reviewer' });
      expect(items[1]?.extraction.draft).toEqual(items[0]?.extraction.draft);
      // The text names the Sở Ngoại vụ and the 9 months of 2020: both are suggested to Home Affairs.
      expect(items[0]?.extraction.draft).toMatchObject({ agencyCode: 'SNgV', period: { year: 2020, kind: 'M9' } });
      expect(items.map((item) => [item.agencyId, item.periodId])).toEqual([
        [agencyA, m9of2020],
        [agencyA, m9of2020],
      ]);
      // What was stored is what GET answers, and no report exists yet.
      const stored = await request(t.http).get(`/api/imports/${items[1]!.id}`).set(auth.reviewer).expect(200);
      expect(stored.body).toEqual(items[1]);
      expect(await reportCount()).toBe(reports);
    });

    it('suggests the agency a header names where its code is shared (every People\'s Committee signs BC-UBND)', async () => {
      const district = ['UBND HUYỆN SƠN TỊNH', 'Số: 215/BC-UBND', 'Sơn Tịnh, ngày 16 tháng 12 năm 2020', 'BÁO CÁO', 'Kết quả thực hiện công tác cải cách hành chính năm 2020'].join('\n');
      const item = await uploadOne(auth.reviewer, { name: 'son-tinh-2020.txt', bytes: Buffer.from(district, 'utf8') });
      expect([item.extraction.draft.agencyCode, item.extraction.agencyName]).toEqual(['UBND', 'UBND HUYỆN SƠN TỊNH']);
      expect(item.agencyId).toBe(await agencyId(t, 'HSTI'));
    });

    it("makes an agency user's import their own agency's, whatever agency the text names", async () => {
      const item = await uploadOne(auth.reporterB);
      expect(item.extraction.draft.agencyCode).toBe('SNgV');
      expect([item.agencyId, item.periodId]).toEqual([agencyB, m9of2020]);
    });

    it('keeps a Vietnamese file name as it was sent', async () => {
      const item = await uploadOne(auth.reporter, { name: 'Báo cáo CCHC 9 tháng năm 2020.md', bytes: seedMarkdown.bytes });
      expect(item.fileName).toBe('Báo cáo CCHC 9 tháng năm 2020.md');
    });

    it('refuses files it cannot read, naming each, and stores nothing of the upload', async () => {
      const before = (await listImports(auth.reviewer)).length;
      const refused = async (files: UploadFile[], code: string, field?: string): Promise<{ path: string; message: string }[]> => {
        const response = await upload(auth.reviewer, files, field).expect(400);
        expect(response.body.code).toBe(code);
        return response.body.details as { path: string; message: string }[];
      };
      // A format it does not read, beside a good file: the whole upload is refused.
      const format = await refused([seedMarkdown, { name: 'bao-cao.pdf', bytes: Buffer.from('%PDF-1.7') }], 'IMPORT_FORMAT');
      expect(format).toEqual([{ path: 'files.1', message: expect.stringContaining('bao-cao.pdf') }]);
      // Several failures: each file named, the code of the first.
      const several = await refused(
        [
          { name: 'trong.txt', bytes: Buffer.from('  \n\n ') },
          { name: 'hong.docx', bytes: Buffer.from('not a zip file at all') },
        ],
        'IMPORT_EMPTY',
      );
      expect(several).toEqual([
        { path: 'files.0', message: expect.stringContaining('trong.txt') },
        { path: 'files.1', message: expect.stringContaining('hong.docx') },
      ]);
      expect((await refused([{ name: 'hong.docx', bytes: Buffer.from('not a zip file at all') }], 'IMPORT_UNREADABLE'))[0]?.path).toBe('files.0');
      expect((await refused([{ name: 'nul.txt', bytes: Buffer.from('Báo cáo\u0000 CCHC') }], 'IMPORT_UNREADABLE'))[0]?.path).toBe('files.0');
      // Too large, too many, none, or in another field.
      const big = { name: 'qua-lon.txt', bytes: Buffer.alloc(MAX_IMPORT_FILE_BYTES + 1, 'a') };
      expect(await refused([seedMarkdown, big], 'IMPORT_TOO_LARGE')).toEqual([{ path: 'files.1', message: expect.stringContaining('qua-lon.txt') }]);
      const many = Array.from({ length: MAX_IMPORT_FILES + 1 }, (_, i) => ({ name: `${i}.md`, bytes: seedMarkdown.bytes }));
      expect(await refused(many, 'IMPORT_TOO_MANY_FILES')).toEqual([{ path: 'files', message: expect.any(String) }]);
      expect(await refused([], 'IMPORT_NO_FILE')).toEqual([{ path: 'files', message: expect.any(String) }]);
      const json = await request(t.http).post('/api/imports').set(auth.reviewer).send({ files: [] }).expect(400);
      expect(json.body.code).toBe('IMPORT_NO_FILE');
      expect(await refused([seedMarkdown], 'VALIDATION_FAILED', 'file')).toEqual([{ path: 'body.file', message: expect.any(String) }]);
      const withField = await request(t.http).post('/api/imports').set(auth.reviewer).field('agencyId', agencyA).attach('files', seedMarkdown.bytes, seedMarkdown.name).expect(400);
      expect(withField.body.code).toBe('VALIDATION_FAILED');
      expect((await listImports(auth.reviewer)).length).toBe(before);
    });
  });

  describe('confirm', () => {
    const seedContent = ReportSchema.parse(SNGV_M9_2020_REPORT);

    it("makes an agency user's import a draft of their agency, exactly as POST /api/reports would, with an IMPORT audit entry naming the file", async () => {
      const reports = await reportCount();
      const item = await uploadOne(auth.reporter);
      const response = await confirm(auth.reporter, item.id, { agencyId: agencyA, periodId: m9of2020, content: SNGV_M9_2020_REPORT }).expect(200);
      const { import: confirmed, report } = response.body as ImportConfirmResponse;
      expect(confirmed).toMatchObject({ id: item.id, status: 'CONFIRMED', reportId: report.id, agencyId: agencyA, periodId: m9of2020 });
      expect(report).toMatchObject({
        agencyId: agencyA,
        periodId: m9of2020,
        status: 'DRAFT',
        version: 1,
        submittedAt: null,
        firstSubmittedAt: null,
        submissionTiming: null,
        corrections: [],
        returnReasons: [],
      });
      const read = (await request(t.http).get(`/api/reports/${report.id}`).set(auth.reporter).expect(200)).body as ReportResponse;
      expect(read.content).toEqual(seedContent);
      expect(read).toEqual(report);
      // The findings are those of the same content as a new draft.
      const validated = (await request(t.http).post('/api/reports/validate').set(auth.reporter).send({ content: SNGV_M9_2020_REPORT }).expect(200)).body as ValidationResultDto;
      expect(read.findings).toEqual(validated.findings);
      const audit = (await request(t.http).get(`/api/audit?reportId=${report.id}`).set(auth.reviewer).expect(200)).body as AuditEntryDto[];
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ action: 'IMPORT', actorId: userIds.reporter, before: null });
      expect(audit[0]?.after).toMatchObject({
        status: 'DRAFT',
        version: 1,
        import: { id: item.id, fileName: seedMarkdown.name, fileHash: sha256(seedMarkdown.bytes), format: 'md', size: seedMarkdown.bytes.length },
      });
      expect((await request(t.http).get(`/api/imports/${item.id}`).set(auth.approver).expect(200)).body).toEqual(confirmed);
      // It is an ordinary draft: the agency edits it.
      await request(t.http).patch(`/api/reports/${report.id}`).set(auth.approver).send({ version: 1, content: { title: 'Báo cáo đã sửa' } }).expect(200);
      expect(await reportCount()).toBe(reports + 1);

      // Once confirmed, never again; and a report already there for the agency and period is kept.
      const again = await confirm(auth.reporter, item.id, { agencyId: agencyA, periodId: m9of2020, content: SNGV_M9_2020_REPORT }).expect(409);
      expect(again.body.code).toBe('IMPORT_CONFIRMED');
      const other = await uploadOne(auth.approver);
      const exists = await confirm(auth.approver, other.id, { agencyId: agencyA, periodId: m9of2020, content: SNGV_M9_2020_REPORT }).expect(409);
      expect(exists.body.code).toBe('REPORT_EXISTS');
      expect((await request(t.http).get(`/api/imports/${other.id}`).set(auth.approver).expect(200)).body).toMatchObject({ status: 'PENDING', reportId: null });
      expect(await reportCount()).toBe(reports + 1);
    });

    it('takes the draft read from a file, its blanks filled in, as the content of the report', async () => {
      // The seed as the Sở Tư pháp (agency B) would have written it.
      const text = SNGV_M9_2020_TEXT.replaceAll('SNgV', 'STP');
      const item = await uploadOne(auth.approverB, { name: 'stp-9-thang-2020.md', bytes: Buffer.from(text, 'utf8') });
      const { draft } = item.extraction;
      expect(draft.agencyCode).toBe('STP');
      const content = {
        ...draft,
        agencyCode: 'STP',
        symbol: draft.symbol ?? { number: null, type: 'BC', issuer: 'STP' },
        place: draft.place ?? 'Quảng Ngãi',
        period: draft.period ?? { year: 2020, kind: 'M9' },
        title: draft.title ?? 'Tình hình, kết quả thực hiện công tác cải cách hành chính 9 tháng đầu năm 2020',
      };
      const response = await confirm(auth.approverB, item.id, { agencyId: agencyB, periodId: m9of2020, content }).expect(200);
      const { report } = response.body as ImportConfirmResponse;
      expect([report.status, report.agencyId]).toEqual(['DRAFT', agencyB]);
      expect(report.content).toEqual(ReportSchema.parse(content));
    });

    it("makes Home Affairs' import an accepted report of the past: no submission, no timing, and the dashboard and figures count it", async () => {
      const item = await uploadOne(auth.reviewer);
      const content = reportContent('STP', 2021, 'M9');
      const response = await confirm(auth.reviewer, item.id, { agencyId: agencyB, periodId: m9of2021, content }).expect(200);
      const { report } = response.body as ImportConfirmResponse;
      expect(report).toMatchObject({ agencyId: agencyB, periodId: m9of2021, status: 'ACCEPTED', version: 1, submittedAt: null, firstSubmittedAt: null, submissionTiming: null });
      const read = (await request(t.http).get(`/api/reports/${report.id}`).set(auth.reporterB).expect(200)).body as ReportResponse;
      expect(read.content).toEqual(ReportSchema.parse(content));
      expect((await request(t.http).get(`/api/reports/${report.id}/submissions`).set(auth.reviewer).expect(200)).body).toEqual([]);
      const audit = (await request(t.http).get(`/api/audit?reportId=${report.id}`).set(auth.reviewer).expect(200)).body as AuditEntryDto[];
      expect(audit.map((entry) => [entry.action, entry.actorId])).toEqual([['IMPORT', userIds.reviewer]]);
      expect(audit[0]?.after).toMatchObject({ status: 'ACCEPTED', import: { id: item.id, fileName: seedMarkdown.name, fileHash: sha256(seedMarkdown.bytes) } });
      // Accepted: read-only for the agency, as any accepted report.
      const edit = await request(t.http).patch(`/api/reports/${report.id}`).set(auth.reporterB).send({ version: 1, content: { title: 'Khác' } }).expect(409);
      expect(edit.body.code).toBe('REPORT_READ_ONLY');

      const board = (await request(t.http).get('/api/dashboard/status?year=2021&kind=M9').set(auth.reviewer).expect(200)).body as DashboardStatusResponse;
      const cell = board.rows.find((row) => row.agency.id === agencyB)?.cells[0];
      expect(cell).toMatchObject({ reportId: report.id, status: 'ACCEPTED', reported: true, timing: null, submittedAt: null });
      const dossier = (await request(t.http).get('/api/dashboard/dossier?year=2021&kind=M9').set(auth.reviewer).expect(200)).body as DashboardDossierResponse;
      expect(dossier.agencies.find((row) => row.agency.id === agencyB)?.points[0]).toMatchObject({ reportId: report.id, totals: { received: 14 } });
      expect(board.periods[0]?.counts.ACCEPTED).toBe(1);
      const figures = (await request(t.http).get(`/api/periods/${m9of2021}/figures`).set(auth.reviewer).expect(200)).body as PeriodFiguresResponse;
      expect(figures.rows.find((row) => row.agency.id === agencyB)).toMatchObject({ status: 'ACCEPTED', reportId: report.id, counted: true });
      const accepted = (await request(t.http).get('/api/reports?status=ACCEPTED').set(auth.reviewer).expect(200)).body as ReportListResponse;
      expect(accepted.items.map((r) => r.id)).toContain(report.id);
    });

    it("lets an administrator confirm an import into any agency's accepted report", async () => {
      const item = await uploadOne(auth.admin);
      const stttt = await agencyId(t, 'STTTT');
      const response = await confirm(auth.admin, item.id, { agencyId: stttt, periodId: m9of2021, content: reportContent('STTTT', 2021, 'M9') }).expect(200);
      expect((response.body as ImportConfirmResponse).report).toMatchObject({ agencyId: stttt, status: 'ACCEPTED' });
    });

    it('answers 400 with the field paths for content that is not valid or not of the chosen agency and period, and confirms nothing', async () => {
      const item = await uploadOne(auth.reviewer);
      const sbody = (content: unknown, overrides: Record<string, unknown> = {}) => ({ agencyId: agencyB, periodId: m9of2020, content, ...overrides });
      const paths = async (body: unknown): Promise<[string, string[]]> => {
        const response = await confirm(auth.reviewer, item.id, body).expect(400);
        return [response.body.code as string, (response.body.details as { path: string }[]).map((d) => d.path).sort()];
      };
      const valid = reportContent('STP', 2020, 'M9');
      expect(await paths(sbody({ ...valid, title: 42, dossier: { ...valid.dossier, receivedOnline: -1 } }))).toEqual([
        'VALIDATION_FAILED',
        ['body.content.dossier.receivedOnline', 'body.content.title'],
      ]);
      expect(await paths(sbody(reportContent('SNgV', 2020, 'M9')))).toEqual(['VALIDATION_FAILED', ['body.content.agencyCode']]);
      expect(await paths(sbody(reportContent('STP', 2021, 'M9')))).toEqual(['VALIDATION_FAILED', ['body.content.period']]);
      expect(await paths(sbody(valid, { agencyId: '00000000-0000-4000-8000-000000000000' }))).toEqual(['VALIDATION_FAILED', ['body.agencyId']]);
      expect(await paths(sbody(valid, { extra: true }))).toEqual(['VALIDATION_FAILED', ['body']]);
      expect(await paths({ content: valid })).toEqual(['VALIDATION_FAILED', ['body.agencyId', 'body.periodId']]);
      const badId = await confirm(auth.reviewer, 'not-a-uuid', sbody(valid)).expect(400);
      expect(badId.body.details).toEqual([expect.objectContaining({ path: 'param.id' })]);
      expect((await request(t.http).get(`/api/imports/${item.id}`).set(auth.reviewer).expect(200)).body).toMatchObject({ status: 'PENDING' });
    });
  });

  describe('who may do what', () => {
    const unknownId = '00000000-0000-4000-8000-000000000000';

    it('answers 401 to anonymous callers on every route', async () => {
      const item = await uploadOne(auth.reviewer);
      const anonymous = [
        upload(null, [seedMarkdown]),
        request(t.http).get('/api/imports'),
        request(t.http).get(`/api/imports/${item.id}`),
        confirm(null, item.id, { agencyId: agencyA, periodId: m9of2020, content: SNGV_M9_2020_REPORT }),
      ];
      for (const call of anonymous) expect((await call.expect(401)).body.code).toBe('UNAUTHENTICATED');
    });

    it.each(['reporter', 'approver'] as const)(
      "lets the %s of agency A upload, list, read and confirm A's imports only: B's answer 404, a confirmation for B 403",
      async (role) => {
        const own = await uploadOne(auth[role]);
        const ofB = await uploadOne(auth.reporterB);
        const ofHomeAffairs = await uploadOne(auth.reviewer);
        expect(own.agencyId).toBe(agencyA);

        const listed = await listImports(auth[role]);
        expect(listed.map((i) => i.id)).toContain(own.id);
        expect(listed.every((i) => i.agencyId === agencyA)).toBe(true);
        expect(listed.map((i) => i.id)).not.toContain(ofB.id);
        expect(listed.map((i) => i.id)).not.toContain(ofHomeAffairs.id);

        await request(t.http).get(`/api/imports/${own.id}`).set(auth[role]).expect(200);
        for (const id of [ofB.id, ofHomeAffairs.id, unknownId]) {
          expect((await request(t.http).get(`/api/imports/${id}`).set(auth[role]).expect(404)).body.code).toBe('NOT_FOUND');
          const body = { agencyId: agencyA, periodId: m9of2021, content: reportContent('SNgV', 2021, 'M9') };
          expect((await confirm(auth[role], id, body).expect(404)).body.code).toBe('NOT_FOUND');
        }
        const forB = await confirm(auth[role], own.id, { agencyId: agencyB, periodId: m9of2021, content: reportContent('STP', 2021, 'M9') }).expect(403);
        expect(forB.body.code).toBe('FORBIDDEN');
        expect((await request(t.http).get(`/api/imports/${own.id}`).set(auth[role]).expect(200)).body).toMatchObject({ status: 'PENDING' });
      },
    );

    it('lets reviewers and administrators list and read every import, newest first, without the text', async () => {
      const ofA = await uploadOne(auth.reporter);
      const ofB = await uploadOne(auth.reporterB);
      for (const role of ['reviewer', 'admin'] as const) {
        const listed = await listImports(auth[role]);
        expect(listed.map((i) => i.id)).toEqual(expect.arrayContaining([ofA.id, ofB.id]));
        const times = listed.map((i) => i.createdAt);
        expect(times).toEqual([...times].sort().reverse());
        const summary = listed.find((i) => i.id === ofB.id);
        expect(summary).toMatchObject({ fileName: seedMarkdown.name, agencyId: agencyB, status: 'PENDING', agencyCode: 'SNgV', title: ofB.extraction.draft.title });
        expect(summary).not.toHaveProperty('extraction');
        for (const id of [ofA.id, ofB.id]) await request(t.http).get(`/api/imports/${id}`).set(auth[role]).expect(200);
        expect((await request(t.http).get(`/api/imports/${unknownId}`).set(auth[role]).expect(404)).body.code).toBe('NOT_FOUND');
      }
    });
  });
});
