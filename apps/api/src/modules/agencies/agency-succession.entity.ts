import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Agency `predecessorId` was succeeded by `successorId` from `effectiveOn` (docs/domain.md §8). */
@Entity({ name: 'agency_succession' })
export class AgencySuccessionEntity {
  @PrimaryColumn({ name: 'predecessor_id', type: 'uuid' })
  predecessorId: string;

  @PrimaryColumn({ name: 'successor_id', type: 'uuid' })
  successorId: string;

  @Column({ name: 'effective_on', type: 'date' })
  effectiveOn: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
