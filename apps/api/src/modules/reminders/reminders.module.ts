import { Module } from '@nestjs/common';
import { AdminAuditModule } from '../admin-audit/admin-audit.module.js';
import { AgencyModule } from '../agencies/agency.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ReportingPeriodModule } from '../periods/reporting-period.module.js';
import { ReminderLetterController } from './reminder-letter.controller.js';
import { ReminderLetterService } from './reminder-letter.service.js';
import { ReminderController } from './reminder.controller.js';
import { ReminderRepository } from './reminder.repository.js';
import { ReminderScheduler } from './reminder.scheduler.js';
import { ReminderService } from './reminder.service.js';

/**
 * Deadline reminders (`/api/admin/reminders`, run on a schedule) and Home Affairs' reminder letters
 * (`/api/reminder-letters`); both notify through NotificationsModule.
 */
@Module({
  imports: [AdminAuditModule, AgencyModule, ReportingPeriodModule, NotificationsModule],
  controllers: [ReminderController, ReminderLetterController],
  providers: [ReminderRepository, ReminderService, ReminderScheduler, ReminderLetterService],
  exports: [ReminderService],
})
export class RemindersModule {}
