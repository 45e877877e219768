import { Module } from '@nestjs/common';
import { AgencyModule } from '../agencies/agency.module.js';
import { ReportingPeriodModule } from '../periods/reporting-period.module.js';
import { ReformAreaModule } from '../reform-areas/reform-area.module.js';
import { ReferenceDataController } from './reference-data.controller.js';
import { ReferenceDataService } from './reference-data.service.js';

@Module({
  imports: [AgencyModule, ReformAreaModule, ReportingPeriodModule],
  controllers: [ReferenceDataController],
  providers: [ReferenceDataService],
})
export class ReferenceDataModule {}
