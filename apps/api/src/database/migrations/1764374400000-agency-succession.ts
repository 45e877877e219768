import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Administration: who succeeded whom when agencies merge (docs/domain.md §8), a version on
 * agencies, periods and users for optimistic concurrency, a period's deadline never before its
 * window closes, and the log of every change an administrator makes. `audit_entry` stays the
 * report log (its `report_id` is required); `admin_audit` is its counterpart for reference data.
 */
export class AgencySuccession1764374400000 implements MigrationInterface {
  name = 'AgencySuccession1764374400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE agency ADD COLUMN version int NOT NULL DEFAULT 1 CONSTRAINT agency_version_positive CHECK (version >= 1)`);
    await queryRunner.query(
      `ALTER TABLE reporting_period ADD COLUMN version int NOT NULL DEFAULT 1 CONSTRAINT reporting_period_version_positive CHECK (version >= 1)`,
    );
    await queryRunner.query(
      `ALTER TABLE reporting_period ADD CONSTRAINT reporting_period_deadline_after_window CHECK (deadline >= window_to)`,
    );
    await queryRunner.query(`ALTER TABLE app_user ADD COLUMN version int NOT NULL DEFAULT 1 CONSTRAINT app_user_version_positive CHECK (version >= 1)`);

    // Predecessor and successor are both kept (RESTRICT): history is shown as it was reported.
    await queryRunner.query(`
      CREATE TABLE agency_succession (
        predecessor_id uuid NOT NULL REFERENCES agency (id) ON DELETE RESTRICT,
        successor_id uuid NOT NULL REFERENCES agency (id) ON DELETE RESTRICT,
        effective_on date NOT NULL,
        note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT agency_succession_pkey PRIMARY KEY (predecessor_id, successor_id),
        CONSTRAINT agency_succession_not_self CHECK (predecessor_id <> successor_id)
      )`);
    await queryRunner.query(`CREATE INDEX agency_succession_successor_idx ON agency_succession (successor_id)`);

    await queryRunner.query(`
      CREATE TABLE admin_audit (
        id bigserial PRIMARY KEY,
        entity_type varchar(16) NOT NULL CHECK (entity_type IN ('agency', 'user', 'period')),
        entity_id uuid NOT NULL,
        action varchar(16) NOT NULL,
        actor_id uuid NOT NULL REFERENCES app_user (id) ON DELETE RESTRICT,
        at timestamptz NOT NULL DEFAULT now(),
        before jsonb,
        after jsonb
      )`);
    await queryRunner.query(`CREATE INDEX admin_audit_entity_idx ON admin_audit (entity_type, entity_id, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE admin_audit`);
    await queryRunner.query(`DROP TABLE agency_succession`);
    await queryRunner.query(`ALTER TABLE app_user DROP COLUMN version`);
    await queryRunner.query(`ALTER TABLE reporting_period DROP CONSTRAINT reporting_period_deadline_after_window`);
    await queryRunner.query(`ALTER TABLE reporting_period DROP COLUMN version`);
    await queryRunner.query(`ALTER TABLE agency DROP COLUMN version`);
  }
}
