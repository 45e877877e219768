import { Module } from '@nestjs/common';
import { AdminAuditModule } from '../admin-audit/admin-audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { UserModule } from '../users/user.module.js';
import { SetupCodeRepository } from './setup-code.repository.js';
import { SetupController } from './setup.controller.js';
import { SetupService } from './setup.service.js';

@Module({
  imports: [AuthModule, UserModule, AdminAuditModule],
  controllers: [SetupController],
  providers: [SetupCodeRepository, SetupService],
  exports: [SetupService],
})
export class SetupModule {}
