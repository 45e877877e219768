import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reference version also rises when a reform area changes: the reference data's answer, kept
 * in memory and tagged by that version (ReferenceDataService), lists the areas too. Raised the
 * way the other reference tables raise it, by a constraint trigger deferred to commit. The
 * version is raised once now, as the answer's tag changes from the data version to it.
 */
export class ReferenceVersionAreas1765756800000 implements MigrationInterface {
  name = 'ReferenceVersionAreas1765756800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE CONSTRAINT TRIGGER reform_area_reference_version AFTER INSERT OR UPDATE OR DELETE ON reform_area
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION raise_reference_version()`);
    await queryRunner.query(`UPDATE data_version SET reference_version = reference_version + 1`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER reform_area_reference_version ON reform_area`);
    // The version only ever rises: a tag of this release must not match after going back.
    await queryRunner.query(`UPDATE data_version SET reference_version = reference_version + 1`);
  }
}
