import request from 'supertest';
import { expectedReporters, reportingWindow, type AdminAuditEntryDto, type AgencyDetailDto } from '@cchc/domain';
import { createUser, loginAs } from '../factories/user.factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// docs/domain.md §8: in February 2025 (Decree 45/2025) Quảng Ngãi merged its departments: KH&ĐT into
// Tài chính, GTVT into Xây dựng, LĐTBXH into Nội vụ, NN&PTNT with TN&MT into a new Sở Nông
// nghiệp và Môi trường. Entered through the administration API only, as an administrator would.
describe('The February 2025 restructuring through the API', () => {
  let t: TestApp;
  let auth: { authorization: string };
  const byCode = new Map<string, AgencyDetailDto>();

  const departmentsOn = async (day: string): Promise<string[]> =>
    ((await request(t.http).get(`/api/agencies?kind=department&activeOn=${day}`).expect(200)).body as AgencyDetailDto[]).map((a) => a.code).sort();
  const agency = async (code: string): Promise<AgencyDetailDto> =>
    (await request(t.http).get(`/api/agencies/${byCode.get(code)?.id ?? ''}`).expect(200)).body as AgencyDetailDto;

  beforeAll(async () => {
    t = await createTestApp();
    auth = { authorization: `Bearer ${await loginAs(t, await createUser(t, { role: 'admin' }))}` };
    for (const a of (await request(t.http).get('/api/agencies').expect(200)).body as AgencyDetailDto[]) byCode.set(a.code, a);
  });

  afterAll(async () => {
    await t.close();
  });

  const OLD_2020 = ['SCT', 'SGDĐT', 'SGTVT', 'SKHCN', 'SKHĐT', 'SLĐTBXH', 'SNNPTNT', 'SNV', 'SNgV', 'STC', 'STNMT', 'STP', 'STTTT', 'SVHTTDL', 'SXD', 'SYT', 'TTT', 'VPUBND'];

  it('starts from the 2020 structure', async () => {
    expect(await departmentsOn('2025-06-01')).toEqual([...OLD_2020].sort());
  });

  it('records the mergers', async () => {
    // Two departments are closed explicitly on the eve of the merger...
    for (const code of ['SNNPTNT', 'STNMT']) {
      const current = byCode.get(code)!;
      const closed = await request(t.http).patch(`/api/agencies/${current.id}`).set(auth).send({ version: current.version, validTo: '2025-02-28' }).expect(200);
      expect(closed.body).toMatchObject({ validTo: '2025-02-28', version: current.version + 1 });
    }
    // ...the new department is created from the day it starts...
    const snnmt = await request(t.http)
      .post('/api/agencies')
      .set(auth)
      .send({
        code: 'SNNMT',
        name: { vi: 'Sở Nông nghiệp và Môi trường', en: 'Department of Agriculture and Environment' },
        kind: 'department',
        validFrom: '2025-03-01',
      })
      .expect(201);
    byCode.set('SNNMT', snnmt.body as AgencyDetailDto);

    // ...and each succession is recorded; for the three departments still open, recording it
    // closes them on 2025-02-28.
    const successions: [string, string][] = [
      ['SNNPTNT', 'SNNMT'],
      ['STNMT', 'SNNMT'],
      ['SKHĐT', 'STC'],
      ['SGTVT', 'SXD'],
      ['SLĐTBXH', 'SNV'],
    ];
    for (const [from, into] of successions) {
      const response = await request(t.http)
        .post(`/api/agencies/${byCode.get(from)!.id}/successors`)
        .set(auth)
        .send({ successorId: byCode.get(into)!.id, effectiveOn: '2025-03-01', note: 'Nghị định 45/2025/NĐ-CP' })
        .expect(201);
      expect(response.body).toMatchObject({ code: from, validTo: '2025-02-28', successors: [{ code: into, effectiveOn: '2025-03-01' }] });
    }
  });

  it('lists the 2025 structure after the merger: 14 departments', async () => {
    const after = await departmentsOn('2025-06-01');
    expect(after).toEqual(['SCT', 'SGDĐT', 'SKHCN', 'SNNMT', 'SNV', 'SNgV', 'STC', 'STP', 'STTTT', 'SVHTTDL', 'SXD', 'SYT', 'TTT', 'VPUBND'].sort());
    expect(after).toHaveLength(14);
  });

  it('still lists the old structure before it: 18 departments, no SNNMT', async () => {
    expect(await departmentsOn('2024-06-01')).toEqual([...OLD_2020].sort());
    expect(await departmentsOn('2025-02-28')).toEqual([...OLD_2020].sort());
    expect(await departmentsOn('2025-03-01')).toContain('SNNMT');
  });

  it('shows each side of every succession', async () => {
    const snnmt = await agency('SNNMT');
    expect(snnmt.predecessors.map((p) => [p.code, p.effectiveOn])).toEqual([
      ['SNNPTNT', '2025-03-01'],
      ['STNMT', '2025-03-01'],
    ]);
    expect((await agency('STC')).predecessors.map((p) => p.code)).toEqual(['SKHĐT']);
    expect((await agency('SXD')).predecessors.map((p) => p.code)).toEqual(['SGTVT']);
    expect((await agency('SNV')).predecessors.map((p) => p.code)).toEqual(['SLĐTBXH']);
    expect(await agency('SKHĐT')).toMatchObject({ validTo: '2025-02-28', successors: [{ code: 'STC', note: 'Nghị định 45/2025/NĐ-CP' }] });

    const listed = (await request(t.http).get('/api/agencies').expect(200)).body as AgencyDetailDto[];
    expect(listed.find((a) => a.code === 'SGTVT')?.successors.map((s) => s.code)).toEqual(['SXD']);
  });

  it('makes the expected reporters follow the structure of each period', async () => {
    const all = (await request(t.http).get('/api/agencies?kind=department').expect(200)).body as AgencyDetailDto[];
    const year2024 = expectedReporters(all, reportingWindow(2024, 'YEAR')).map((a) => a.code);
    const q1of2025 = expectedReporters(all, reportingWindow(2025, 'Q1')).map((a) => a.code);
    expect(year2024).toHaveLength(18);
    expect(year2024).not.toContain('SNNMT');
    expect(q1of2025).toHaveLength(14);
    expect(q1of2025).toContain('SNNMT');
    expect(q1of2025).not.toContain('SKHĐT');
  });

  it('keeps each change in the administration log', async () => {
    const entries = (await request(t.http).get(`/api/admin/audit?entityType=agency&entityId=${byCode.get('SKHĐT')!.id}`).set(auth).expect(200))
      .body as AdminAuditEntryDto[];
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: 'SUCCESSION',
      before: { validTo: null },
      after: { validTo: '2025-02-28', successor: { code: 'STC', effectiveOn: '2025-03-01' } },
    });
  });
});
