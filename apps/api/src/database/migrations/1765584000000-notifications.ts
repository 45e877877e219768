import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = ['READY_FOR_SIGNATURE', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'DEADLINE_SOON', 'DEADLINE_PASSED', 'OVERDUE_LIST', 'REMINDER_LETTER'];
const kindList = KINDS.map((kind) => `'${kind}'`).join(', ');

/**
 * What tells people that something waits for them (docs/domain.md §16):
 * - each user's e-mail address and the kinds of notification that also reach them by e-mail
 *   (every kind to start with: having given an address is the choice to receive mail);
 * - `notification`: one row per recipient, unread until read_at; it names the report, agency and
 *   period it is about, so a deleted report leaves the notification without its link;
 * - `notification_email`: the mail to send for a notification, retried until sent or given up
 *   (an outbox: written in the notification's transaction, sent after it commits);
 * - `reminder_claim`: one row per deadline reminder sent (period, agency or Home Affairs, step),
 *   inserted before sending, so two instances of the app never send the same reminder;
 * - `reminder_letter`: Home Affairs' reminder letters (công văn đôn đốc), with the number from its
 *   register, unique within a year;
 * - the report's mark of a draft put before the approver for signature ("Trình ký");
 * - the administrators' log takes two more kinds of entry: the reminders' settings and the
 *   reminder letters.
 */
export class Notifications1765584000000 implements MigrationInterface {
  name = 'Notifications1765584000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE app_user ADD COLUMN email varchar(254)`);
    await queryRunner.query(`ALTER TABLE app_user ADD COLUMN email_kinds varchar(32)[] NOT NULL DEFAULT ARRAY[${kindList}]::varchar(32)[]`);
    await queryRunner.query(`ALTER TABLE report ADD COLUMN signature_requested_at timestamptz`);
    await queryRunner.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        kind varchar(32) NOT NULL CHECK (kind IN (${kindList})),
        report_id uuid REFERENCES report (id) ON DELETE SET NULL,
        agency_id uuid REFERENCES agency (id) ON DELETE CASCADE,
        period_id uuid REFERENCES reporting_period (id) ON DELETE CASCADE,
        details jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    // A user's list, newest first (in the order written when written at the same moment), and the
    // count of the unread ones (the bell).
    await queryRunner.query(`CREATE INDEX notification_user_idx ON notification (user_id, created_at DESC, seq DESC)`);
    await queryRunner.query(`CREATE INDEX notification_unread_idx ON notification (user_id) WHERE read_at IS NULL`);
    // The notifications of a reminder letter, counted in the list of letters.
    await queryRunner.query(`CREATE INDEX notification_letter_idx ON notification ((details -> 'letter' ->> 'id')) WHERE kind = 'REMINDER_LETTER'`);
    await queryRunner.query(`
      CREATE TABLE notification_email (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        notification_id uuid NOT NULL REFERENCES notification (id) ON DELETE CASCADE,
        recipient varchar(254) NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        status varchar(8) NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
        attempts int NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX notification_email_due_idx ON notification_email (next_attempt_at) WHERE status = 'PENDING'`);
    await queryRunner.query(`
      CREATE TABLE reminder_claim (
        period_id uuid NOT NULL REFERENCES reporting_period (id) ON DELETE CASCADE,
        subject varchar(40) NOT NULL,
        step varchar(16) NOT NULL,
        claimed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (period_id, subject, step)
      )`);
    await queryRunner.query(`
      CREATE TABLE reminder_letter (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        period_id uuid NOT NULL REFERENCES reporting_period (id) ON DELETE RESTRICT,
        number varchar(16) NOT NULL,
        year int NOT NULL,
        symbol varchar(64) NOT NULL,
        issued_on date NOT NULL,
        reply_by date,
        agency_ids uuid[] NOT NULL CHECK (cardinality(agency_ids) > 0),
        signer jsonb NOT NULL,
        created_by uuid NOT NULL REFERENCES app_user (id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT reminder_letter_number_unique UNIQUE (year, number),
        CONSTRAINT reminder_letter_year_check CHECK (year = extract(year FROM issued_on))
      )`);
    await queryRunner.query(`CREATE INDEX reminder_letter_period_idx ON reminder_letter (period_id, created_at DESC)`);
    await queryRunner.query(`ALTER TABLE admin_audit DROP CONSTRAINT admin_audit_entity_type_check`);
    await queryRunner.query(
      `ALTER TABLE admin_audit ADD CONSTRAINT admin_audit_entity_type_check CHECK (entity_type IN ('agency', 'user', 'period', 'setting', 'letter'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM admin_audit WHERE entity_type IN ('setting', 'letter')`);
    await queryRunner.query(`ALTER TABLE admin_audit DROP CONSTRAINT admin_audit_entity_type_check`);
    await queryRunner.query(`ALTER TABLE admin_audit ADD CONSTRAINT admin_audit_entity_type_check CHECK (entity_type IN ('agency', 'user', 'period'))`);
    await queryRunner.query(`DROP TABLE reminder_letter`);
    await queryRunner.query(`DROP TABLE reminder_claim`);
    await queryRunner.query(`DROP TABLE notification_email`);
    await queryRunner.query(`DROP TABLE notification`);
    await queryRunner.query(`ALTER TABLE report DROP COLUMN signature_requested_at`);
    await queryRunner.query(`ALTER TABLE app_user DROP COLUMN email_kinds`);
    await queryRunner.query(`ALTER TABLE app_user DROP COLUMN email`);
  }
}
