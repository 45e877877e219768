import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditAction } from '@cchc/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditEntryEntity } from './audit-entry.entity.js';

export interface AuditRow extends AuditEntryEntity {
  actorUsername: string;
}

@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Records a change inside the transaction that makes it, so neither exists without the other. */
  async record(
    em: EntityManager,
    entry: { reportId: string; action: AuditAction; actorId: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null },
  ): Promise<void> {
    await em.save(AuditEntryEntity, em.create(AuditEntryEntity, { ...entry, at: new Date() }));
  }

  async listByReport(reportId: string): Promise<AuditRow[]> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(AuditEntryEntity, 'a')
      .innerJoin('app_user', 'u', 'u.id = a.actor_id')
      .addSelect('u.username', 'actor_username')
      .where('a.report_id = :reportId', { reportId })
      .orderBy('a.id', 'ASC')
      .getRawAndEntities();
    return rows.entities.map((entity, i) => ({ ...entity, actorUsername: String((rows.raw[i] as { actor_username: string }).actor_username) }));
  }
}
