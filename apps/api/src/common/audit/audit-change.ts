/** Who made a change, when, and the state before and after it: what every audit log records. */
export interface AuditChangeRow {
  actorId: string;
  actorUsername: string;
  at: Date;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export type AuditChangeDto = Omit<AuditChangeRow, 'at'> & { at: string };

/** The part of an audit entry's response that the report log and the administration log share. */
export function toAuditChangeDto(row: AuditChangeRow): AuditChangeDto {
  return { actorId: row.actorId, actorUsername: row.actorUsername, at: row.at.toISOString(), before: row.before, after: row.after };
}
