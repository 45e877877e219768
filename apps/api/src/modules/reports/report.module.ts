import { Module } from '@nestjs/common';
import { AgencyModule } from '../agencies/agency.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ReportingPeriodModule } from '../periods/reporting-period.module.js';
import { ReportController } from './report.controller.js';
import { ReportRepository } from './report.repository.js';
import { ReportService } from './report.service.js';

@Module({
  imports: [AgencyModule, ReportingPeriodModule, AuditModule, NotificationsModule],
  controllers: [ReportController],
  providers: [ReportRepository, ReportService],
  exports: [ReportService, ReportRepository],
})
export class ReportModule {}
