import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditAction } from '@cchc/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { actorOf, selectActor, type AuditActor } from '../../common/audit/audit-change.js';
import { CLOCK, type Clock } from '../../common/clock.js';
import { AuditEntryEntity } from './audit-entry.entity.js';

export type AuditRow = AuditEntryEntity & AuditActor;

@Injectable()
export class AuditRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Records a change inside the transaction that makes it, so neither exists without the other. */
  async record(
    em: EntityManager,
    entry: { reportId: string; action: AuditAction; actorId: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null },
  ): Promise<void> {
    // One plain INSERT: every write makes one, and the ORM's save would also build and reload an entity.
    await em.query(`INSERT INTO audit_entry (report_id, action, actor_id, at, before, after) VALUES ($1, $2, $3, $4, $5, $6)`, [
      entry.reportId,
      entry.action,
      entry.actorId,
      this.clock(),
      entry.before === null ? null : JSON.stringify(entry.before),
      entry.after === null ? null : JSON.stringify(entry.after),
    ]);
  }

  async listByReport(reportId: string): Promise<AuditRow[]> {
    const rows = await selectActor(this.dataSource.manager.createQueryBuilder(AuditEntryEntity, 'a'))
      .where('a.report_id = :reportId', { reportId })
      .orderBy('a.id', 'ASC')
      .getRawAndEntities();
    return rows.entities.map((entity, i) => ({ ...entity, ...actorOf(entity.actorId, rows.raw[i]) }));
  }
}
