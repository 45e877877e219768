import { Module } from '@nestjs/common';
import { AgencyModule } from '../agencies/agency.module.js';
import { FiguresModule } from '../figures/figures.module.js';
import { ReportingPeriodModule } from '../periods/reporting-period.module.js';
import { CompilationController } from './compilation.controller.js';
import { CompilationRepository } from './compilation.repository.js';
import { CompilationService } from './compilation.service.js';

/** `/api/compilations`: the province's compiled report of a period, its text, figures and documents. */
@Module({
  imports: [AgencyModule, ReportingPeriodModule, FiguresModule],
  controllers: [CompilationController],
  providers: [CompilationRepository, CompilationService],
})
export class CompilationModule {}
