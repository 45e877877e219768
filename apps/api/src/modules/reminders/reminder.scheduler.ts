import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.tokens.js';
import { ReminderService } from './reminder.service.js';

/** The first run after start waits this long, so a starting app answers requests first. */
const FIRST_RUN_DELAY_MS = 60_000;

/**
 * Runs the deadline reminders every REMINDER_INTERVAL_MINUTES (an hour by default), first a minute
 * after start. Every instance of the app runs it: the claims in the database make each reminder go
 * out once whichever instance runs first, so no instance needs to be the one.
 */
@Injectable()
export class ReminderScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Reminders');
  private readonly intervalMs: number;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly reminders: ReminderService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.intervalMs = config.reminderIntervalMs ?? 0;
  }

  onApplicationBootstrap(): void {
    if (this.intervalMs <= 0) return;
    const tick = (): void => {
      if (this.running) return;
      this.running = this.reminders
        .run('schedule')
        .catch((error: unknown) => this.logger.error(`The deadline reminders failed: ${String(error)}`))
        .finally(() => {
          this.running = null;
        });
    };
    this.timer = setTimeout(() => {
      tick();
      this.timer = setInterval(tick, this.intervalMs);
      this.timer.unref();
    }, Math.min(FIRST_RUN_DELAY_MS, this.intervalMs));
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}
