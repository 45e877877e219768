import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AgencyKind } from '@cchc/domain';

/** A reporting unit for the span of time it existed (docs/domain.md §8: agencies merge and split). */
@Entity({ name: 'agency' })
export class AgencyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ name: 'name_vi', type: 'text' })
  nameVi: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  @Column({ type: 'varchar', length: 16 })
  kind: AgencyKind;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom: string;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  /** Raised by one on every change: a write carrying an older version is refused (409). */
  @Column({ type: 'int', default: 1 })
  version: number;
}
