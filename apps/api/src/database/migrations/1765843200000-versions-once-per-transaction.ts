import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Counters the data version is the sum of (DataVersionSlots). */
const SLOTS = 16;

/**
 * The data version and the reference version rise once per committed transaction, not once per
 * row it wrote. A tag only has to differ after the commit, whatever its size; a transaction that
 * wrote a thousand reports (an import, a generated scale, a migration) updated the counter a
 * thousand times at commit, each update a new row version of the same row. The triggers still fire
 * for each row (constraint triggers are row triggers); the first one in a transaction marks it in
 * a setting local to the transaction, which the others see. The mark goes with a savepoint rolled
 * back, as the raise does, and with the transaction's end.
 */
export class VersionsOncePerTransaction1765843200000 implements MigrationInterface {
  name = 'VersionsOncePerTransaction1765843200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION raise_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('cchc.data_version_raised', true) = 'on' THEN
          RETURN NULL;
        END IF;
        PERFORM set_config('cchc.data_version_raised', 'on', true);
        UPDATE data_version_slot SET version = version + 1 WHERE slot = pg_backend_pid() % ${SLOTS};
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION raise_reference_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('cchc.reference_version_raised', true) = 'on' THEN
          RETURN NULL;
        END IF;
        PERFORM set_config('cchc.reference_version_raised', 'on', true);
        UPDATE data_version SET reference_version = reference_version + 1;
        RETURN NULL;
      END
      $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION raise_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE data_version_slot SET version = version + 1 WHERE slot = pg_backend_pid() % ${SLOTS};
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION raise_reference_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE data_version SET reference_version = reference_version + 1;
        RETURN NULL;
      END
      $$`);
  }
}
