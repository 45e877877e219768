import { Module } from '@nestjs/common';
import { AdminAuditModule } from '../admin-audit/admin-audit.module.js';
import { NotificationMailer } from './notification-mailer.js';
import { NotificationController, NotificationSettingsController } from './notification.controller.js';
import { NotificationRepository } from './notification.repository.js';
import { NotificationService } from './notification.service.js';

/**
 * `/api/notifications` and `/api/account/notifications`: each user's notifications and e-mail
 * choices. Other features write notifications through NotificationService in their own
 * transactions; the mailer sends the queued e-mails.
 */
@Module({
  imports: [AdminAuditModule],
  controllers: [NotificationController, NotificationSettingsController],
  providers: [NotificationRepository, NotificationService, NotificationMailer],
  exports: [NotificationService],
})
export class NotificationsModule {}
