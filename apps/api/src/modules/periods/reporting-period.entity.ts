import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PeriodKind } from '@cchc/domain';

/**
 * A reporting period with its data window and deadline. Windows and deadlines are stored, not
 * derived, because provinces may set their own (docs/domain.md §4); the domain gives the defaults.
 */
@Entity({ name: 'reporting_period' })
export class ReportingPeriodEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'varchar', length: 8 })
  kind: PeriodKind;

  @Column({ name: 'window_from', type: 'date' })
  windowFrom: string;

  @Column({ name: 'window_to', type: 'date' })
  windowTo: string;

  @Column({ type: 'date' })
  deadline: string;

  @Column({ name: 'grace_days', type: 'int', default: 0 })
  graceDays: number;

  /** Only ad hoc periods carry a title of their own; the others are labelled by the domain. */
  @Column({ name: 'title_vi', type: 'text', nullable: true })
  titleVi: string | null;

  @Column({ name: 'title_en', type: 'text', nullable: true })
  titleEn: string | null;

  /** Raised by one on every change: a write carrying an older version is refused (409). */
  @Column({ type: 'int', default: 1 })
  version: number;
}
