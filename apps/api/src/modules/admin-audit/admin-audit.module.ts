import { Module } from '@nestjs/common';
import { AdminAuditController } from './admin-audit.controller.js';
import { AdminAuditRepository } from './admin-audit.repository.js';
import { AdminAuditService } from './admin-audit.service.js';

/** The log of administration changes; the agency, user and period features write to it. */
@Module({
  controllers: [AdminAuditController],
  providers: [AdminAuditRepository, AdminAuditService],
  exports: [AdminAuditRepository],
})
export class AdminAuditModule {}
