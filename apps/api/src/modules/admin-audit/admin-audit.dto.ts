import type { AdminAuditEntryDto } from '@cchc/domain';
import type { AdminAuditRow } from './admin-audit.repository.js';

export function toAdminAuditEntryDto(row: AdminAuditRow): AdminAuditEntryDto {
  return {
    id: String(row.id),
    entityType: row.entityType,
    entityId: row.entityId,
    action: row.action,
    actorId: row.actorId,
    actorUsername: row.actorUsername,
    at: row.at.toISOString(),
    before: row.before,
    after: row.after,
  };
}
