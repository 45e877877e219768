import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NotificationDetails, NotificationKind, UserRole } from '@cchc/domain';
import { DataSource } from 'typeorm';
import { prepared } from '../../common/database/prepared-statements.js';
import type { SqlRunner } from '../reports/report-figures.writer.js';

/** Who receives a notification: the active users of some roles, of one agency or of none. */
export interface Recipients {
  roles: readonly UserRole[];
  /** The agency whose users receive it; absent for Home Affairs (reviewers have none). */
  agencyId?: string;
  /** Users of several agencies at once (a reminder letter, a deadline reminder). */
  agencyIds?: readonly string[];
}

/** One notification to write, for each recipient. */
export interface NotificationDraft {
  kind: NotificationKind;
  recipients: Recipients;
  reportId: string | null;
  agencyId: string | null;
  periodId: string | null;
  details: NotificationDetails;
  /** With agencyIds: each agency's own report, so a reminder links to it when there is one. */
  reportIdOf?: ReadonlyMap<string, string>;
}

/** A notification written, with what its e-mail needs of its recipient. */
export interface WrittenNotification {
  id: string;
  userId: string;
  agencyId: string | null;
  reportId: string | null;
  email: string | null;
  emailKinds: NotificationKind[];
  displayName: string;
}

/** A stored notification as a user's list shows it, with its agency and period. */
export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  created_at: Date;
  read_at: Date | null;
  report_id: string | null;
  details: NotificationDetails | string;
  agency_id: string | null;
  agency_code: string | null;
  agency_name_vi: string | null;
  agency_name_en: string | null;
  period_id: string | null;
  period_year: number | null;
  period_kind: string | null;
  period_deadline: string | null;
}

/** A queued e-mail claimed for sending. */
export interface DueEmail {
  id: string;
  recipient: string;
  subject: string;
  body: string;
  attempts: number;
}

/** How many of a user's notifications are unread: asked with every page (a prepared statement). */
const UNREAD_COUNT_SQL = prepared(`SELECT count(*)::int AS unread FROM notification WHERE user_id = $1 AND read_at IS NULL`);

/**
 * The only code that reads and writes notifications, their e-mails and each user's choices. The
 * writes take the caller's runner, so a notification is written in the transaction of the change
 * it tells of, and neither exists without the other.
 */
@Injectable()
export class NotificationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One notification per active user of the recipients' roles and agency (or agencies), in one
   * statement; returns them with each recipient's address and e-mail choices.
   */
  async insert(db: SqlRunner, draft: NotificationDraft, createdAt: Date): Promise<WrittenNotification[]> {
    const { recipients } = draft;
    const agencyIds = recipients.agencyIds ?? (recipients.agencyId ? [recipients.agencyId] : null);
    const reportIdOf = draft.reportIdOf ? Object.fromEntries(draft.reportIdOf) : null;
    const rows = (await db.query(
      `WITH inserted AS (
         INSERT INTO notification (user_id, kind, report_id, agency_id, period_id, details, created_at)
         SELECT u.id, $1, coalesce(($7::jsonb ->> u.agency_id::text)::uuid, $2::uuid),
                CASE WHEN $3::uuid IS NULL AND $5::uuid[] IS NOT NULL THEN u.agency_id ELSE $3::uuid END, $4, $6::jsonb, $9
         FROM app_user u
         WHERE u.active AND u.role = ANY($8::varchar[]) AND ($5::uuid[] IS NULL OR u.agency_id = ANY($5::uuid[]))
         RETURNING id, user_id, agency_id, report_id
       )
       SELECT i.id, i.user_id, i.agency_id, i.report_id, u.email, u.email_kinds, u.display_name
       FROM inserted i JOIN app_user u ON u.id = i.user_id`,
      [
        draft.kind,
        draft.reportId,
        draft.agencyId,
        draft.periodId,
        agencyIds,
        JSON.stringify(draft.details),
        reportIdOf ? JSON.stringify(reportIdOf) : null,
        [...recipients.roles],
        createdAt,
      ],
    )) as {
      id: string;
      user_id: string;
      agency_id: string | null;
      report_id: string | null;
      email: string | null;
      email_kinds: string[] | string;
      display_name: string;
    }[];
    return rows.map((row) => ({
      id: row.id,
      userId: row.user_id,
      agencyId: row.agency_id,
      reportId: row.report_id,
      email: row.email,
      emailKinds: arrayOf(row.email_kinds) as NotificationKind[],
      displayName: row.display_name,
    }));
  }

  /** Queues e-mails (recipient, subject, body) for notifications just written. */
  async queueEmails(db: SqlRunner, emails: readonly { notificationId: string; recipient: string; subject: string; body: string }[]): Promise<void> {
    if (emails.length === 0) return;
    await db.query(
      `INSERT INTO notification_email (notification_id, recipient, subject, body)
       SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::text[], $4::text[])`,
      [emails.map((e) => e.notificationId), emails.map((e) => e.recipient), emails.map((e) => e.subject), emails.map((e) => e.body)],
    );
  }

  /** A user's notifications, newest first, with their agency and period; and the counts. */
  async list(userId: string, options: { unreadOnly: boolean; limit: number; offset: number }): Promise<{ rows: NotificationRow[]; total: number; unread: number }> {
    const [rows, counts] = await Promise.all([
      this.dataSource.query<NotificationRow[]>(
        `SELECT n.id, n.kind, n.created_at, n.read_at, n.report_id, n.details,
                a.id AS agency_id, a.code AS agency_code, a.name_vi AS agency_name_vi, a.name_en AS agency_name_en,
                p.id AS period_id, p.year AS period_year, p.kind AS period_kind, to_char(p.deadline, 'YYYY-MM-DD') AS period_deadline
         FROM notification n
         LEFT JOIN agency a ON a.id = n.agency_id
         LEFT JOIN reporting_period p ON p.id = n.period_id
         WHERE n.user_id = $1 AND ($2::boolean = false OR n.read_at IS NULL)
         ORDER BY n.created_at DESC, n.seq DESC
         LIMIT $3 OFFSET $4`,
        [userId, options.unreadOnly, options.limit, options.offset],
      ),
      this.dataSource.query<{ total: number; unread: number }[]>(
        `SELECT count(*)::int AS total, (count(*) FILTER (WHERE read_at IS NULL))::int AS unread FROM notification WHERE user_id = $1`,
        [userId],
      ),
    ]);
    const count = counts[0] ?? { total: 0, unread: 0 };
    return { rows, total: options.unreadOnly ? count.unread : count.total, unread: count.unread };
  }

  /** Marks one of the user's notifications read (kept as first read); false when it is not theirs. */
  async markRead(userId: string, id: string, at: Date): Promise<NotificationRow | null> {
    await this.dataSource.query(`UPDATE notification SET read_at = coalesce(read_at, $3) WHERE id = $1 AND user_id = $2`, [id, userId, at]);
    const rows = await this.dataSource.query<NotificationRow[]>(
      `SELECT n.id, n.kind, n.created_at, n.read_at, n.report_id, n.details,
              a.id AS agency_id, a.code AS agency_code, a.name_vi AS agency_name_vi, a.name_en AS agency_name_en,
              p.id AS period_id, p.year AS period_year, p.kind AS period_kind, to_char(p.deadline, 'YYYY-MM-DD') AS period_deadline
       FROM notification n
       LEFT JOIN agency a ON a.id = n.agency_id
       LEFT JOIN reporting_period p ON p.id = n.period_id
       WHERE n.id = $1 AND n.user_id = $2`,
      [id, userId],
    );
    return rows[0] ?? null;
  }

  /** How many of the user's notifications are unread (the partial index notification_unread_idx). */
  async unreadCount(userId: string): Promise<number> {
    const rows = await this.dataSource.query<{ unread: number }[]>(UNREAD_COUNT_SQL, [userId]);
    return Number(rows[0]?.unread ?? 0);
  }

  /** Marks every unread notification of the user read; how many were. */
  async markAllRead(userId: string, at: Date): Promise<number> {
    // A SELECT over the update: TypeORM answers an UPDATE's rows wrapped with its count.
    const rows = await this.dataSource.query<{ marked: number }[]>(
      `WITH marked AS (UPDATE notification SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL RETURNING id) SELECT count(*)::int AS marked FROM marked`,
      [userId, at],
    );
    return Number(rows[0]?.marked ?? 0);
  }

  /** A user's address and e-mail choices, with the version of their account. */
  async settingsOf(userId: string): Promise<{ email: string | null; emailKinds: NotificationKind[]; role: UserRole; version: number } | null> {
    const rows = await this.dataSource.query<{ email: string | null; email_kinds: string[] | string; role: UserRole; version: number }[]>(
      `SELECT email, email_kinds, role, version FROM app_user WHERE id = $1`,
      [userId],
    );
    const row = rows[0];
    return row ? { email: row.email, emailKinds: arrayOf(row.email_kinds) as NotificationKind[], role: row.role, version: Number(row.version) } : null;
  }

  /** Writes a user's address and choices if their account is still at `version`; the new version, or null when stale. */
  async updateSettings(db: SqlRunner, userId: string, version: number, settings: { email: string | null; emailKinds: readonly NotificationKind[] }): Promise<number | null> {
    const rows = (await db.query(
      `WITH updated AS (
         UPDATE app_user SET email = $3, email_kinds = $4::varchar(32)[], version = version + 1 WHERE id = $1 AND version = $2 RETURNING version
       )
       SELECT version FROM updated`,
      [userId, version, settings.email, [...settings.emailKinds]],
    )) as { version: number }[];
    return rows[0] ? Number(rows[0].version) : null;
  }

  /**
   * Claims the next queued e-mail due now for sending, if any: its next attempt is pushed
   * `leaseMs` ahead in the same statement (SKIP LOCKED), so another instance of the app, or the
   * next round, does not send it too while this one does; `except`, those this round tried
   * already. Times are the database's: the queue is shared by every instance, whatever their
   * clocks.
   */
  async claimDueEmail(leaseMs: number, except: readonly string[] = []): Promise<DueEmail | null> {
    const rows = await this.dataSource.query<DueEmail[]>(
      `WITH claimed AS (
         UPDATE notification_email e SET attempts = e.attempts + 1, next_attempt_at = clock_timestamp() + make_interval(secs => $1::float8 / 1000)
         WHERE e.id IN (
           SELECT id FROM notification_email
           WHERE status = 'PENDING' AND next_attempt_at <= clock_timestamp() AND id <> ALL($2::uuid[])
           ORDER BY next_attempt_at, id
           LIMIT 1
           FOR UPDATE SKIP LOCKED
         )
         RETURNING e.id, e.recipient, e.subject, e.body, e.attempts
       )
       SELECT * FROM claimed`,
      [leaseMs, [...except]],
    );
    return rows[0] ?? null;
  }

  /**
   * Records a claimed message sent. Only the claim that sent it records it (its attempt): a round
   * whose lease ran out and was taken over never overwrites the newer claim's outcome.
   */
  async markSent(email: Pick<DueEmail, 'id' | 'attempts'>): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification_email SET status = 'SENT', sent_at = clock_timestamp(), last_error = NULL WHERE id = $1 AND attempts = $2 AND status = 'PENDING'`,
      [email.id, email.attempts],
    );
  }

  /** Records a failed attempt of a claim: tried again `retryMs` from now, or given up (FAILED) when null. */
  async markFailed(email: Pick<DueEmail, 'id' | 'attempts'>, error: string, retryMs: number | null): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification_email SET last_error = $3, status = CASE WHEN $4::float8 IS NULL THEN 'FAILED' ELSE 'PENDING' END,
              next_attempt_at = CASE WHEN $4::float8 IS NULL THEN next_attempt_at ELSE clock_timestamp() + make_interval(secs => $4::float8 / 1000) END
       WHERE id = $1 AND attempts = $2 AND status = 'PENDING'`,
      [email.id, email.attempts, error.slice(0, 2000), retryMs],
    );
  }
}

/** A varchar[] as node-postgres parses it, or as PGlite's driver may give it ("{A,B}"). */
function arrayOf(value: string[] | string | null): string[] {
  if (Array.isArray(value)) return value;
  if (!value || value === '{}') return [];
  return value.replace(/^\{|\}$/g, '').split(',').map((item) => item.replace(/^"|"$/g, ''));
}
