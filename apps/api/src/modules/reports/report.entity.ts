import type { CorrectionRound, Report, ReportStatus } from '@cchc/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export interface StoredReturnReason {
  path: string | null;
  message: string;
}

@Entity({ name: 'report' })
export class ReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ name: 'period_id', type: 'uuid' })
  periodId: string;

  @Column({ type: 'varchar', length: 16 })
  status: ReportStatus;

  @Column({ type: 'int' })
  version: number;

  /** The report content, validated against the domain's ReportSchema before every write. */
  @Column({ type: 'jsonb' })
  content: Report;

  @Column({ name: 'error_count', type: 'int' })
  errorCount: number;

  @Column({ name: 'warning_count', type: 'int' })
  warningCount: number;

  /** The latest submission. */
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  /** The first submission: it alone decides the timing and fixes the report's date (docs/domain.md §13). */
  @Column({ name: 'first_submitted_at', type: 'timestamptz', nullable: true })
  firstSubmittedAt: Date | null;

  /** The latest return for correction. */
  @Column({ name: 'returned_at', type: 'timestamptz', nullable: true })
  returnedAt: Date | null;

  /** When a reporter last put the draft before the approver for signature ("Trình ký"); cleared by a submission. */
  @Column({ name: 'signature_requested_at', type: 'timestamptz', nullable: true })
  signatureRequestedAt: Date | null;

  /** One round per resubmission after a return, oldest first. */
  @Column({ type: 'jsonb' })
  corrections: CorrectionRound[];

  /** The timing of the first submission. */
  @Column({ name: 'submission_timing', type: 'varchar', length: 16, nullable: true })
  submissionTiming: 'ON_TIME' | 'LATE' | 'AFTER_GRACE' | null;

  @Column({ name: 'days_late', type: 'int', nullable: true })
  daysLate: number | null;

  @Column({ name: 'return_reasons', type: 'jsonb' })
  returnReasons: StoredReturnReason[];

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
