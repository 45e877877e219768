import type { AdminAuditEntryDto } from '@cchc/domain';
import { toAuditChangeDto } from '../../common/audit/audit-change.js';
import type { AdminAuditRow } from './admin-audit.repository.js';

export function toAdminAuditEntryDto(row: AdminAuditRow): AdminAuditEntryDto {
  return { id: String(row.id), entityType: row.entityType, entityId: row.entityId, action: row.action, ...toAuditChangeDto(row) };
}
