import request from 'supertest';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import type { AuditEntryDto, CompilationAuditEntryDto, CompilationRefreshResponse, CompilationResponse, DashboardStatusResponse, ReportResponse } from '@cchc/domain';
import type { AuthUser } from '../../src/common/auth/auth-user.js';
import { ReportService } from '../../src/modules/reports/report.service.js';
import { agencyId, createUser, loginAs } from '../factories/user.factory.js';
import { fullReportContent, periodId, reportContent } from '../factories/report.factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { binary } from '../support/binary-body.js';


type Role = 'reviewer' | 'admin' | 'reporter' | 'approver';
const AREAS = ['Cải cách thể chế', 'Cải cách thủ tục hành chính', 'Cải cách tổ chức bộ máy hành chính nhà nước', 'Cải cách chế độ công vụ', 'Cải cách tài chính công'];

describe("The province's compiled report: /api/compilations", () => {
  let t: TestApp;
  const clock = { now: new Date('2021-09-10T03:00:00Z') };
  const auth = {} as Record<Role, Record<string, string>>;
  let m9: string;
  const reportIds: Record<string, string> = {};
  let compilation: CompilationResponse;

  const reportOf = async (code: string): Promise<ReportResponse> =>
    (await request(t.http).get(`/api/reports/${reportIds[code]}`).set(auth.reviewer).expect(200)).body as ReportResponse;
  const total = (c: CompilationResponse, code: string) => c.snapshot.totals.find((row) => row.code === code);
  const received = (report: ReportResponse): number => {
    const d = report.content.dossier!;
    return d.receivedOnline + d.receivedInPerson + d.receivedPostal;
  };

  beforeAll(async () => {
    t = await createTestApp({ now: () => clock.now });
    m9 = await periodId(t, 2021, 'M9');
    const reports = t.app.get(ReportService);
    const reviewerUser = await createUser(t, { role: 'reviewer', agencyId: null });
    const reviewer: AuthUser = { id: reviewerUser.id, username: reviewerUser.username, role: 'reviewer', agencyId: null };
    auth.reviewer = { authorization: `Bearer ${await loginAs(t, reviewerUser)}` };
    auth.admin = { authorization: `Bearer ${await loginAs(t, await createUser(t, { role: 'admin', agencyId: null }))}` };
    const plan: Record<string, { received: number; status: 'ACCEPTED' | 'SUBMITTED' | 'DRAFT'; late?: boolean }> = {
      SNgV: { received: 10, status: 'ACCEPTED' },
      TPQN: { received: 40, status: 'ACCEPTED', late: true },
      STP: { received: 7, status: 'SUBMITTED' },
      SNV: { received: 3, status: 'DRAFT' },
    };
    for (const [code, { received: count, status, late }] of Object.entries(plan)) {
      const agency = await agencyId(t, code);
      const reporterUser = await createUser(t, { role: 'reporter', agencyId: agency });
      const approverUser = await createUser(t, { role: 'approver', agencyId: agency });
      if (code === 'SNgV') {
        auth.reporter = { authorization: `Bearer ${await loginAs(t, reporterUser)}` };
        auth.approver = { authorization: `Bearer ${await loginAs(t, approverUser)}` };
      }
      const approver: AuthUser = { id: approverUser.id, username: approverUser.username, role: 'approver', agencyId: agency };
      const base = code === 'SNgV' ? fullReportContent(code, 2021, 'M9') : reportContent(code, 2021, 'M9');
      const content = {
        ...base,
        sections: [...(base.sections ?? []).map((s) => (s.areaKey === 'PROCEDURES' ? { ...s, narrative: `${code} đã tiếp nhận ${count} hồ sơ.` } : s))],
        dossier: { ...base.dossier!, receivedInPerson: count, receivedOnline: 0, resolvedEarly: 0, resolvedOnTime: count - 2, pendingWithinTime: 2 },
        indicators: [{ code: 'PROCEDURES.SIMPLIFIED', value: count % 5 }],
      };
      clock.now = new Date('2021-09-10T03:00:00Z');
      let report: ReportResponse = await reports.create(approver, { agencyId: agency, periodId: m9, content });
      reportIds[code] = report.id;
      if (status === 'DRAFT') continue;
      clock.now = late ? new Date('2021-09-24T03:00:00Z') : new Date('2021-09-15T03:00:00Z');
      report = await reports.submit(approver, report.id, { version: report.version });
      if (status === 'ACCEPTED') await reports.accept(reviewer, report.id, { version: report.version });
    }
    clock.now = new Date('2021-10-01T03:00:00Z');
  }, 60_000);

  afterAll(async () => {
    await t?.close();
  });

  it('compiles a period: province totals are the sums over the accepted reports, the levels add up, and a second compile is refused', async () => {
    const created = await request(t.http).post('/api/compilations').set(auth.reviewer).send({ periodId: m9 }).expect(201);
    compilation = created.body as CompilationResponse;
    expect(compilation.version).toBe(1);
    // The province's People's Committee, an agency of the tree, issues it; it is not among the reporters.
    expect(compilation.issuer).toMatchObject({ code: 'UBND', name: { vi: 'Ủy ban nhân dân tỉnh Quảng Ngãi' } });
    expect(compilation.snapshot.rows.some((row) => row.agencyId === compilation.issuer?.id)).toBe(false);
    expect(compilation.content.title).toBe('Tình hình, kết quả thực hiện công tác cải cách hành chính 9 tháng đầu năm 2021');
    const accepted = await Promise.all(['SNgV', 'TPQN'].map(reportOf));
    expect(total(compilation, 'DOSSIERS.RECEIVED')?.value).toBe(accepted.reduce((sum, r) => sum + received(r), 0));
    expect(total(compilation, 'DOSSIERS.RECEIVED')?.contributions.map((c) => c.reportId).sort()).toEqual([reportIds.SNgV, reportIds.TPQN].sort());
    for (const code of ['DOSSIERS.RECEIVED', 'DOSSIERS.RESOLVED', 'PROCEDURES.SIMPLIFIED']) {
      const aggregate = total(compilation, code);
      expect([code, Object.values(aggregate?.byLevel ?? {}).reduce((sum, level) => sum + Number(level.value), 0)]).toEqual([code, aggregate?.value]);
    }
    // The agencies' own text for each part, attributed; the submitted report's shown apart.
    const procedures = compilation.snapshot.parts.find((p) => p.key === 'AREA.PROCEDURES')!;
    expect(procedures.figures.map((f) => f.text.vi)).toContain('Số hồ sơ mới tiếp nhận: 50');
    expect(procedures.sources.map((s) => [s.text, s.counted])).toEqual(
      expect.arrayContaining([
        ['SNgV đã tiếp nhận 10 hồ sơ.', true],
        ['TPQN đã tiếp nhận 40 hồ sơ.', true],
        ['STP đã tiếp nhận 7 hồ sơ.', false],
      ]),
    );
    const again = await request(t.http).post('/api/compilations').set(auth.reviewer).send({ periodId: m9 }).expect(409);
    expect(again.body).toMatchObject({ code: 'COMPILATION_EXISTS', details: [{ path: 'periodId', message: compilation.id }] });
    const listed = await request(t.http).get(`/api/compilations?periodId=${m9}`).set(auth.admin).expect(200);
    expect(listed.body).toEqual([expect.objectContaining({ id: compilation.id, periodId: m9 })]);
  });

  it("lists the reporting discipline exactly as the status board reads it", async () => {
    const board = (await request(t.http).get('/api/dashboard/status?year=2021&kind=M9').set(auth.reviewer).expect(200)).body as DashboardStatusResponse;
    const byTiming = (test: (cell: DashboardStatusResponse['rows'][number]['cells'][number]) => boolean): string[] =>
      board.rows.filter((row) => row.cells[0] && test(row.cells[0])).map((row) => row.agency.id).sort();
    const { discipline } = compilation.snapshot;
    expect(discipline.expected).toBe(board.periods[0]?.reporting.expected);
    expect([...discipline.onTime].sort()).toEqual(byTiming((cell) => cell.reported && cell.timing === 'ON_TIME'));
    expect(discipline.late.map((l) => l.agencyId).sort()).toEqual(byTiming((cell) => cell.reported && cell.timing !== 'ON_TIME'));
    expect([...discipline.missing].sort()).toEqual(byTiming((cell) => cell.status !== 'NOT_EXPECTED' && !cell.reported));
    expect(discipline.late).toEqual([expect.objectContaining({ agencyId: await agencyId(t, 'TPQN') })]);
  });

  it('keeps an edit through a refresh after one more report is accepted, the totals moving by exactly that report, and audits both', async () => {
    const edited = await request(t.http)
      .patch(`/api/compilations/${compilation.id}`)
      .set(auth.reviewer)
      .send({ version: 1, content: { narratives: { 'AREA.PROCEDURES': 'Toàn tỉnh tiếp tục đẩy mạnh giải quyết hồ sơ trực tuyến.' } } })
      .expect(200);
    expect(edited.body.version).toBe(2);
    // A stale version and an unknown part are refused, and change nothing.
    const stale = await request(t.http).patch(`/api/compilations/${compilation.id}`).set(auth.reviewer).send({ version: 1, content: { title: 'Khác' } }).expect(409);
    expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 2 });
    const unknown = await request(t.http).patch(`/api/compilations/${compilation.id}`).set(auth.reviewer).send({ version: 2, content: { narratives: { NOPE: 'x' } } }).expect(400);
    expect(unknown.body.details).toEqual([expect.objectContaining({ path: 'content.narratives.NOPE' })]);
    // Home Affairs states the province value of an indicator that does not add up, never of a computed one.
    const stated = (code: string, value: unknown) =>
      request(t.http).patch(`/api/compilations/${compilation.id}`).set(auth.reviewer).send({ version: 2, content: { stated: { [code]: { value, note: '' } } } });
    expect((await stated('DOSSIERS.RESOLVED', 5).expect(400)).body.details).toEqual([expect.objectContaining({ path: 'content.stated.DOSSIERS.RESOLVED' })]);
    expect((await stated('DIGITAL_GOVERNMENT.ONLINE_PAYMENT_RATE', 120).expect(400)).body.details).toEqual([
      expect.objectContaining({ path: 'content.stated.DIGITAL_GOVERNMENT.ONLINE_PAYMENT_RATE.value' }),
    ]);

    const before = (await request(t.http).get(`/api/compilations/${compilation.id}`).set(auth.reviewer).expect(200)).body as CompilationResponse;
    expect(before.changes).toEqual([]);
    const stp = await reportOf('STP');
    await request(t.http).post(`/api/reports/${stp.id}/accept`).set(auth.reviewer).send({ version: stp.version }).expect(200);
    const changed = (await request(t.http).get(`/api/compilations/${compilation.id}`).set(auth.reviewer).expect(200)).body as CompilationResponse;
    expect(changed.changes).toEqual([expect.objectContaining({ reportId: stp.id, change: 'ACCEPTED' })]);

    const refreshed = (await request(t.http).post(`/api/compilations/${compilation.id}/refresh`).set(auth.reviewer).send({ version: 2 }).expect(200)).body as CompilationRefreshResponse;
    expect(refreshed.reports).toEqual([expect.objectContaining({ reportId: stp.id, change: 'ACCEPTED' })]);
    const after = refreshed.compilation;
    expect(after.version).toBe(3);
    expect(after.changes).toEqual([]);
    expect(after.content.narratives['AREA.PROCEDURES']).toBe('Toàn tỉnh tiếp tục đẩy mạnh giải quyết hồ sơ trực tuyến.');
    expect(Number(total(after, 'DOSSIERS.RECEIVED')?.value) - Number(total(before, 'DOSSIERS.RECEIVED')?.value)).toBe(received(stp));
    expect(Number(total(after, 'PROCEDURES.SIMPLIFIED')?.value) - Number(total(before, 'PROCEDURES.SIMPLIFIED')?.value)).toBe(7 % 5);
    expect(refreshed.totals).toContainEqual({ code: 'DOSSIERS.RECEIVED', before: 50, after: 57 });

    const audit = (await request(t.http).get(`/api/compilations/${compilation.id}/audit`).set(auth.reviewer).expect(200)).body as CompilationAuditEntryDto[];
    expect(audit.map((entry) => entry.action)).toEqual(['CREATE', 'UPDATE', 'REFRESH']);
    expect(audit[1]?.after).toEqual({ narratives: { 'AREA.PROCEDURES': 'Toàn tỉnh tiếp tục đẩy mạnh giải quyết hồ sơ trực tuyến.' } });
    expect(audit[2]?.after).toMatchObject({ reports: [expect.objectContaining({ reportId: stp.id })] });
    const reportAudit = (await request(t.http).get(`/api/audit?reportId=${stp.id}`).set(auth.reviewer).expect(200)).body as AuditEntryDto[];
    expect(reportAudit.map((entry) => entry.action)).toContain('ACCEPT');
    compilation = after;
  });

  it("downloads the province's report as Word, with the province header, every part, the areas and the appendix", async () => {
    const response = await request(t.http).get(`/api/compilations/${compilation.id}/document.docx`).set(auth.reviewer).buffer(true).parse(binary).expect(200);
    expect(response.headers['content-disposition']).toContain('bao-cao-cchc-tinh_M9-2021.docx');
    const text = (await mammoth.extractRawText({ buffer: response.body as Buffer })).value;
    for (const part of [
      'ỦY BAN NHÂN DÂN',
      'TỈNH QUẢNG NGÃI',
      'Số:       /BC-UBND',
      'BÁO CÁO',
      'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH',
      'Về thực hiện chế độ báo cáo',
      'II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH',
      ...AREAS,
      'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số',
      'Toàn tỉnh tiếp tục đẩy mạnh giải quyết hồ sơ trực tuyến.',
      'III. ĐÁNH GIÁ CHUNG',
      'IV. NHIỆM VỤ TRỌNG TÂM KỲ TỚI',
      'V. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ, ĐỀ XUẤT',
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Bộ Nội vụ',
      'Phụ lục',
      '(Kèm theo Báo cáo số       /BC-UBND ngày     /9/2021 của Ủy ban nhân dân tỉnh Quảng Ngãi)',
      'Số hồ sơ mới tiếp nhận',
      'Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn',
    ]) {
      expect([part, text.includes(part)]).toEqual([part, true]);
    }
  });

  it('downloads the appendix as Excel, the appendix sheet equal to the totals', async () => {
    const response = await request(t.http).get(`/api/compilations/${compilation.id}/appendix.xlsx`).set(auth.reviewer).buffer(true).parse(binary).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as never);
    const appendix = workbook.getWorksheet('Phụ lục')!;
    const rows = new Map<string, unknown>();
    appendix.eachRow((row) => rows.set(row.getCell(2).text, row.getCell(4).value));
    for (const indicator of compilation.set!.indicators) {
      const value = total(compilation, indicator.code)?.value ?? null;
      if (typeof value === 'number') expect([indicator.code, rows.get(indicator.name.vi)]).toEqual([indicator.code, value]);
    }
  });

  describe('who may do what', () => {
    const reads = (id: string) => [`/api/compilations/${id}`, `/api/compilations/${id}/audit`, `/api/compilations/${id}/document.docx`, `/api/compilations/${id}/appendix.xlsx`, '/api/compilations'];

    it('answers 401 without a session and 403 to agency users on every route', async () => {
      const writes = [
        () => request(t.http).post('/api/compilations').send({ periodId: m9 }),
        () => request(t.http).patch(`/api/compilations/${compilation.id}`).send({ version: compilation.version, content: { title: 'X' } }),
        () => request(t.http).post(`/api/compilations/${compilation.id}/refresh`).send({ version: compilation.version }),
      ];
      for (const path of reads(compilation.id)) {
        expect([path, (await request(t.http).get(path)).status]).toEqual([path, 401]);
        for (const role of ['reporter', 'approver'] as const) expect([path, role, (await request(t.http).get(path).set(auth[role])).status]).toEqual([path, role, 403]);
      }
      for (const [i, write] of writes.entries()) {
        expect([i, (await write()).status]).toEqual([i, 401]);
        for (const role of ['reporter', 'approver', 'admin'] as const) expect([i, role, (await write().set(auth[role])).status]).toEqual([i, role, 403]);
      }
      // Nothing changed.
      const now = (await request(t.http).get(`/api/compilations/${compilation.id}`).set(auth.admin).expect(200)).body as CompilationResponse;
      expect(now.version).toBe(compilation.version);
    });

    it('lets administrators read, and answers 404 for an unknown compilation and 400 for a malformed id or body', async () => {
      for (const path of reads(compilation.id)) expect([path, (await request(t.http).get(path).set(auth.admin)).status]).toEqual([path, 200]);
      for (const path of reads('00000000-0000-4000-8000-000000000000').slice(0, 4)) expect([path, (await request(t.http).get(path).set(auth.reviewer)).status]).toEqual([path, 404]);
      expect((await request(t.http).get('/api/compilations/nope').set(auth.reviewer)).status).toBe(400);
      const bad = await request(t.http).post('/api/compilations').set(auth.reviewer).send({ periodId: 'x' }).expect(400);
      expect(bad.body.details).toEqual([expect.objectContaining({ path: 'body.periodId' })]);
      const unknownPeriod = await request(t.http).post('/api/compilations').set(auth.reviewer).send({ periodId: '00000000-0000-4000-8000-000000000000' }).expect(400);
      expect(unknownPeriod.body.details).toEqual([expect.objectContaining({ path: 'periodId' })]);
    });
  });
});
