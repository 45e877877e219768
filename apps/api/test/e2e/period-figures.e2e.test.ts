import request from 'supertest';
import ExcelJS from 'exceljs';
import {
  AGENCY_LEVEL_NAMES,
  REPORT_STATUS_NAMES,
  type DashboardStatusResponse,
  type PeriodFiguresResponse,
  type ReportResponse,
} from '@cchc/domain';
import type { AuthUser } from '../../src/common/auth/auth-user.js';
import { AGENCY_COLUMNS, cellValue, indicatorHeading, PROVINCE_TOTAL_NAME } from '../../src/common/documents/figures-workbook.js';
import { ReportService } from '../../src/modules/reports/report.service.js';
import { agencyId, createUser, loginAs } from '../factories/user.factory.js';
import { fullReportContent, periodId, reportContent } from '../factories/report.factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { binary } from '../support/binary-body.js';


type Role = 'reviewer' | 'admin' | 'reporter' | 'approver';

describe("All agencies' figures for a period: GET /api/periods/:periodId/figures(.xlsx)", () => {
  let t: TestApp;
  const clock = { now: new Date('2021-09-10T03:00:00Z') };
  const auth = {} as Record<Role, Record<string, string>>;
  let m9: string;
  const reportIds: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp({ now: () => clock.now });
    m9 = await periodId(t, 2021, 'M9');
    const reports = t.app.get(ReportService);
    const reviewerUser = await createUser(t, { role: 'reviewer', agencyId: null });
    const reviewer: AuthUser = { id: reviewerUser.id, username: reviewerUser.username, role: 'reviewer', agencyId: null };
    auth.reviewer = { authorization: `Bearer ${await loginAs(t, reviewerUser)}` };
    auth.admin = { authorization: `Bearer ${await loginAs(t, await createUser(t, { role: 'admin', agencyId: null }))}` };

    // SNgV and a district accepted, STP submitted and not yet accepted, SNV a draft; the others
    // have nothing. Each states other figures, so a wrong sum shows.
    const plan: Record<string, { dossier: number; status: 'ACCEPTED' | 'SUBMITTED' | 'DRAFT'; full: boolean }> = {
      SNgV: { dossier: 10, status: 'ACCEPTED', full: true },
      TPQN: { dossier: 40, status: 'ACCEPTED', full: false },
      STP: { dossier: 7, status: 'SUBMITTED', full: true },
      SNV: { dossier: 3, status: 'DRAFT', full: false },
    };
    for (const [code, { dossier, status, full }] of Object.entries(plan)) {
      const agency = await agencyId(t, code);
      const reporterUser = await createUser(t, { role: 'reporter', agencyId: agency });
      const approverUser = await createUser(t, { role: 'approver', agencyId: agency });
      if (code === 'SNgV') {
        auth.reporter = { authorization: `Bearer ${await loginAs(t, reporterUser)}` };
        auth.approver = { authorization: `Bearer ${await loginAs(t, approverUser)}` };
      }
      const approver: AuthUser = { id: approverUser.id, username: approverUser.username, role: 'approver', agencyId: agency };
      const base = full ? fullReportContent(code, 2021, 'M9') : reportContent(code, 2021, 'M9');
      const content = {
        ...base,
        dossier: { ...base.dossier!, receivedInPerson: dossier, resolvedOnTime: dossier - 2, resolvedEarly: 0, pendingWithinTime: 2, receivedOnline: 0 },
        onlineServices: [{ level: 'LEVEL_3' as const, count: dossier }],
        indicators: [
          { code: 'PROCEDURES.SIMPLIFIED', value: dossier % 4 },
          { code: 'DIGITAL_GOVERNMENT.ONLINE_PAYMENT_RATE', value: 12.5 },
          { code: 'DIGITAL_GOVERNMENT.ISO_9001', value: code !== 'TPQN' },
        ],
      };
      let report: ReportResponse = await reports.create(approver, { agencyId: agency, periodId: m9, content });
      reportIds[code] = report.id;
      if (status === 'DRAFT') continue;
      report = await reports.submit(approver, report.id, { version: report.version });
      if (status === 'ACCEPTED') await reports.accept(reviewer, report.id, { version: report.version });
    }
  }, 60_000);

  afterAll(async () => {
    await t?.close();
  });

  const figures = async (query = ''): Promise<PeriodFiguresResponse> =>
    (await request(t.http).get(`/api/periods/${m9}/figures${query}`).set(auth.reviewer).expect(200)).body as PeriodFiguresResponse;
  const total = (body: PeriodFiguresResponse, code: string) => body.totals.find((row) => row.code === code);
  const rowOf = (body: PeriodFiguresResponse, code: string) => body.rows.find((row) => row.agency.code === code);

  it("lists every expected agency with the status board's status, and values only for the reports Home Affairs holds", async () => {
    const body = await figures();
    const board = (await request(t.http).get('/api/dashboard/status?year=2021&kind=M9').set(auth.reviewer).expect(200)).body as DashboardStatusResponse;
    const boardStatus = new Map(board.rows.map((row) => [row.agency.code, row.cells[0]?.status]));
    expect(body.rows.length).toBe(board.periods[0]?.reporting.expected);
    for (const row of body.rows) expect([row.agency.code, row.status]).toEqual([row.agency.code, boardStatus.get(row.agency.code)]);
    expect(rowOf(body, 'SNgV')).toMatchObject({ status: 'ACCEPTED', counted: true, level: 'province', reportId: reportIds.SNgV });
    expect(rowOf(body, 'TPQN')).toMatchObject({ status: 'ACCEPTED', counted: true, level: 'district' });
    expect(rowOf(body, 'STP')).toMatchObject({ status: 'SUBMITTED', counted: false });
    expect(rowOf(body, 'STP')?.values).not.toBeNull();
    expect(rowOf(body, 'SNV')).toMatchObject({ status: 'DRAFT', counted: false, values: null });
    expect(rowOf(body, 'STTTT')).toMatchObject({ status: 'MISSING', values: null, reportId: null });
    expect(body.set?.code).toBe('CCHC-76');
    // The province compiles; it is not one of the rows.
    expect(body.rows.some((row) => row.agency.kind === 'province')).toBe(false);
  });

  it('totals equal the sums over the accepted reports as GET /api/reports/:id gives them, and the levels add up', async () => {
    const body = await figures();
    const accepted = await Promise.all(
      ['SNgV', 'TPQN'].map(async (code) => (await request(t.http).get(`/api/reports/${reportIds[code]}`).set(auth.reviewer).expect(200)).body as ReportResponse),
    );
    const dossiers = accepted.map((report) => report.content.dossier!);
    const resolved = dossiers.reduce((sum, d) => sum + d.resolvedEarly + d.resolvedOnTime + d.resolvedLate, 0);
    const received = dossiers.reduce((sum, d) => sum + d.receivedOnline + d.receivedInPerson + d.receivedPostal, 0);
    expect(total(body, 'DOSSIERS.RESOLVED')?.value).toBe(resolved);
    expect(total(body, 'DOSSIERS.RECEIVED')?.value).toBe(received);
    expect(total(body, 'DOSSIERS.RESOLVED')?.contributions.map((c) => c.reportId).sort()).toEqual([reportIds.SNgV, reportIds.TPQN].sort());
    for (const code of ['DOSSIERS.RESOLVED', 'DOSSIERS.RECEIVED', 'DOSSIERS.IN_PROGRESS', 'DIGITAL_GOVERNMENT.ONLINE_LEVEL_3_4']) {
      const aggregate = total(body, code);
      const levels = Object.values(aggregate?.byLevel ?? {}).reduce((sum, level) => sum + Number(level.value), 0);
      expect([code, levels]).toEqual([code, aggregate?.value]);
    }
    expect(total(body, 'PROCEDURES.SIMPLIFIED')?.value).toBe((10 % 4) + (40 % 4));
    expect(total(body, 'DIGITAL_GOVERNMENT.ISO_9001')?.value).toBe(1);
    expect(total(body, 'DIGITAL_GOVERNMENT.ONLINE_PAYMENT_RATE')?.value).toBeNull();
    expect(total(body, 'DOSSIERS.ON_TIME_RATE')?.value).toBe(100);
    expect(total(body, 'DIRECTION.PLANS')?.value).toBe(1);
  });

  it('counts the submitted report too when asked, and says so', async () => {
    const body = await figures('?includeSubmitted=true');
    expect(body.includeSubmitted).toBe(true);
    expect(rowOf(body, 'STP')?.counted).toBe(true);
    expect(total(body, 'DOSSIERS.RECEIVED')?.value).toBe(10 + 40 + 7);
    expect(total(body, 'DOSSIERS.RECEIVED')?.byLevel?.province?.value).toBe(17);
  });

  it('gives the same table as an Excel workbook, cell for cell, numbers as numbers, the header row frozen', async () => {
    const body = await figures();
    const response = await request(t.http).get(`/api/periods/${m9}/figures.xlsx`).set(auth.reviewer).buffer(true).parse(binary).expect(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toContain('so-lieu-cchc_M9-2021.xlsx');
    const workbook = new ExcelJS.Workbook();
    // exceljs types its own Buffer; the bytes are the same.
    await workbook.xlsx.load(response.body as never);
    const set = body.set!;
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Phụ lục', ...set.blocks.map((block) => block.key)]);

    let numeric = 0;
    for (const block of set.blocks) {
      const sheet = workbook.getWorksheet(block.key)!;
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      const indicators = set.indicators.filter((indicator) => indicator.block === block.key);
      expect(sheet.getRow(1).values).toEqual([undefined, ...AGENCY_COLUMNS, ...indicators.map(indicatorHeading)]);
      body.rows.forEach((row, r) => {
        const cells = sheet.getRow(2 + r);
        expect([cells.getCell(1).value, cells.getCell(2).value, cells.getCell(3).value, cells.getCell(4).value]).toEqual([
          row.agency.code,
          row.agency.name.vi,
          AGENCY_LEVEL_NAMES[row.level].vi,
          REPORT_STATUS_NAMES[row.status].vi,
        ]);
        indicators.forEach((indicator, i) => {
          const expected = cellValue(row.values?.find((value) => value.code === indicator.code)?.value ?? null);
          const cell = cells.getCell(AGENCY_COLUMNS.length + 1 + i).value;
          expect([row.agency.code, indicator.code, cell]).toEqual([row.agency.code, indicator.code, expected]);
          if (typeof expected === 'number') numeric += 1;
        });
      });
      const totalRow = sheet.getRow(sheet.rowCount);
      expect(totalRow.getCell(2).value).toBe(PROVINCE_TOTAL_NAME);
      indicators.forEach((indicator, i) => {
        expect([indicator.code, totalRow.getCell(AGENCY_COLUMNS.length + 1 + i).value]).toEqual([indicator.code, cellValue(total(body, indicator.code)?.value ?? null)]);
      });
    }
    expect(numeric).toBeGreaterThan(50);

    // The appendix: one row per indicator with the province's value and each level's.
    const appendix = workbook.getWorksheet('Phụ lục')!;
    const header = appendix.getRow(1).values as unknown[];
    expect(header).toEqual([undefined, 'STT', 'Chỉ tiêu', 'Đơn vị tính', PROVINCE_TOTAL_NAME, 'Cấp tỉnh', 'Cấp huyện', 'Số cơ quan có số liệu']);
    const rows = new Map<string, unknown[]>();
    appendix.eachRow((row) => rows.set(row.getCell(2).text, row.values as unknown[]));
    for (const indicator of set.indicators) {
      const aggregate = total(body, indicator.code);
      expect([indicator.code, rows.get(indicator.name.vi)?.slice(4, 8)]).toEqual([
        indicator.code,
        [
          cellValue(aggregate?.value ?? null) ?? undefined,
          cellValue(aggregate?.byLevel?.province?.value ?? null) ?? undefined,
          cellValue(aggregate?.byLevel?.district?.value ?? null) ?? undefined,
          aggregate?.contributions.length,
        ],
      ]);
    }
  });

  describe('who may read it', () => {
    const routes = (id: string): string[] => [`/api/periods/${id}/figures`, `/api/periods/${id}/figures.xlsx`];

    it('answers 401 without a session, 403 to agency users, 200 to reviewers and admins', async () => {
      for (const path of routes(m9)) {
        expect([path, (await request(t.http).get(path)).status]).toEqual([path, 401]);
        for (const role of ['reporter', 'approver'] as const) {
          const response = await request(t.http).get(path).set(auth[role]);
          expect([path, role, response.status, response.body.code]).toEqual([path, role, 403, 'FORBIDDEN']);
        }
        for (const role of ['reviewer', 'admin'] as const) expect([path, role, (await request(t.http).get(path).set(auth[role])).status]).toEqual([path, role, 200]);
      }
    });

    it('answers 404 for an unknown period and 400 for a malformed id or query', async () => {
      for (const path of routes('00000000-0000-4000-8000-000000000000')) {
        expect([path, (await request(t.http).get(path).set(auth.reviewer)).status]).toEqual([path, 404]);
      }
      for (const path of routes('not-a-period')) expect([path, (await request(t.http).get(path).set(auth.reviewer)).status]).toEqual([path, 400]);
      const bad = await request(t.http).get(`/api/periods/${m9}/figures?includeSubmitted=yes`).set(auth.reviewer).expect(400);
      expect(bad.body.code).toBe('VALIDATION_FAILED');
      expect(bad.body.details).toEqual([expect.objectContaining({ path: 'query.includeSubmitted' })]);
    });
  });

  it('shows statuses and no indicators for a period before the 2021-2030 set', async () => {
    const m9of2020 = await periodId(t, 2020, 'M9');
    const body = (await request(t.http).get(`/api/periods/${m9of2020}/figures`).set(auth.reviewer).expect(200)).body as PeriodFiguresResponse;
    expect(body.set).toBeNull();
    expect(body.totals).toEqual([]);
    expect(body.rows.every((row) => row.status === 'MISSING')).toBe(true);
  });
});
