import type { AuditEntryDto } from '@cchc/domain';
import { toAuditChangeDto } from '../../common/audit/audit-change.js';
import type { AuditRow } from './audit.repository.js';

export function toAuditEntryDto(row: AuditRow): AuditEntryDto {
  return { id: String(row.id), reportId: row.reportId, action: row.action, ...toAuditChangeDto(row) };
}
