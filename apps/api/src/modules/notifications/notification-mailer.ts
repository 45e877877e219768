import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import type { AppConfig, MailConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.tokens.js';
import { NotificationRepository } from './notification.repository.js';

/** How often queued e-mails are looked for when nothing wakes the mailer: retries fall due on their own. */
const POLL_MS = 30_000;
/** How long a claimed message is held before another round may take it again (a crash while sending). */
const LEASE_MS = 5 * 60_000;
/** Messages sent per round. */
const BATCH = 20;

/**
 * Sends the e-mails queued with notifications (the `notification_email` outbox) through SMTP
 * (SMTP_URL) with nodemailer: after each change that notified someone (`wake`), and every 30
 * seconds for retries. A failure is logged and tried again after the configured delays, then given
 * up (FAILED, logged as an error); the in-app notification stays whatever happens to its mail.
 * Several instances of the app share the queue: each claims its messages in the database.
 */
@Injectable()
export class NotificationMailer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private readonly mail: MailConfig | null;
  private transport: Transporter | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly notifications: NotificationRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.mail = config.mail ?? null;
  }

  /** Whether e-mail is configured: without it notifications are only in the app. */
  get enabled(): boolean {
    return this.mail !== null;
  }

  onApplicationBootstrap(): void {
    if (!this.mail) return;
    this.transport = nodemailer.createTransport(this.mail.smtpUrl, { from: this.mail.from });
    this.timer = setInterval(() => this.wake(), POLL_MS);
    this.timer.unref();
    this.wake();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
    this.transport?.close();
  }

  /** Sends what is due now, soon; a call while a round runs starts another after it. */
  wake(): void {
    if (!this.transport || this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.sendDue().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.wake();
      }
    });
    this.running.catch((error: unknown) => this.logger.error(`Sending queued e-mails failed: ${String(error)}`));
  }

  /** Sends every message due now; how many were sent. For tests and the scheduled rounds. */
  async sendDue(): Promise<number> {
    if (!this.transport || !this.mail) return 0;
    let sent = 0;
    for (;;) {
      const due = await this.notifications.claimDueEmails(LEASE_MS, BATCH);
      for (const email of due) {
        try {
          await this.transport.sendMail({ from: this.mail.from, to: email.recipient, subject: email.subject, text: email.body });
          await this.notifications.markSent(email.id);
          sent += 1;
        } catch (error) {
          const delay = this.mail.retryDelaysMs[email.attempts - 1] ?? null;
          const reason = error instanceof Error ? error.message : String(error);
          await this.notifications.markFailed(email.id, reason, delay);
          if (delay !== null) this.logger.warn(`E-mail ${email.id} to ${email.recipient} failed (attempt ${email.attempts}), retried in ${Math.round(delay / 1000)} s: ${reason}`);
          else this.logger.error(`E-mail ${email.id} to ${email.recipient} given up after ${email.attempts} attempts: ${reason}`);
        }
      }
      if (due.length < BATCH || this.stopped) return sent;
    }
  }
}
