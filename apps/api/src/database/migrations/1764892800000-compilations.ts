import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The province's compiled report, one per period (docs/domain.md §12): what Home Affairs writes
 * (`content`, versioned for optimistic concurrency) apart from what is computed from the agencies'
 * reports (`snapshot`, recomputed on refresh), and the audit log of every change to it.
 */
export class Compilations1764892800000 implements MigrationInterface {
  name = 'Compilations1764892800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE compilation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        period_id uuid NOT NULL REFERENCES reporting_period (id) ON DELETE RESTRICT,
        version int NOT NULL DEFAULT 1 CHECK (version >= 1),
        content jsonb NOT NULL,
        snapshot jsonb NOT NULL,
        created_by uuid NOT NULL REFERENCES app_user (id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        refreshed_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT compilation_period_unique UNIQUE (period_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE compilation_audit (
        id bigserial PRIMARY KEY,
        compilation_id uuid NOT NULL REFERENCES compilation (id) ON DELETE CASCADE,
        action varchar(16) NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'REFRESH')),
        actor_id uuid NOT NULL REFERENCES app_user (id) ON DELETE RESTRICT,
        at timestamptz NOT NULL DEFAULT now(),
        before jsonb,
        after jsonb
      )`);
    await queryRunner.query(`CREATE INDEX compilation_audit_idx ON compilation_audit (compilation_id, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE compilation_audit`);
    await queryRunner.query(`DROP TABLE compilation`);
  }
}
