import type { Finding, Registration, Report } from '@cchc/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * What was submitted, as it was: content and findings are written once at each submission and
 * never updated. Only the registration of the latest one may be recorded afterwards.
 */
@Entity({ name: 'report_submission' })
export class ReportSubmissionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @Column({ type: 'int' })
  sequence: number;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'jsonb' })
  content: Report;

  @Column({ type: 'jsonb' })
  findings: Finding[];

  @Column({ name: 'submitted_by', type: 'uuid' })
  submittedBy: string;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;

  /** The number and date of issue of the document sent; null while not registered. */
  @Column({ type: 'jsonb', nullable: true })
  registration: Registration | null;
}
