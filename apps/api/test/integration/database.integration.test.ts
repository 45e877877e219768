import { AgencyRepository } from '../../src/modules/agencies/agency.repository.js';
import { AgencyEntity } from '../../src/modules/agencies/agency.entity.js';
import { ReformAreaEntity } from '../../src/modules/reform-areas/reform-area.entity.js';
import { ReportingPeriodEntity } from '../../src/modules/periods/reporting-period.entity.js';
import { MIGRATIONS } from '../../src/database/migrations/index.js';
import { seedReferenceData } from '../../src/database/seeds/reference-data.seeder.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe('Database (real PostgreSQL or PGlite)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  describe(AgencyRepository.name, () => {
    it('lists only the agencies in existence on a day', async () => {
      const agencies = t.dataSource.getRepository(AgencyEntity);
      await agencies.insert({
        code: 'SKHĐT',
        nameVi: 'Sở Kế hoạch và Đầu tư (lịch sử)',
        nameEn: 'Department of Planning and Investment (history)',
        kind: 'department',
        parentId: null,
        validFrom: '2010-01-01',
        validTo: '2019-12-31',
      });
      const repository = t.app.get(AgencyRepository);
      const in2015 = await repository.list({ activeOn: '2015-06-01' });
      const in2020 = await repository.list({ activeOn: '2020-06-01' });
      expect(in2015.map((a) => a.code)).toEqual(['SKHĐT']);
      expect(in2020.some((a) => a.nameVi.includes('lịch sử'))).toBe(false);
      // 33 reporting agencies and the province itself.
      expect(in2020.length).toBe(34);
    });
  });

  describe('constraints', () => {
    it('refuses a second standard period of the same kind in a year', async () => {
      const periods = t.dataSource.getRepository(ReportingPeriodEntity);
      await expect(
        periods.insert({ year: 2020, kind: 'M9', windowFrom: '2019-12-15', windowTo: '2020-09-14', deadline: '2020-09-20' }),
      ).rejects.toThrow(/reporting_period_year_kind_unique/);
    });

    it('refuses an agency whose validity ends before it starts', async () => {
      await expect(
        t.dataSource.getRepository(AgencyEntity).insert({
          code: 'X',
          nameVi: 'X',
          nameEn: 'X',
          kind: 'board',
          parentId: null,
          validFrom: '2021-01-01',
          validTo: '2020-01-01',
        }),
      ).rejects.toThrow(/agency_valid_interval/);
    });
  });

  describe(seedReferenceData.name, () => {
    it('inserts nothing on a second start and keeps the areas up to date', async () => {
      const summary = await seedReferenceData(t.dataSource, new Date('2030-01-01T00:00:00Z'));
      expect(summary).toMatchObject({ agencies: 0, periods: 0, areas: 12 });
      expect(await t.dataSource.getRepository(ReformAreaEntity).count()).toBe(12);
    });

    it('leaves the reference version alone when the programmes and areas are as the code has them, so browsers keep the reference data across restarts', async () => {
      const referenceNow = async (): Promise<number> => Number((await t.dataSource.query('SELECT reference_version FROM data_version'))[0].reference_version);
      const before = await referenceNow();
      await seedReferenceData(t.dataSource, new Date('2030-01-01T00:00:00Z'));
      expect(await referenceNow()).toBe(before);
      // An area changed in the database is put back, and the version says so.
      const [area] = await t.dataSource.query(`SELECT id, name_vi FROM reform_area ORDER BY id LIMIT 1`);
      await t.dataSource.query(`UPDATE reform_area SET name_vi = 'Tên khác' WHERE id = $1`, [area.id]);
      const changed = await referenceNow();
      await seedReferenceData(t.dataSource, new Date('2030-01-01T00:00:00Z'));
      expect(await referenceNow()).toBeGreaterThan(changed);
      expect((await t.dataSource.query(`SELECT name_vi FROM reform_area WHERE id = $1`, [area.id]))[0].name_vi).toBe(area.name_vi);
    });
  });

  describe('compression of documents', () => {
    it('stores the documents (reports, their submissions, audit entries, compilations, imports) with lz4 where the server has it', async () => {
      const [{ lz4 }] = await t.dataSource.query(`SELECT 'lz4' = ANY(enumvals) AS lz4 FROM pg_settings WHERE name = 'default_toast_compression'`);
      const columns: { column: string; compression: string }[] = await t.dataSource.query(`
        SELECT c.relname || '.' || a.attname AS column, a.attcompression AS compression
        FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND c.relkind = 'r' AND NOT a.attisdropped AND a.attnum > 0
          AND (c.relname, a.attname) IN (('report', 'content'), ('report_submission', 'content'), ('audit_entry', 'before'), ('audit_entry', 'after'),
            ('compilation', 'content'), ('compilation', 'snapshot'), ('compilation_audit', 'before'), ('compilation_audit', 'after'),
            ('report_import', 'text'), ('report_import', 'extraction'))
        ORDER BY 1`);
      expect(columns).toHaveLength(10);
      // 'l' is lz4; '' is the server's default, pglz (the embedded database has no lz4).
      for (const { column, compression } of columns) expect({ column, compression }).toEqual({ column, compression: lz4 ? 'l' : '' });
    });
  });

  describe('migrations', () => {
    it('reverts every migration and re-applies them cleanly', async () => {
      const count = (await t.dataSource.query('SELECT count(*)::int AS n FROM migrations'))[0].n as number;
      for (let i = 0; i < count; i++) await t.dataSource.undoLastMigration({ transaction: 'each' });
      const tables: { n: string }[] = await t.dataSource.query(
        `SELECT count(*)::text AS n FROM information_schema.tables WHERE table_name IN ('agency', 'app_user', 'report', 'audit_entry')`,
      );
      expect(tables[0]?.n).toBe('0');
      const applied = await t.dataSource.runMigrations({ transaction: 'each' });
      expect(applied.map((m) => m.name)).toEqual(MIGRATIONS.map((m) => m.name));
      await seedReferenceData(t.dataSource, new Date('2026-11-26T00:00:00Z'));
    });

    it('raises the versions the tags carry when answers change shape, and again going back: no version ever falls', async () => {
      const versions = async (): Promise<[number, number]> => {
        const [row] = await t.dataSource.query('SELECT (SELECT sum(version) FROM data_version_slot) AS data, (SELECT reference_version FROM data_version) AS reference');
        return [Number(row.data), Number(row.reference)];
      };
      // The migrations that change an answer's shape, and every one after them.
      const names = MIGRATIONS.map((m) => m.name);
      const undone = names.slice(names.indexOf('LeanStatusCells1765670400000'));
      expect(undone).toContain('ReferenceVersionAreas1765756800000');
      const [data, reference] = await versions();
      for (let i = 0; i < undone.length; i++) await t.dataSource.undoLastMigration({ transaction: 'each' });
      const [dataReverted, referenceReverted] = await versions();
      expect(dataReverted).toBeGreaterThan(data);
      expect(referenceReverted).toBeGreaterThan(reference);
      expect((await t.dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name)).toEqual(undone);
      const [dataAgain, referenceAgain] = await versions();
      expect(dataAgain).toBeGreaterThan(dataReverted);
      expect(referenceAgain).toBeGreaterThan(referenceReverted);
    });
  });
});
