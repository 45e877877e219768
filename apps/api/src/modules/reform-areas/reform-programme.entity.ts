import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A national master programme for administrative reform (30c/NQ-CP, 76/NQ-CP). */
@Entity({ name: 'reform_programme' })
export class ReformProgrammeEntity {
  @PrimaryColumn({ type: 'varchar', length: 8 })
  code: string;

  @Column({ name: 'resolution_symbol', type: 'varchar', length: 64 })
  resolutionSymbol: string;

  @Column({ name: 'resolution_date', type: 'date' })
  resolutionDate: string;

  @Column({ name: 'from_year', type: 'int' })
  fromYear: number;

  @Column({ name: 'to_year', type: 'int' })
  toYear: number;

  @Column({ name: 'name_vi', type: 'text' })
  nameVi: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;
}
