import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AgencyListQuery } from '@cchc/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../common/errors/app-error.js';
import { versionConflict } from '../../common/errors/version-conflict.js';
import { isUniqueViolation } from '../../common/database/postgres-errors.js';
import { AgencySuccessionEntity } from './agency-succession.entity.js';
import { AgencyEntity } from './agency.entity.js';

export type AgencyFields = Pick<AgencyEntity, 'code' | 'nameVi' | 'nameEn' | 'kind' | 'parentId' | 'validFrom' | 'validTo'>;

/** A succession with the codes of both agencies, for display. */
export interface SuccessionRow extends AgencySuccessionEntity {
  predecessorCode: string;
  successorCode: string;
}

/**
 * The only code that reads and writes agencies and their successions. Write methods take the
 * transaction's EntityManager: with PGlite (one session) a query outside it would deadlock.
 */
/**
 * The order of the agency list, as SQL sort keys of the table aliased `alias`: departments and
 * boards first, then districts and communes, each by code (then the start of validity and the id, so
 * that no two agencies tie). Queries that rank agencies break ties by it, as the list does.
 */
export function agencyListOrder(alias: string): string[] {
  return [
    `CASE ${alias}.kind WHEN 'department' THEN 0 WHEN 'board' THEN 1 WHEN 'district' THEN 2 ELSE 3 END`,
    `${alias}.code`,
    `${alias}.valid_from`,
    `${alias}.id`,
  ];
}

@Injectable()
export class AgencyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string, em: EntityManager = this.dataSource.manager): Promise<AgencyEntity | null> {
    return em.findOneBy(AgencyEntity, { id });
  }

  /** Agencies matching the filters, in agencyListOrder. */
  async list(query: AgencyListQuery): Promise<AgencyEntity[]> {
    const qb = this.dataSource.manager.createQueryBuilder(AgencyEntity, 'agency');
    if (query.kind) qb.andWhere('agency.kind = :kind', { kind: query.kind });
    if (query.activeOn) {
      qb.andWhere('agency.valid_from <= :day AND (agency.valid_to IS NULL OR agency.valid_to >= :day)', {
        day: query.activeOn,
      });
    }
    const [first, ...rest] = agencyListOrder('agency');
    qb.orderBy(first!);
    for (const key of rest) qb.addOrderBy(key);
    return qb.getMany();
  }

  async insert(em: EntityManager, fields: AgencyFields): Promise<AgencyEntity> {
    try {
      return await em.save(AgencyEntity, em.create(AgencyEntity, { ...fields, version: 1 }));
    } catch (error) {
      if (isUniqueViolation(error, 'agency_code_from_unique')) throw duplicateCode(fields.code, fields.validFrom);
      throw error;
    }
  }

  /**
   * Writes the changes only if the stored version is still `expectedVersion`, and raises it by
   * one: of two writers holding the same version exactly one succeeds, the other gets 409.
   */
  async updateVersioned(em: EntityManager, id: string, expectedVersion: number, changes: Partial<AgencyFields>): Promise<AgencyEntity> {
    let affected: number | undefined;
    try {
      const result = await em
        .createQueryBuilder()
        .update(AgencyEntity)
        .set({ ...changes, version: () => 'version + 1' })
        .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
        .execute();
      affected = result.affected;
    } catch (error) {
      if (isUniqueViolation(error, 'agency_code_from_unique')) throw duplicateCode(changes.code ?? '', changes.validFrom ?? '');
      throw error;
    }
    const current = await em.findOneByOrFail(AgencyEntity, { id });
    if (affected !== 1) throw versionConflict('agency', current.version);
    return current;
  }

  /** Another agency using the same code (whatever its case) on some day of [from, to]. */
  findCodeOverlap(em: EntityManager, code: string, from: string, to: string | null, exceptId?: string): Promise<AgencyEntity | null> {
    const qb = em
      .createQueryBuilder(AgencyEntity, 'a')
      .where('lower(a.code) = lower(:code)', { code })
      .andWhere('(a.valid_to IS NULL OR a.valid_to >= :from)', { from })
      .andWhere(to === null ? 'TRUE' : 'a.valid_from <= :to', { to });
    if (exceptId) qb.andWhere('a.id <> :exceptId', { exceptId });
    return qb.orderBy('a.valid_from').getOne();
  }

  /** Periods (by their data cut-off) this agency has reports for outside [from, to]. */
  async reportCutoffsOutside(em: EntityManager, agencyId: string, from: string, to: string | null): Promise<string[]> {
    const rows: { window_to: string }[] = await em.query(
      `SELECT DISTINCT to_char(p.window_to, 'YYYY-MM-DD') AS window_to
         FROM report r JOIN reporting_period p ON p.id = r.period_id
        WHERE r.agency_id = $1 AND (p.window_to < $2::date OR ($3::date IS NOT NULL AND p.window_to > $3::date))
        ORDER BY 1`,
      [agencyId, from, to],
    );
    return rows.map((r) => r.window_to);
  }

  /** Whether `ancestorId` is `agencyId` or one of its parents, grandparents... */
  async isSelfOrAncestor(em: EntityManager, ancestorId: string, agencyId: string): Promise<boolean> {
    const rows: { found: boolean }[] = await em.query(
      `WITH RECURSIVE chain (id, parent_id, depth) AS (
         SELECT id, parent_id, 0 FROM agency WHERE id = $1
         UNION ALL
         SELECT a.id, a.parent_id, c.depth + 1 FROM agency a JOIN chain c ON a.id = c.parent_id WHERE c.depth < 64
       )
       SELECT EXISTS (SELECT 1 FROM chain WHERE id = $2) AS found`,
      [agencyId, ancestorId],
    );
    return rows[0]?.found === true;
  }

  /** Every succession in which one of these agencies is predecessor or successor. */
  async successionsOf(agencyIds: readonly string[], em: EntityManager = this.dataSource.manager): Promise<SuccessionRow[]> {
    if (agencyIds.length === 0) return [];
    const rows = await em
      .createQueryBuilder(AgencySuccessionEntity, 's')
      .innerJoin(AgencyEntity, 'p', 'p.id = s.predecessor_id')
      .innerJoin(AgencyEntity, 'n', 'n.id = s.successor_id')
      .addSelect('p.code', 'predecessor_code')
      .addSelect('n.code', 'successor_code')
      .where('s.predecessor_id IN (:...ids) OR s.successor_id IN (:...ids)', { ids: agencyIds })
      .orderBy('s.effective_on')
      .addOrderBy('n.code')
      .addOrderBy('p.code')
      .getRawAndEntities();
    return rows.entities.map((entity, i) => {
      const raw = rows.raw[i] as { predecessor_code: string; successor_code: string };
      return { ...entity, predecessorCode: raw.predecessor_code, successorCode: raw.successor_code };
    });
  }

  async insertSuccession(em: EntityManager, succession: Omit<AgencySuccessionEntity, 'createdAt'>): Promise<void> {
    try {
      await em.insert(AgencySuccessionEntity, succession);
    } catch (error) {
      if (isUniqueViolation(error, 'agency_succession_pkey')) {
        throw new AppError('CONFLICT', 'This succession is already recorded.');
      }
      throw error;
    }
  }
}

function duplicateCode(code: string, validFrom: string): AppError {
  return new AppError('CONFLICT', `An agency with the code "${code}" valid from ${validFrom} already exists.`, [
    { path: 'body.code', message: 'Already used from this date.' },
  ]);
}
