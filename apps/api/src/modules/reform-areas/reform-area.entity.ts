import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One of a programme's six areas; `key` is shared by the areas the crosswalk maps together. */
@Entity({ name: 'reform_area' })
export class ReformAreaEntity {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  id: string;

  @Column({ name: 'programme_code', type: 'varchar', length: 8 })
  programmeCode: string;

  @Column({ type: 'int' })
  ordinal: number;

  @Column({ type: 'varchar', length: 32 })
  key: string;

  @Column({ name: 'name_vi', type: 'text' })
  nameVi: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;
}
