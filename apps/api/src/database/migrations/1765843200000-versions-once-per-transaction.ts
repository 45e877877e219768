import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Counters the data version is the sum of (DataVersionSlots). */
const SLOTS = 16;

/** Each version's trigger function and what it runs to raise the version. */
const RAISES = [
  ['raise_data_version', `UPDATE data_version_slot SET version = version + 1 WHERE slot = pg_backend_pid() % ${SLOTS}`],
  ['raise_reference_version', `UPDATE data_version SET reference_version = reference_version + 1`],
] as const;

/**
 * The trigger function `name`, raising its version with `raise`: at each run, or at the first run
 * of each transaction only, which it marks in a setting local to the transaction.
 */
function triggerFunction(name: string, raise: string, oncePerTransaction: boolean): string {
  const mark = `cchc.${name}_done`;
  const skip = oncePerTransaction
    ? `IF current_setting('${mark}', true) = 'on' THEN
          RETURN NULL;
        END IF;
        PERFORM set_config('${mark}', 'on', true);`
    : '';
  return `
      CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${skip}
        ${raise};
        RETURN NULL;
      END
      $$`;
}

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
    for (const [name, raise] of RAISES) await queryRunner.query(triggerFunction(name, raise, true));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [name, raise] of RAISES) await queryRunner.query(triggerFunction(name, raise, false));
  }
}
