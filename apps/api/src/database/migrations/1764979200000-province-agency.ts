import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The province is an agency of the tree (kind `province`): its People's Committee issues the
 * province's compiled report (docs/domain.md §12) and reports to the Ministry, not to itself.
 */
export class ProvinceAgency1764979200000 implements MigrationInterface {
  name = 'ProvinceAgency1764979200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE agency DROP CONSTRAINT agency_kind_check`);
    await queryRunner.query(`ALTER TABLE agency ADD CONSTRAINT agency_kind_check CHECK (kind IN ('department', 'board', 'district', 'commune', 'province'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM agency WHERE kind = 'province'`);
    await queryRunner.query(`ALTER TABLE agency DROP CONSTRAINT agency_kind_check`);
    await queryRunner.query(`ALTER TABLE agency ADD CONSTRAINT agency_kind_check CHECK (kind IN ('department', 'board', 'district', 'commune'))`);
  }
}
