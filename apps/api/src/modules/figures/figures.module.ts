import { Module } from '@nestjs/common';
import { AgencyModule } from '../agencies/agency.module.js';
import { ReportingPeriodModule } from '../periods/reporting-period.module.js';
import { FiguresController } from './figures.controller.js';
import { FiguresRepository } from './figures.repository.js';
import { FiguresService } from './figures.service.js';

/** `GET /api/periods/:periodId/figures(.xlsx)`: every agency's indicator values for a period. */
@Module({
  imports: [AgencyModule, ReportingPeriodModule],
  controllers: [FiguresController],
  providers: [FiguresRepository, FiguresService],
  exports: [FiguresService, FiguresRepository],
})
export class FiguresModule {}
