import { ReturnReasonSchema, USER_ROLES, type AuditEntryDto, type UserRole } from '@cchc/domain';
import { z } from 'zod';

/** Who acted, as the audit trail names them: the person's name, and their position or role when known. */
export interface AuditActor {
  name: string;
  /** The username, when a name is shown instead of it. */
  username: string | null;
  /** A position written as text (e.g. 'Phó Giám đốc'). */
  position: string | null;
  /** The account's role, for the screen to translate. */
  role: UserRole | null;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/**
 * The actor of an audit entry with whatever the entry says of them: the full name and the position
 * or role when the API sends them (`actorName`, `actorFullName`, `actorPosition`, `actorTitle`,
 * `actorRole`), else the username alone.
 *
 * @example
 * auditActor({ actorUsername: 'snv', actorName: 'Trần Thị B', actorPosition: 'Chuyên viên' })
 * // { name: 'Trần Thị B', username: 'snv', position: 'Chuyên viên', role: null }
 * auditActor({ actorUsername: 'snv' }) // { name: 'snv', username: null, position: null, role: null }
 */
export function auditActor(entry: Pick<AuditEntryDto, 'actorUsername'> & Record<string, unknown>): AuditActor {
  const name = text(entry.actorName) ?? text(entry.actorFullName);
  const role = USER_ROLES.find((r) => r === entry.actorRole) ?? null;
  return {
    name: name ?? entry.actorUsername,
    username: name !== null && name !== entry.actorUsername ? entry.actorUsername : null,
    position: text(entry.actorPosition) ?? text(entry.actorTitle),
    role,
  };
}

const ReturnedState = z.object({ returnReasons: z.array(ReturnReasonSchema) });

/**
 * The reasons a return step gave, from the state it left the report in; none for other steps.
 *
 * @example
 * returnReasonsOf({ action: 'RETURN', after: { returnReasons: [{ path: 'dossier', message: 'Kiểm tra lại số liệu.' }] } })
 * // [{ path: 'dossier', message: 'Kiểm tra lại số liệu.' }]
 */
export function returnReasonsOf(entry: Pick<AuditEntryDto, 'action' | 'after'>): { path: string | null; message: string }[] {
  if (entry.action !== 'RETURN') return [];
  const parsed = ReturnedState.safeParse(entry.after);
  return parsed.success ? parsed.data.returnReasons : [];
}
