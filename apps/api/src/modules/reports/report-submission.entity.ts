import type { Finding, Report } from '@cchc/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** What was submitted, as it was: written once at each submission, never updated. */
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
}
