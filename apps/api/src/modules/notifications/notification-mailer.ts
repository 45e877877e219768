import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import type { AppConfig, MailConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.tokens.js';
import { NotificationRepository } from './notification.repository.js';

/** How often queued e-mails are looked for when nothing wakes the mailer: retries fall due on their own. */
const POLL_MS = 30_000;
/**
 * How long a claimed message is held before another round may take it again (a crash while
 * sending): well above the longest a send can take with the timeouts below.
 */
const LEASE_MS = 5 * 60_000;
/** The SMTP timeouts: connecting, the server's greeting, and silence on the connection. */
const SMTP_TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 15_000, socketTimeout: 60_000 } as const;

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
    this.transport = nodemailer.createTransport(this.mail.smtpUrl, { from: this.mail.from, ...SMTP_TIMEOUTS });
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

  /**
   * Sends every message due now, one claimed at a time (so none waits under a lease while others
   * are sent); how many were sent. For tests and the scheduled rounds.
   */
  async sendDue(): Promise<number> {
    if (!this.transport || !this.mail) return 0;
    let sent = 0;
    // Each message at most once a round: one that fails waits for its retry, not for the next claim.
    const tried: string[] = [];
    while (!this.stopped) {
      const email = await this.notifications.claimDueEmail(LEASE_MS, tried);
      if (!email) return sent;
      tried.push(email.id);
      try {
        await this.transport.sendMail({ from: this.mail.from, to: email.recipient, subject: email.subject, text: email.body });
      } catch (error) {
        const delay = this.mail.retryDelaysMs[email.attempts - 1] ?? null;
        const reason = error instanceof Error ? error.message : String(error);
        await this.notifications.markFailed(email, reason, delay);
        if (delay !== null) this.logger.warn(`E-mail ${email.id} to ${email.recipient} failed (attempt ${email.attempts}), retried in ${Math.round(delay / 1000)} s: ${reason}`);
        else this.logger.error(`E-mail ${email.id} to ${email.recipient} given up after ${email.attempts} attempts: ${reason}`);
        continue;
      }
      sent += 1;
      // The server has the message: a failure to record it must not send it again.
      await this.notifications.markSent(email).catch((error: unknown) => this.logger.error(`E-mail ${email.id} was sent but not recorded as sent: ${String(error)}`));
    }
    return sent;
  }
}
