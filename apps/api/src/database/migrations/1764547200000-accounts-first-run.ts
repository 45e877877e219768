import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * First run and a person's own password. `setup_code` holds the one-time codes that let whoever
 * reads the server's log create the first administrator in the browser: only their SHA-256 hash,
 * with the count of wrong codes tried, shared by every replica of the API. `must_change_password`
 * is set when an administrator resets a password: the user chooses their own at the next sign-in.
 */
export class AccountsFirstRun1764547200000 implements MigrationInterface {
  name = 'AccountsFirstRun1764547200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE app_user ADD COLUMN must_change_password boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`
      CREATE TABLE setup_code (
        code_hash char(64) PRIMARY KEY,
        failed_attempts int NOT NULL DEFAULT 0 CONSTRAINT setup_code_failed_attempts_positive CHECK (failed_attempts >= 0),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE setup_code`);
    await queryRunner.query(`ALTER TABLE app_user DROP COLUMN must_change_password`);
  }
}
