import { AgencyRepository } from '../../src/modules/agencies/agency.repository.js';
import { AgencyEntity } from '../../src/modules/agencies/agency.entity.js';
import { ReportingPeriodEntity } from '../../src/modules/periods/reporting-period.entity.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe('Administration tables (real PostgreSQL or PGlite)', () => {
  let t: TestApp;
  let stp: AgencyEntity;
  let sngv: AgencyEntity;

  beforeAll(async () => {
    t = await createTestApp();
    stp = await t.dataSource.getRepository(AgencyEntity).findOneByOrFail({ code: 'STP' });
    sngv = await t.dataSource.getRepository(AgencyEntity).findOneByOrFail({ code: 'SNgV' });
  });

  afterAll(async () => {
    await t.close();
  });

  describe('constraints', () => {
    it('starts every seeded agency, period and user at version 1', async () => {
      const rows: { n: number }[] = await t.dataSource.query(
        `SELECT (SELECT count(*) FROM agency WHERE version <> 1) + (SELECT count(*) FROM reporting_period WHERE version <> 1) AS n`,
      );
      expect(Number(rows[0]?.n)).toBe(0);
    });

    it('refuses an agency succeeding itself', async () => {
      await expect(
        t.dataSource.query(`INSERT INTO agency_succession (predecessor_id, successor_id, effective_on) VALUES ($1, $1, '2025-03-01')`, [stp.id]),
      ).rejects.toThrow(/agency_succession_not_self/);
    });

    it('refuses a deadline before the data window closes', async () => {
      await expect(
        t.dataSource.getRepository(ReportingPeriodEntity).insert({ year: 2031, kind: 'Q1', windowFrom: '2030-12-15', windowTo: '2031-03-14', deadline: '2031-03-01' }),
      ).rejects.toThrow(/reporting_period_deadline_after_window/);
    });
  });

  describe(AgencyRepository.name, () => {
    const repository = (): AgencyRepository => t.app.get(AgencyRepository);

    describe('findCodeOverlap', () => {
      it('finds the agency using a code on some day of an interval, whatever the case', async () => {
        const em = t.dataSource.manager;
        expect((await repository().findCodeOverlap(em, 'sngv', '2019-01-01', null))?.id).toBe(sngv.id);
        expect(await repository().findCodeOverlap(em, 'SNgV', '2010-01-01', '2019-12-31')).toBeNull();
        expect(await repository().findCodeOverlap(em, 'SNgV', '2020-01-01', null, sngv.id)).toBeNull();
      });
    });

    describe('successionsOf', () => {
      it('returns the successions of the agencies given, with both codes', async () => {
        await t.dataSource.query(`INSERT INTO agency_succession (predecessor_id, successor_id, effective_on, note) VALUES ($1, $2, '2025-03-01', 'test')`, [
          sngv.id,
          stp.id,
        ]);
        const rows = await repository().successionsOf([stp.id]);
        expect(rows).toEqual([
          expect.objectContaining({ predecessorId: sngv.id, successorId: stp.id, predecessorCode: 'SNgV', successorCode: 'STP', effectiveOn: '2025-03-01', note: 'test' }),
        ]);
        expect(await repository().successionsOf([])).toEqual([]);
      });
    });

    describe('isSelfOrAncestor', () => {
      it('follows the parent chain', async () => {
        const child = await t.dataSource
          .getRepository(AgencyEntity)
          .save({ code: 'CHILD', nameVi: 'C', nameEn: 'C', kind: 'commune', parentId: stp.id, validFrom: '2020-01-01', validTo: null });
        expect(await repository().isSelfOrAncestor(t.dataSource.manager, stp.id, child.id)).toBe(true);
        expect(await repository().isSelfOrAncestor(t.dataSource.manager, child.id, stp.id)).toBe(false);
        expect(await repository().isSelfOrAncestor(t.dataSource.manager, stp.id, stp.id)).toBe(true);
        expect(await repository().isSelfOrAncestor(t.dataSource.manager, sngv.id, stp.id)).toBe(false);
      });
    });
  });
});
