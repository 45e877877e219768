import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { actorOf, selectActor, type AuditActor } from '../../common/audit/audit-change.js';
import { CLOCK, type Clock } from '../../common/clock.js';
import { isUniqueViolation } from '../../common/database/postgres-errors.js';
import { AppError } from '../../common/errors/app-error.js';
import { versionConflict } from '../../common/errors/version-conflict.js';
import { CompilationAuditEntity, CompilationEntity } from './compilation.entity.js';

export type CompilationChanges = Partial<Pick<CompilationEntity, 'content' | 'snapshot' | 'refreshedAt'>>;
export type CompilationAuditRow = CompilationAuditEntity & AuditActor;

/**
 * The only code that reads and writes compilations. Write methods take the transaction's
 * EntityManager (see Transactions: PGlite is one session).
 */
@Injectable()
export class CompilationRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  findById(id: string, em: EntityManager = this.dataSource.manager): Promise<CompilationEntity | null> {
    return em.findOneBy(CompilationEntity, { id });
  }

  findByPeriod(periodId: string): Promise<CompilationEntity | null> {
    return this.dataSource.manager.findOneBy(CompilationEntity, { periodId });
  }

  list(periodId?: string): Promise<CompilationEntity[]> {
    return this.dataSource.manager.find(CompilationEntity, { where: periodId ? { periodId } : {}, order: { updatedAt: 'DESC', id: 'ASC' } });
  }

  async insert(em: EntityManager, compilation: Pick<CompilationEntity, 'periodId' | 'content' | 'snapshot' | 'createdBy'>): Promise<CompilationEntity> {
    const now = this.clock();
    try {
      return await em.save(CompilationEntity, em.create(CompilationEntity, { ...compilation, version: 1, createdAt: now, updatedAt: now, refreshedAt: now }));
    } catch (error) {
      // Another request compiled the period between the service's check and this insert.
      if (isUniqueViolation(error, 'compilation_period_unique')) throw new AppError('COMPILATION_EXISTS', 'This period already has a compiled report.');
      throw error;
    }
  }

  /** Writes the changes only if the stored version is still `expectedVersion`, raising it by one; 409 otherwise. */
  async updateVersioned(em: EntityManager, id: string, expectedVersion: number, changes: CompilationChanges): Promise<CompilationEntity> {
    const result = await em
      .createQueryBuilder()
      .update(CompilationEntity)
      .set({ ...changes, version: () => 'version + 1', updatedAt: this.clock() })
      .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
      .execute();
    const current = await em.findOneByOrFail(CompilationEntity, { id });
    if (result.affected !== 1) throw versionConflict('compiled report', current.version);
    return current;
  }

  /** Records a change inside the transaction that makes it. */
  async record(em: EntityManager, entry: Pick<CompilationAuditEntity, 'compilationId' | 'action' | 'actorId' | 'before' | 'after'>): Promise<void> {
    await em.save(CompilationAuditEntity, em.create(CompilationAuditEntity, { ...entry, at: this.clock() }));
  }

  async audit(compilationId: string): Promise<CompilationAuditRow[]> {
    const rows = await selectActor(this.dataSource.manager.createQueryBuilder(CompilationAuditEntity, 'a'))
      .where('a.compilation_id = :compilationId', { compilationId })
      .orderBy('a.id', 'ASC')
      .getRawAndEntities();
    return rows.entities.map((entity, i) => ({ ...entity, ...actorOf(entity.actorId, rows.raw[i]) }));
  }
}
