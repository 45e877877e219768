import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts with their role and agency, and the app's own settings (the token signing key). */
export class CreateUsers1764201600000 implements MigrationInterface {
  name = 'CreateUsers1764201600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username varchar(64) NOT NULL,
        password_hash text NOT NULL,
        display_name text NOT NULL,
        role varchar(16) NOT NULL CHECK (role IN ('reporter', 'approver', 'reviewer', 'admin')),
        agency_id uuid REFERENCES agency (id) ON DELETE RESTRICT,
        active boolean NOT NULL DEFAULT true,
        token_version int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- Reporters and approvers act for exactly one agency; reviewers and admins for none.
        CONSTRAINT app_user_agency_role CHECK ((role IN ('reporter', 'approver')) = (agency_id IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX app_user_username_unique ON app_user (lower(username))`);
    await queryRunner.query(`
      CREATE TABLE app_setting (
        key varchar(64) PRIMARY KEY,
        value text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE app_setting`);
    await queryRunner.query(`DROP TABLE app_user`);
  }
}
