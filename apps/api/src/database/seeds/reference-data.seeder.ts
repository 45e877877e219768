import { REFORM_PROGRAMMES, reportingWindow, type StandardPeriodKind } from '@cchc/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { AgencyEntity } from '../../modules/agencies/agency.entity.js';
import { ReportingPeriodEntity } from '../../modules/periods/reporting-period.entity.js';
import { ReformAreaEntity } from '../../modules/reform-areas/reform-area.entity.js';
import { ReformProgrammeEntity } from '../../modules/reform-areas/reform-programme.entity.js';
import { QUANG_NGAI_2020_AGENCIES, QUANG_NGAI_2020_VALID_FROM } from './quang-ngai-2020-agencies.js';

/** The periods Quảng Ngãi's agencies report on each year (the seed report is a 9-month one). */
export const SEEDED_PERIOD_KINDS: readonly StandardPeriodKind[] = ['Q1', 'H1', 'M9', 'YEAR'];
export const FIRST_SEEDED_YEAR = 2020;

export interface SeedSummary {
  programmes: number;
  areas: number;
  agencies: number;
  periods: number;
}

/**
 * Loads the reference data on first start, in one transaction. Programmes and areas come from
 * `@cchc/domain` and are brought up to date on every start; agencies and periods are inserted
 * only into empty tables, so an administrator's later changes are never overwritten.
 */
export async function seedReferenceData(dataSource: DataSource, now: Date): Promise<SeedSummary> {
  return dataSource.transaction(async (manager) => {
    const areas = await upsertProgrammes(manager);
    const agencies = await insertAgenciesIfEmpty(manager);
    const periods = await insertPeriodsIfEmpty(manager, now.getUTCFullYear());
    return { programmes: REFORM_PROGRAMMES.length, areas, agencies, periods };
  });
}

async function upsertProgrammes(manager: EntityManager): Promise<number> {
  await manager.upsert(
    ReformProgrammeEntity,
    REFORM_PROGRAMMES.map((p) => ({
      code: p.code,
      resolutionSymbol: p.resolution.symbol,
      resolutionDate: p.resolution.date,
      fromYear: p.fromYear,
      toYear: p.toYear,
      nameVi: p.name.vi,
      nameEn: p.name.en,
    })),
    { conflictPaths: ['code'], skipUpdateIfNoValuesChanged: true },
  );
  const areas = REFORM_PROGRAMMES.flatMap((p) =>
    p.areas.map((a) => ({ id: a.id, programmeCode: p.code, ordinal: a.ordinal, key: a.key, nameVi: a.name.vi, nameEn: a.name.en })),
  );
  // Rows already as the code has them are left alone: rewriting them would raise the reference
  // version at every start, and every browser would fetch the reference data again.
  await manager.upsert(ReformAreaEntity, areas, { conflictPaths: ['id'], skipUpdateIfNoValuesChanged: true });
  return areas.length;
}

async function insertAgenciesIfEmpty(manager: EntityManager): Promise<number> {
  if ((await manager.count(AgencyEntity)) > 0) return 0;
  await manager.insert(
    AgencyEntity,
    QUANG_NGAI_2020_AGENCIES.map((a) => ({ ...a, parentId: null, validFrom: QUANG_NGAI_2020_VALID_FROM, validTo: null })),
  );
  return QUANG_NGAI_2020_AGENCIES.length;
}

async function insertPeriodsIfEmpty(manager: EntityManager, currentYear: number): Promise<number> {
  if ((await manager.count(ReportingPeriodEntity)) > 0) return 0;
  const rows = [];
  for (let year = FIRST_SEEDED_YEAR; year <= Math.max(currentYear, FIRST_SEEDED_YEAR); year++) {
    for (const kind of SEEDED_PERIOD_KINDS) {
      const window = reportingWindow(year, kind);
      rows.push({
        year,
        kind,
        windowFrom: window.from,
        windowTo: window.to,
        deadline: window.deadline,
        graceDays: 0,
        titleVi: null,
        titleEn: null,
      });
    }
  }
  await manager.insert(ReportingPeriodEntity, rows);
  return rows.length;
}

/** For logs: what the seeder did, or that there was nothing to do. */
export function describeSeed(summary: SeedSummary): string {
  const inserted = [summary.agencies && `${summary.agencies} agencies`, summary.periods && `${summary.periods} periods`].filter(Boolean);
  return inserted.length > 0 ? `Seeded reference data: ${inserted.join(', ')}.` : 'Reference data already present.';
}

