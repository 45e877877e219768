import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables whose rows the dashboard's answers are computed from. */
const WATCHED = ['report', 'agency', 'agency_succession', 'reporting_period'] as const;

/**
 * One number that changes whenever data the dashboard reads changes: the dashboard's ETag, the
 * same on every API replica since it lives in the database (docs/architecture.md, caching).
 * Raised by a constraint trigger deferred to commit, so a write transaction holds the single row's
 * lock only while it commits, not while it runs (writers would otherwise queue behind each other),
 * and a transaction rolled back never raises it. Each row written raises it once; only its change
 * matters, not its size.
 */
export class DataVersion1765238400000 implements MigrationInterface {
  name = 'DataVersion1765238400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE data_version (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        version bigint NOT NULL CHECK (version > 0)
      )`);
    await queryRunner.query(`INSERT INTO data_version (id, version) VALUES (true, 1)`);
    await queryRunner.query(`
      CREATE FUNCTION raise_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE data_version SET version = version + 1;
        RETURN NULL;
      END
      $$`);
    for (const table of WATCHED) {
      await queryRunner.query(`
        CREATE CONSTRAINT TRIGGER ${table}_data_version AFTER INSERT OR UPDATE OR DELETE ON ${table}
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION raise_data_version()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of WATCHED) await queryRunner.query(`DROP TRIGGER ${table}_data_version ON ${table}`);
    await queryRunner.query(`DROP FUNCTION raise_data_version()`);
    await queryRunner.query(`DROP TABLE data_version`);
  }
}
