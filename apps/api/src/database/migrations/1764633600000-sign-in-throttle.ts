import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Failed sign-ins, counted per account and per client address in the database so that every
 * replica of the API sees the same counts. `key` is the SHA-256 of the normalised username (a
 * password typed into the username field is never stored) or the client address. Locks are
 * derived from `failures` and `last_failure_at` (sign-in-throttle.policy.ts); rows of counts
 * already forgotten are swept by `last_failure_at`.
 */
export class SignInThrottle1764633600000 implements MigrationInterface {
  name = 'SignInThrottle1764633600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE sign_in_throttle (
        scope varchar(8) NOT NULL CONSTRAINT sign_in_throttle_scope_known CHECK (scope IN ('account', 'address')),
        key varchar(128) NOT NULL,
        failures int NOT NULL DEFAULT 0 CONSTRAINT sign_in_throttle_failures_positive CHECK (failures >= 0),
        last_failure_at timestamptz,
        CONSTRAINT sign_in_throttle_pkey PRIMARY KEY (scope, key)
      )`);
    await queryRunner.query(`CREATE INDEX sign_in_throttle_last_failure_idx ON sign_in_throttle (last_failure_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE sign_in_throttle`);
  }
}
