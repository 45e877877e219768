import type { AdminAuditAction, AdminEntityType } from '@cchc/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One change an administrator made to an agency, a user or a period. */
@Entity({ name: 'admin_audit' })
export class AdminAuditEntryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'entity_type', type: 'varchar', length: 16 })
  entityType: AdminEntityType;

  @Column({ name: 'entity_id', type: 'uuid' })
  entityId: string;

  @Column({ type: 'varchar', length: 16 })
  action: AdminAuditAction;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;
}
