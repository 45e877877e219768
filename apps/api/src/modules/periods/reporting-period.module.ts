import { Module } from '@nestjs/common';
import { AdminAuditModule } from '../admin-audit/admin-audit.module.js';
import { ReportingPeriodController } from './reporting-period.controller.js';
import { ReportingPeriodRepository } from './reporting-period.repository.js';
import { ReportingPeriodService } from './reporting-period.service.js';

@Module({
  imports: [AdminAuditModule],
  controllers: [ReportingPeriodController],
  providers: [ReportingPeriodRepository, ReportingPeriodService],
  exports: [ReportingPeriodService],
})
export class ReportingPeriodModule {}
