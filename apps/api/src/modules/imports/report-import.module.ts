import { Module } from '@nestjs/common';
import { AgencyModule } from '../agencies/agency.module.js';
import { ReportingPeriodModule } from '../periods/reporting-period.module.js';
import { ReportModule } from '../reports/report.module.js';
import { ReportImportController } from './report-import.controller.js';
import { ReportImportRepository } from './report-import.repository.js';
import { ReportImportService } from './report-import.service.js';

/** `/api/imports`: report files read into drafts, confirmed into reports through the reports module. */
@Module({
  imports: [AgencyModule, ReportingPeriodModule, ReportModule],
  controllers: [ReportImportController],
  providers: [ReportImportRepository, ReportImportService],
})
export class ReportImportModule {}
