import { Injectable } from '@nestjs/common';
import type { AdminAuditEntryDto, AdminAuditQuery } from '@cchc/domain';
import { toAdminAuditEntryDto } from './admin-audit.dto.js';
import { AdminAuditRepository } from './admin-audit.repository.js';

@Injectable()
export class AdminAuditService {
  constructor(private readonly audit: AdminAuditRepository) {}

  async list(query: AdminAuditQuery): Promise<AdminAuditEntryDto[]> {
    return (await this.audit.list(query)).map(toAdminAuditEntryDto);
  }
}
