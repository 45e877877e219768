import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables of the reference data every dashboard answer starts from. */
const REFERENCE = ['agency', 'agency_succession', 'reporting_period'] as const;

/**
 * A second number beside the data version that changes only when the reference data changes
 * (agencies, their successions, reporting periods): the API keeps the agencies and periods it has
 * read while it is unchanged (DashboardService), so a national dashboard does not read 4,000
 * agencies again after every report write. Raised the way the data version is, by a constraint
 * trigger deferred to commit.
 */
export class ReferenceVersion1765411200000 implements MigrationInterface {
  name = 'ReferenceVersion1765411200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE data_version ADD COLUMN reference_version bigint NOT NULL DEFAULT 1 CHECK (reference_version > 0)`);
    // The dashboard's answers change shape with this release: the tags browsers hold must not
    // match any more (a 304 would hand them an answer of the old shape).
    await queryRunner.query(`UPDATE data_version SET version = version + 1`);
    await queryRunner.query(`
      CREATE FUNCTION raise_reference_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE data_version SET reference_version = reference_version + 1;
        RETURN NULL;
      END
      $$`);
    for (const table of REFERENCE) {
      await queryRunner.query(`
        CREATE CONSTRAINT TRIGGER ${table}_reference_version AFTER INSERT OR UPDATE OR DELETE ON ${table}
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION raise_reference_version()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of REFERENCE) await queryRunner.query(`DROP TRIGGER ${table}_reference_version ON ${table}`);
    await queryRunner.query(`DROP FUNCTION raise_reference_version()`);
    await queryRunner.query(`ALTER TABLE data_version DROP COLUMN reference_version`);
  }
}
