import type { UserRole } from '@cchc/domain';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** Who made a change, as both audit logs name them: account, name, role and agency (null for Home Affairs staff). */
export interface AuditActor {
  actorId: string;
  actorUsername: string;
  actorDisplayName: string;
  actorRole: UserRole;
  actorAgency: { id: string; code: string; name: { vi: string; en: string } } | null;
}

/** Who made a change, when, and the state before and after it: what every audit log records. */
export interface AuditChangeRow extends AuditActor {
  at: Date;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export type AuditChangeDto = Omit<AuditChangeRow, 'at'> & { at: string };

interface ActorColumns {
  actor_username: string;
  actor_display_name: string;
  actor_role: UserRole;
  actor_agency_id: string | null;
  actor_agency_code: string | null;
  actor_agency_name_vi: string | null;
  actor_agency_name_en: string | null;
}

/** Joins an audit query (alias `a`, with `actor_id`) to its actor's account and agency. */
export function selectActor<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  return qb
    .innerJoin('app_user', 'u', 'u.id = a.actor_id')
    .leftJoin('agency', 'ag', 'ag.id = u.agency_id')
    .addSelect('u.username', 'actor_username')
    .addSelect('u.display_name', 'actor_display_name')
    .addSelect('u.role', 'actor_role')
    .addSelect('ag.id', 'actor_agency_id')
    .addSelect('ag.code', 'actor_agency_code')
    .addSelect('ag.name_vi', 'actor_agency_name_vi')
    .addSelect('ag.name_en', 'actor_agency_name_en');
}

/** Reads the actor of one raw row of a query made with `selectActor`. */
export function actorOf(actorId: string, raw: unknown): AuditActor {
  const r = raw as ActorColumns;
  return {
    actorId,
    actorUsername: r.actor_username,
    actorDisplayName: r.actor_display_name,
    actorRole: r.actor_role,
    actorAgency:
      r.actor_agency_id === null
        ? null
        : { id: r.actor_agency_id, code: String(r.actor_agency_code), name: { vi: String(r.actor_agency_name_vi), en: String(r.actor_agency_name_en) } },
  };
}

/** The part of an audit entry's response that the report log and the administration log share. */
export function toAuditChangeDto(row: AuditChangeRow): AuditChangeDto {
  return {
    actorId: row.actorId,
    actorUsername: row.actorUsername,
    actorDisplayName: row.actorDisplayName,
    actorRole: row.actorRole,
    actorAgency: row.actorAgency,
    at: row.at.toISOString(),
    before: row.before,
    after: row.after,
  };
}
