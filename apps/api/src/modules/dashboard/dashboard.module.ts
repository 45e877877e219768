import { Module } from '@nestjs/common';
import { AgencyModule } from '../agencies/agency.module.js';
import { ReportingPeriodModule } from '../periods/reporting-period.module.js';
import { DashboardController } from './dashboard.controller.js';
import { DashboardRepository } from './dashboard.repository.js';
import { DashboardService } from './dashboard.service.js';

/** `GET /api/dashboard/...`: the aggregates Home Affairs compares agencies with. */
@Module({
  imports: [AgencyModule, ReportingPeriodModule],
  controllers: [DashboardController],
  providers: [DashboardRepository, DashboardService],
})
export class DashboardModule {}
