import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  DEFAULT_REMINDER_DAYS,
  OVERDUE_LIST_NAMED,
  REMINDER_SETTINGS_ID,
  daysBetween,
  dueReminderStep,
  expectedReporters,
  isReportingKind,
  toVietnamDate,
  type AgencyDetailDto,
  type ReminderDays,
  type ReminderRunResponse,
  type ReminderSettingsBody,
  type ReminderSettingsDto,
  type ReportingPeriodDetailDto,
} from '@cchc/domain';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { CLOCK, type Clock } from '../../common/clock.js';
import { Transactions } from '../../common/database/transactions.js';
import { AdminAuditRepository } from '../admin-audit/admin-audit.repository.js';
import { AgencyService } from '../agencies/agency.service.js';
import { NotificationService } from '../notifications/notification.service.js';
import { ReportingPeriodService } from '../periods/reporting-period.service.js';
import { REMINDER_SETTINGS, ReminderRepository } from './reminder.repository.js';

/** The subject of Home Affairs' own reminder (the overdue list), beside agency ids in the claims. */
const HOME_AFFAIRS = 'HOME_AFFAIRS';

type LastRun = NonNullable<ReminderSettingsDto['lastRun']>;

/**
 * The deadline reminders (docs/domain.md §16): for each period, the step due today (5 and 1 days
 * before the deadline, the day after it, as an administrator set them) goes to the users of each
 * agency expected to report that has not submitted; the day after, Home Affairs gets the list of
 * those agencies. Each reminder is claimed in the database before it is sent, in the transaction
 * that writes its notifications: run twice, or by two instances at once, it goes out once.
 */
@Injectable()
export class ReminderService {
  private readonly logger = new Logger('Reminders');

  constructor(
    private readonly reminders: ReminderRepository,
    private readonly notifications: NotificationService,
    private readonly agencies: AgencyService,
    private readonly periods: ReportingPeriodService,
    private readonly transactions: Transactions,
    private readonly adminAudit: AdminAuditRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async settings(): Promise<ReminderSettingsDto> {
    const [days, lastRun] = await Promise.all([this.days(), this.reminders.setting<LastRun>(REMINDER_SETTINGS.lastRun)]);
    return { before: [...days.before], after: [...days.after], lastRun };
  }

  /** Sets the days the reminders go out, in the administration log. */
  async updateSettings(user: AuthUser, body: ReminderSettingsBody): Promise<ReminderSettingsDto> {
    const before = await this.days();
    const days = { before: [...body.before].sort((a, b) => b - a), after: [...body.after].sort((a, b) => a - b) };
    await this.transactions.run(async (em) => {
      await this.reminders.saveSetting(em, REMINDER_SETTINGS.days, days);
      await this.adminAudit.record(em, { entityType: 'setting', entityId: REMINDER_SETTINGS_ID, action: 'UPDATE', actorId: user.id, before: { ...before }, after: days });
    });
    return this.settings();
  }

  /** Sends the reminders due today; what was sent. Safe to run at any time, any number of times. */
  async run(trigger: LastRun['trigger']): Promise<ReminderRunResponse> {
    const now = this.clock();
    const today = toVietnamDate(now.toISOString());
    const days = await this.days();
    const [periods, agencies] = await Promise.all([this.periods.list({}), this.agencies.list({})]);
    const reporting = agencies.filter((agency) => isReportingKind(agency.kind));
    const steps: ReminderRunResponse['steps'] = [];
    for (const period of periods) {
      const step = dueReminderStep(period.deadline, today, days);
      if (!step) continue;
      const result = await this.sendStep(period, reporting, step, today);
      if (result) steps.push({ periodId: period.id, kind: step.kind, days: step.days, ...result });
    }
    const sent = steps.reduce((total, step) => total + step.notifications, 0);
    const lastRun: LastRun = { at: now.toISOString(), sent, trigger };
    await this.transactions.run((em) => this.reminders.saveSetting(em, REMINDER_SETTINGS.lastRun, lastRun));
    if (sent > 0) this.logger.log(`Deadline reminders: ${sent} notifications for ${steps.length} period step(s).`);
    return { at: lastRun.at, sent, steps };
  }

  /** One step of one period: the agencies not yet submitted that no one reminded at this step. */
  private async sendStep(
    period: ReportingPeriodDetailDto,
    reporting: readonly AgencyDetailDto[],
    step: NonNullable<ReturnType<typeof dueReminderStep>>,
    today: string,
  ): Promise<{ agencies: number; notifications: number } | null> {
    const reports = await this.reminders.periodReports(period.id);
    const submitted = new Set(reports.filter((r) => r.submitted).map((r) => r.agencyId));
    const late = expectedReporters(reporting, { to: period.windowTo }).filter((agency) => !submitted.has(agency.id));
    if (late.length === 0) return null;
    const reportIdOf = new Map(reports.map((r) => [r.agencyId, r.reportId]));
    const result = await this.transactions.run(async (em) => {
      const claimed = new Set(await this.reminders.claim(em, period.id, step.key, late.map((agency) => agency.id)));
      let notifications = 0;
      if (claimed.size > 0) {
        notifications += await this.notifications.notify(em, {
          kind: step.kind,
          recipients: { roles: ['reporter', 'approver'], agencyIds: [...claimed] },
          reportId: null,
          agencyId: null,
          periodId: period.id,
          details: step.kind === 'DEADLINE_SOON' ? { daysLeft: Math.max(0, daysBetween(today, period.deadline)) } : {},
          reportIdOf,
        });
      }
      // The day after the deadline, Home Affairs learns who has not reported, once per step.
      if (step.kind === 'DEADLINE_PASSED' && (await this.reminders.claim(em, period.id, step.key, [HOME_AFFAIRS])).length > 0) {
        notifications += await this.notifications.notify(em, {
          kind: 'OVERDUE_LIST',
          recipients: { roles: ['reviewer'] },
          reportId: null,
          agencyId: null,
          periodId: period.id,
          details: {
            agencies: late.slice(0, OVERDUE_LIST_NAMED).map((agency) => ({ id: agency.id, code: agency.code, name: agency.name })),
            late: late.length,
            expected: expectedReporters(reporting, { to: period.windowTo }).length,
          },
        });
      }
      return { agencies: claimed.size, notifications };
    });
    this.notifications.sendQueued();
    return result.notifications > 0 ? result : null;
  }

  private async days(): Promise<ReminderDays> {
    return (await this.reminders.setting<ReminderDays>(REMINDER_SETTINGS.days)) ?? { before: [...DEFAULT_REMINDER_DAYS.before], after: [...DEFAULT_REMINDER_DAYS.after] };
  }
}
