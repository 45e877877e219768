import { Module } from '@nestjs/common';
import { AdminAuditModule } from '../admin-audit/admin-audit.module.js';
import { AgencyController } from './agency.controller.js';
import { AgencyRepository } from './agency.repository.js';
import { AgencyService } from './agency.service.js';

@Module({
  imports: [AdminAuditModule],
  controllers: [AgencyController],
  providers: [AgencyRepository, AgencyService],
  exports: [AgencyService],
})
export class AgencyModule {}
