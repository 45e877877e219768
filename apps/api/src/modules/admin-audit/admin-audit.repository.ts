import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AdminAuditAction, AdminAuditQuery, AdminEntityType } from '@cchc/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { actorOf, selectActor, type AuditActor } from '../../common/audit/audit-change.js';
import { CLOCK, type Clock } from '../../common/clock.js';
import { AdminAuditEntryEntity } from './admin-audit-entry.entity.js';

export interface AdminAuditRecord {
  entityType: AdminEntityType;
  entityId: string;
  action: AdminAuditAction;
  actorId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export type AdminAuditRow = AdminAuditEntryEntity & AuditActor;

@Injectable()
export class AdminAuditRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Records a change inside the transaction that makes it, so neither exists without the other. */
  async record(em: EntityManager, entry: AdminAuditRecord): Promise<void> {
    await em.save(AdminAuditEntryEntity, em.create(AdminAuditEntryEntity, { ...entry, at: this.clock() }));
  }

  /** Newest first. */
  async list(query: AdminAuditQuery): Promise<AdminAuditRow[]> {
    const qb = selectActor(this.dataSource.manager.createQueryBuilder(AdminAuditEntryEntity, 'a'));
    if (query.entityType) qb.andWhere('a.entity_type = :entityType', { entityType: query.entityType });
    if (query.entityId) qb.andWhere('a.entity_id = :entityId', { entityId: query.entityId });
    const rows = await qb.orderBy('a.id', 'DESC').limit(query.limit).getRawAndEntities();
    return rows.entities.map((entity, i) => ({ ...entity, ...actorOf(entity.actorId, rows.raw[i]) }));
  }
}
