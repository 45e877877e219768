import type { AuditEntryDto } from '@cchc/domain';
import { toAuditChangeDto } from '../../common/audit/audit-change.js';
import type { AuditRow } from './audit.repository.js';

export function toAuditEntryDto(row: AuditRow): AuditEntryDto {
  return { id: String(row.id), reportId: row.reportId, action: row.action, ...toAuditChangeDto(row), returnReasons: returnReasonsOf(row) };
}

/** The reasons a return gave, as its audit entry's `after` state keeps them (`auditState`). */
function returnReasonsOf(row: AuditRow): AuditEntryDto['returnReasons'] {
  if (row.action !== 'RETURN') return [];
  const reasons = row.after?.returnReasons;
  return Array.isArray(reasons) ? (reasons as AuditEntryDto['returnReasons']) : [];
}
