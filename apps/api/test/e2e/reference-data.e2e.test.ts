import request from 'supertest';
import type { AgencyDto, ReformAreaDto, ReportingPeriodDto } from '@cchc/domain';
import { MIGRATIONS } from '../../src/database/migrations/index.js';
import { expectedDatabaseKind } from '../support/test-database.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe('Reference data over HTTP', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  describe('GET /api/health', () => {
    it('reports the database in use, that it is up, and the applied migrations', async () => {
      const response = await request(t.http).get('/api/health').expect(200);
      expect(response.body).toMatchObject({
        status: 'ok',
        checks: { database: { status: 'up', kind: expectedDatabaseKind(), latencyMs: expect.any(Number) } },
        database: { kind: expectedDatabaseKind() },
        migrations: MIGRATIONS.map((m) => m.name),
      });
      expect(response.body.database.version).toMatch(/^\d+/);
    });
  });

  describe('GET /api/agencies', () => {
    it('answers 400 with a stable code and every offending field', async () => {
      const response = await request(t.http).get('/api/agencies?kind=ministry&activeOn=2020-02-30').expect(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.details.map((d: { path: string }) => d.path).sort()).toEqual(['query.activeOn', 'query.kind']);
    });

    it('answers 400 for a filter it does not know', async () => {
      const response = await request(t.http).get('/api/agencies?name=x').expect(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
    });

    it('lists the Quảng Ngãi agencies of 2020 with codes and Vietnamese names', async () => {
      const response = await request(t.http).get('/api/agencies').expect(200);
      const agencies = response.body as AgencyDto[];
      expect(agencies.length).toBeGreaterThanOrEqual(18);
      const byCode = new Map(agencies.map((a) => [a.code, a]));
      expect(byCode.get('SNV')?.name.vi).toBe('Sở Nội vụ');
      expect(byCode.get('STP')?.name.vi).toBe('Sở Tư pháp');
      expect(byCode.get('STTTT')?.name.vi).toBe('Sở Thông tin và Truyền thông');
      expect(byCode.get('SNgV')?.name).toEqual({ vi: 'Sở Ngoại vụ', en: 'Department of Foreign Affairs' });
    });

    it('filters by kind', async () => {
      const response = await request(t.http).get('/api/agencies?kind=district').expect(200);
      const agencies = response.body as AgencyDto[];
      expect(agencies).toHaveLength(13);
      expect(agencies.every((a) => a.kind === 'district')).toBe(true);
    });

    it('lists departments and boards before districts', async () => {
      const kinds = ((await request(t.http).get('/api/agencies')).body as AgencyDto[]).map((a) => a.kind);
      expect(kinds.lastIndexOf('department')).toBeLessThan(kinds.indexOf('district'));
    });
  });

  describe('GET /api/reform-areas', () => {
    it('returns the six areas of both programmes', async () => {
      const areas = (await request(t.http).get('/api/reform-areas').expect(200)).body as ReformAreaDto[];
      expect(areas).toHaveLength(12);
      expect(areas.filter((a) => a.programme === '30c').map((a) => a.ordinal)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(areas.filter((a) => a.programme === '76').map((a) => a.ordinal)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(areas.find((a) => a.id === '76.4')?.name.vi).toBe('Cải cách chế độ công vụ');
    });

    it('returns the programme in force in a year', async () => {
      const areas = (await request(t.http).get('/api/reform-areas?year=2020').expect(200)).body as ReformAreaDto[];
      expect(new Set(areas.map((a) => a.programme))).toEqual(new Set(['30c']));
    });

    it('returns nothing for a programme not in force that year', async () => {
      await request(t.http).get('/api/reform-areas?year=2020&programme=76').expect(200, []);
    });

    it('rejects an unknown programme', async () => {
      const response = await request(t.http).get('/api/reform-areas?programme=135').expect(400);
      expect(response.body.details[0].path).toBe('query.programme');
    });
  });

  describe('GET /api/periods', () => {
    it('gives the 9-month period of 2020 the seed report window and deadline', async () => {
      const periods = (await request(t.http).get('/api/periods?year=2020&kind=M9').expect(200)).body as ReportingPeriodDto[];
      expect(periods).toEqual([
        expect.objectContaining({
          year: 2020,
          kind: 'M9',
          label: { vi: '9 tháng đầu năm 2020', en: 'First 9 months of 2020' },
          windowFrom: '2019-12-15',
          windowTo: '2020-09-14',
          deadline: '2020-09-20',
        }),
      ]);
    });

    it('seeds four periods a year from 2020 to the current year, in closing order', async () => {
      const periods = (await request(t.http).get('/api/periods').expect(200)).body as ReportingPeriodDto[];
      expect(periods).toHaveLength(4 * 7);
      expect(periods.slice(0, 4).map((p) => p.kind)).toEqual(['Q1', 'H1', 'M9', 'YEAR']);
    });

    it('rejects a malformed year', async () => {
      const response = await request(t.http).get('/api/periods?year=twenty').expect(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
    });
  });

  describe('errors', () => {
    it('answers an unknown API route with a JSON 404', async () => {
      const response = await request(t.http).get('/api/no-such-thing').expect(404);
      expect(response.body).toEqual({ code: 'ROUTE_NOT_FOUND', message: 'No route GET /api/no-such-thing.' });
    });

    it('answers a malformed JSON body with 400 MALFORMED_JSON', async () => {
      const response = await request(t.http)
        .post('/api/agencies')
        .set('content-type', 'application/json')
        .send('{"code": ')
        .expect(400);
      expect(response.body.code).toBe('MALFORMED_JSON');
    });
  });

  describe('OpenAPI', () => {
    it('documents every endpoint, generated from the domain contracts', async () => {
      const document = (await request(t.http).get('/api/docs/json').expect(200)).body;
      expect(Object.keys(document.paths)).toEqual(
        expect.arrayContaining(['/api/health', '/api/agencies', '/api/reform-areas', '/api/periods']),
      );
      const agencyItem = document.paths['/api/agencies'].get.responses['200'].content['application/json'].schema.items;
      expect(agencyItem.properties.kind.enum).toEqual(['department', 'board', 'district', 'commune', 'province']);
    });

    it('serves the interactive documentation page', async () => {
      const response = await request(t.http).get('/api/docs').redirects(1).expect(200);
      expect(response.text).toContain('swagger');
    });
  });

  describe('GET /api/reference-data', () => {
    it('answers the three lists in one, as their own endpoints do, to anyone', async () => {
      const all = (await request(t.http).get('/api/reference-data').expect(200)).body as { agencies: AgencyDto[]; areas: ReformAreaDto[]; periods: ReportingPeriodDto[] };
      expect(all.agencies).toEqual((await request(t.http).get('/api/agencies').expect(200)).body);
      expect(all.areas).toEqual((await request(t.http).get('/api/reform-areas').expect(200)).body);
      expect(all.periods).toEqual((await request(t.http).get('/api/periods').expect(200)).body);
      expect(all.agencies.length).toBeGreaterThan(20);
      expect(all.periods.length).toBeGreaterThan(0);
    });

    it('answers 304 when asked again with its tag, until an agency changes', async () => {
      const tag = (await request(t.http).get('/api/reference-data').expect(200)).headers.etag as string;
      expect(tag).toMatch(/^W\/"r\d+"$/);
      await request(t.http).get('/api/reference-data').set('if-none-match', tag).expect(304);
      await t.dataSource.query(`UPDATE agency SET name_en = name_en || ' ' WHERE code = 'STP'`);
      const changed = await request(t.http).get('/api/reference-data').set('if-none-match', tag).expect(200);
      expect(changed.headers.etag).not.toBe(tag);
      expect((changed.body as { agencies: AgencyDto[] }).agencies.find((a) => a.code === 'STP')?.name.en).toMatch(/ $/);
    });

    it('keeps answering 304 while only reports change, so pages opened again after a write send nothing', async () => {
      const tag = (await request(t.http).get('/api/reference-data').expect(200)).headers.etag as string;
      // What every write of a report does at commit: raise the data version the dashboard's tags carry.
      await t.dataSource.query(`UPDATE data_version_slot SET version = version + 1 WHERE slot = 0`);
      await request(t.http).get('/api/reference-data').set('if-none-match', tag).expect(304);
    });

    it('answers anew when a reform area or a period changes', async () => {
      const tag = (await request(t.http).get('/api/reference-data').expect(200)).headers.etag as string;
      await t.dataSource.query(`UPDATE reform_area SET name_en = name_en || ' ' WHERE ordinal = 1`);
      const renamed = await request(t.http).get('/api/reference-data').set('if-none-match', tag).expect(200);
      expect((renamed.body as { areas: ReformAreaDto[] }).areas.filter((a) => a.name.en.endsWith(' ')).length).toBeGreaterThan(0);
      await t.dataSource.query(`UPDATE reporting_period SET grace_days = grace_days + 1 WHERE id = (SELECT min(id::text)::uuid FROM reporting_period)`);
      const moved = await request(t.http).get('/api/reference-data').set('if-none-match', renamed.headers.etag as string).expect(200);
      expect(moved.headers.etag).not.toBe(renamed.headers.etag);
      const again = await request(t.http).get('/api/reference-data').expect(200);
      expect(again.body).toEqual(moved.body);
      expect(again.headers.etag).toBe(moved.headers.etag);
    });
  });
});
