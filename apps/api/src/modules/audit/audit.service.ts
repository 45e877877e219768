import { Injectable } from '@nestjs/common';
import type { AuditEntryDto } from '@cchc/domain';
import { AppError } from '../../common/errors/app-error.js';
import { toAuditEntryDto } from './audit.dto.js';
import { AuditRepository } from './audit.repository.js';

@Injectable()
export class AuditService {
  constructor(private readonly audit: AuditRepository) {}

  async forReport(reportId: string): Promise<AuditEntryDto[]> {
    const rows = await this.audit.listByReport(reportId);
    if (rows.length === 0) throw new AppError('NOT_FOUND', 'No such report.');
    return rows.map(toAuditEntryDto);
  }
}
