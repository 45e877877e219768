import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PeriodListQuery } from '@cchc/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../common/errors/app-error.js';
import { versionConflict } from '../../common/errors/version-conflict.js';
import { isUniqueViolation } from '../../common/database/postgres-errors.js';
import { ReportingPeriodEntity } from './reporting-period.entity.js';

export type PeriodFields = Pick<
  ReportingPeriodEntity,
  'year' | 'kind' | 'windowFrom' | 'windowTo' | 'deadline' | 'graceDays' | 'titleVi' | 'titleEn'
>;
export type PeriodChanges = Partial<Pick<PeriodFields, 'windowFrom' | 'windowTo' | 'deadline' | 'graceDays' | 'titleVi' | 'titleEn'>>;

/**
 * The only code that reads and writes reporting periods. Write methods take the transaction's
 * EntityManager: with PGlite (one session) a query outside it would deadlock.
 */
@Injectable()
export class ReportingPeriodRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string, em: EntityManager = this.dataSource.manager): Promise<ReportingPeriodEntity | null> {
    return em.findOneBy(ReportingPeriodEntity, { id });
  }

  /** Periods matching the filters, in the order their windows close. */
  list(query: PeriodListQuery): Promise<ReportingPeriodEntity[]> {
    return this.dataSource.manager.find(ReportingPeriodEntity, {
      where: { ...(query.year !== undefined ? { year: query.year } : {}), ...(query.kind ? { kind: query.kind } : {}) },
      order: { year: 'ASC', windowTo: 'ASC', windowFrom: 'DESC' },
    });
  }

  async insert(em: EntityManager, fields: PeriodFields): Promise<ReportingPeriodEntity> {
    try {
      return await em.save(ReportingPeriodEntity, em.create(ReportingPeriodEntity, { ...fields, version: 1 }));
    } catch (error) {
      if (isUniqueViolation(error, 'reporting_period_year_kind_unique')) {
        throw new AppError('CONFLICT', `There is already a ${fields.kind} period for ${fields.year}.`, [
          { path: 'body.kind', message: 'One period of each standard kind a year.' },
        ]);
      }
      throw error;
    }
  }

  /** Writes the changes only if the stored version is still `expectedVersion`, and raises it. */
  async updateVersioned(em: EntityManager, id: string, expectedVersion: number, changes: PeriodChanges): Promise<ReportingPeriodEntity> {
    const result = await em
      .createQueryBuilder()
      .update(ReportingPeriodEntity)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
      .execute();
    const current = await em.findOneByOrFail(ReportingPeriodEntity, { id });
    if (result.affected !== 1) throw versionConflict('period', current.version);
    return current;
  }
}
