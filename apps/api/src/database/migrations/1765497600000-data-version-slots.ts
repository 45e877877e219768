import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Counters the data version is the sum of: more than the connections a pool of one API holds. */
const SLOTS = 16;

/**
 * The data version becomes the sum of sixteen counters, each write raising the one of its
 * database session (its backend's process id modulo 16). With one counter every writing
 * transaction took the same row's lock at commit and held it through the flush of the log: commits
 * queued behind each other one at a time, and at 50 clients the writers spent more time waiting
 * for that lock than working. The sum still rises with every committed write and never otherwise,
 * so it remains the dashboard's tag (docs/architecture.md, Dashboard). The reference version stays
 * one number in data_version: its writes are rare.
 */
export class DataVersionSlots1765497600000 implements MigrationInterface {
  name = 'DataVersionSlots1765497600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE data_version_slot (
        slot smallint PRIMARY KEY CHECK (slot >= 0 AND slot < ${SLOTS}),
        version bigint NOT NULL CHECK (version >= 0)
      )`);
    // The sum starts above the single version, so no tag a browser holds matches again: the
    // comparison charts' answers change shape with this release.
    await queryRunner.query(`
      INSERT INTO data_version_slot (slot, version)
      SELECT s, CASE WHEN s = 0 THEN (SELECT version + 1 FROM data_version) ELSE 0 END FROM generate_series(0, ${SLOTS - 1}) s`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION raise_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE data_version_slot SET version = version + 1 WHERE slot = pg_backend_pid() % ${SLOTS};
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`ALTER TABLE data_version DROP COLUMN version`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE data_version ADD COLUMN version bigint NOT NULL DEFAULT 1 CHECK (version > 0)`);
    await queryRunner.query(`UPDATE data_version SET version = (SELECT sum(version) + 1 FROM data_version_slot)`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION raise_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE data_version SET version = version + 1;
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`DROP TABLE data_version_slot`);
  }
}
