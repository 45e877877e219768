import { Inject, Injectable } from '@nestjs/common';
import {
  NOTIFICATION_KINDS_BY_ROLE,
  notificationMessage,
  notificationPath,
  type NotificationDto,
  type NotificationKind,
  type NotificationListQuery,
  type NotificationListResponse,
  type NotificationReadAllResponse,
  type NotificationSettingsBody,
  type NotificationSettingsDto,
  type PeriodKind,
} from '@cchc/domain';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { CLOCK, type Clock } from '../../common/clock.js';
import { Transactions } from '../../common/database/transactions.js';
import { AppError } from '../../common/errors/app-error.js';
import { DEFAULT_PROVINCE, type AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.tokens.js';
import { AdminAuditRepository } from '../admin-audit/admin-audit.repository.js';
import type { SqlRunner } from '../reports/report-figures.writer.js';
import { notificationEmail } from './notification-email.js';
import { NotificationMailer } from './notification-mailer.js';
import { NotificationRepository, type NotificationDraft, type NotificationRow } from './notification.repository.js';

export type { NotificationDraft } from './notification.repository.js';

/** The period of a notification as its words need it. */
interface PeriodFacts {
  id: string;
  year: number;
  kind: PeriodKind;
  deadline: string;
}

/**
 * Notifications (docs/domain.md §16): written by the features whose changes they tell of, in the
 * same transaction (`notify`), read and marked read by their recipient only, with each recipient's
 * e-mail queued when they have an address, chose that kind, and the server can send mail.
 */
@Injectable()
export class NotificationService {
  private readonly publicUrl: string;
  private readonly province: string;

  constructor(
    private readonly notifications: NotificationRepository,
    private readonly mailer: NotificationMailer,
    private readonly transactions: Transactions,
    private readonly adminAudit: AdminAuditRepository,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.publicUrl = config.publicUrl ?? `http://localhost:${config.port}`;
    this.province = config.province ?? DEFAULT_PROVINCE;
  }

  /**
   * Writes a notification for each recipient through `db` (the caller's transaction, or on its
   * own), with the e-mails of those who asked for this kind. How many were written. Call
   * `sendQueued` once the transaction has committed.
   */
  async notify(db: SqlRunner, draft: NotificationDraft): Promise<number> {
    const written = await this.notifications.insert(db, draft, this.clock());
    if (!this.mailer.enabled) return written.length;
    const wanting = written.filter((n) => n.email && n.emailKinds.includes(draft.kind));
    if (wanting.length === 0) return written.length;
    const agencyIds = [...new Set(wanting.flatMap((n) => (n.agencyId ? [n.agencyId] : [])))];
    const [agencies, period] = await Promise.all([this.agencyNames(db, agencyIds), draft.periodId ? this.periodOf(db, draft.periodId) : Promise.resolve(null)]);
    await this.notifications.queueEmails(
      db,
      wanting.map((n) => {
        const message = notificationMessage({ kind: draft.kind, agency: n.agencyId ? (agencies.get(n.agencyId) ?? null) : null, period, details: draft.details });
        const path = notificationPath({ kind: draft.kind, reportId: n.reportId, period });
        return {
          notificationId: n.id,
          recipient: n.email!,
          ...notificationEmail({ message, recipientName: n.displayName, link: `${this.publicUrl}${path}`, settingsLink: `${this.publicUrl}/notifications`, province: this.province }),
        };
      }),
    );
    return written.length;
  }

  /** Sends the e-mails queued by a transaction that has committed. */
  sendQueued(): void {
    this.mailer.wake();
  }

  async list(user: AuthUser, query: NotificationListQuery): Promise<NotificationListResponse> {
    const { rows, total, unread } = await this.notifications.list(user.id, { unreadOnly: query.unreadOnly ?? false, limit: query.limit, offset: query.offset });
    return { items: rows.map(toNotificationDto), total, unread };
  }

  /** Marks one of the user's own notifications read; another user's answers as an unknown id. */
  async read(user: AuthUser, id: string): Promise<NotificationDto> {
    const row = await this.notifications.markRead(user.id, id, this.clock());
    if (!row) throw new AppError('NOT_FOUND', 'No such notification.');
    return toNotificationDto(row);
  }

  /** How many of the user's notifications are unread (the bell's count). */
  unreadCount(userId: string): Promise<number> {
    return this.notifications.unreadCount(userId);
  }

  async readAll(user: AuthUser): Promise<NotificationReadAllResponse> {
    return { marked: await this.notifications.markAllRead(user.id, this.clock()), unread: 0 };
  }

  async settings(user: AuthUser): Promise<NotificationSettingsDto> {
    const stored = await this.notifications.settingsOf(user.id);
    if (!stored) throw new AppError('NOT_FOUND', 'No such user.');
    const available = NOTIFICATION_KINDS_BY_ROLE[stored.role];
    return {
      email: stored.email,
      emailKinds: stored.emailKinds.filter((kind) => available.includes(kind)),
      availableKinds: [...available],
      emailEnabled: this.mailer.enabled,
      version: stored.version,
    };
  }

  /**
   * Changes the user's own address and the kinds they receive by e-mail, if their account is still
   * at the version they read (409 otherwise), with an entry in the administration log. Kinds that
   * never reach their role are refused (400), not silently dropped.
   */
  async updateSettings(user: AuthUser, body: NotificationSettingsBody): Promise<NotificationSettingsDto> {
    const available = NOTIFICATION_KINDS_BY_ROLE[user.role];
    const email = body.email === '' ? null : (body.email ?? null);
    const kinds = body.emailKinds;
    const unavailable = kinds.flatMap((kind, index) => (available.includes(kind) ? [] : [{ path: `body.emailKinds.${index}`, message: `${kind} never reaches a ${user.role}.` }]));
    if (unavailable.length > 0) throw new AppError('VALIDATION_FAILED', 'Some of the kinds chosen never reach you.', unavailable);
    const before = await this.notifications.settingsOf(user.id);
    if (!before) throw new AppError('NOT_FOUND', 'No such user.');
    // Kinds that cannot reach the role stay as they were: if an administrator changes the role,
    // the person's e-mail starts with the kinds they had not turned off.
    const stored = [...new Set([...before.emailKinds.filter((kind) => !available.includes(kind)), ...kinds])] as NotificationKind[];
    await this.transactions.run(async (em) => {
      const version = await this.notifications.updateSettings(em, user.id, body.version, { email, emailKinds: stored });
      if (version === null) {
        throw new AppError('VERSION_CONFLICT', `Your account was changed meanwhile (now at version ${before.version}). Reload and choose again.`, undefined, {
          currentVersion: before.version,
        });
      }
      await this.adminAudit.record(em, {
        entityType: 'user',
        entityId: user.id,
        action: 'UPDATE',
        actorId: user.id,
        before: { email: before.email, emailKinds: before.emailKinds.filter((kind) => available.includes(kind)) },
        after: { email, emailKinds: [...new Set(kinds)] },
      });
    });
    return this.settings(user);
  }

  private async agencyNames(db: SqlRunner, ids: readonly string[]): Promise<Map<string, { name: { vi: string; en: string } }>> {
    if (ids.length === 0) return new Map();
    const rows = (await db.query(`SELECT id, name_vi, name_en FROM agency WHERE id = ANY($1::uuid[])`, [ids])) as { id: string; name_vi: string; name_en: string }[];
    return new Map(rows.map((row) => [row.id, { name: { vi: row.name_vi, en: row.name_en } }]));
  }

  private async periodOf(db: SqlRunner, id: string): Promise<PeriodFacts | null> {
    const rows = (await db.query(`SELECT id, year, kind, to_char(deadline, 'YYYY-MM-DD') AS deadline FROM reporting_period WHERE id = $1`, [id])) as {
      id: string;
      year: number;
      kind: PeriodKind;
      deadline: string;
    }[];
    const row = rows[0];
    return row ? { id: row.id, year: Number(row.year), kind: row.kind, deadline: row.deadline } : null;
  }
}

function toNotificationDto(row: NotificationRow): NotificationDto {
  return {
    id: row.id,
    kind: row.kind,
    createdAt: new Date(row.created_at).toISOString(),
    readAt: row.read_at ? new Date(row.read_at).toISOString() : null,
    reportId: row.report_id,
    agency: row.agency_id ? { id: row.agency_id, code: row.agency_code ?? '', name: { vi: row.agency_name_vi ?? '', en: row.agency_name_en ?? '' } } : null,
    period:
      row.period_id && row.period_year !== null && row.period_kind && row.period_deadline
        ? { id: row.period_id, year: Number(row.period_year), kind: row.period_kind as PeriodKind, deadline: String(row.period_deadline) }
        : null,
    details: typeof row.details === 'string' ? (JSON.parse(row.details) as NotificationDto['details']) : row.details,
  };
}
