import type { ImportFormat, ImportStatus, ReportExtraction } from '@cchc/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One uploaded report file, what was read from it, and the report it became once confirmed. */
@Entity({ name: 'report_import' })
export class ReportImportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  /** The agency it is for: an agency user's own, what the text names, then what was confirmed. */
  @Column({ name: 'agency_id', type: 'uuid', nullable: true })
  agencyId: string | null;

  @Column({ name: 'period_id', type: 'uuid', nullable: true })
  periodId: string | null;

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  /** SHA-256 of the file's bytes, hex. */
  @Column({ name: 'file_hash', type: 'char', length: 64 })
  fileHash: string;

  @Column({ type: 'varchar', length: 8 })
  format: ImportFormat;

  /** The file's size in bytes. */
  @Column({ type: 'int' })
  size: number;

  /** The text read from the file, as the extractor was given it. */
  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'jsonb' })
  extraction: ReportExtraction;

  @Column({ type: 'varchar', length: 16 })
  status: ImportStatus;

  @Column({ name: 'report_id', type: 'uuid', nullable: true })
  reportId: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;
}
