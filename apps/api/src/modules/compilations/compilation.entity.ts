import type { CompilationContent, CompilationSnapshot } from '@cchc/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The province's compiled report of a period: Home Affairs' text apart from what is computed. */
@Entity({ name: 'compilation' })
export class CompilationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'period_id', type: 'uuid' })
  periodId: string;

  @Column({ type: 'int' })
  version: number;

  /** What Home Affairs writes, validated against CompilationContentSchema before every write. */
  @Column({ type: 'jsonb' })
  content: CompilationContent;

  /** What `compileProvinceReport` computed from the agencies' reports at the last compile or refresh. */
  @Column({ type: 'jsonb' })
  snapshot: CompilationSnapshot;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'refreshed_at', type: 'timestamptz' })
  refreshedAt: Date;
}

/** One change to a compilation: created, its text edited, or its figures recomputed. */
@Entity({ name: 'compilation_audit' })
export class CompilationAuditEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'compilation_id', type: 'uuid' })
  compilationId: string;

  @Column({ type: 'varchar', length: 16 })
  action: 'CREATE' | 'UPDATE' | 'REFRESH';

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'jsonb', nullable: true })
  before: unknown;

  @Column({ type: 'jsonb', nullable: true })
  after: unknown;
}
