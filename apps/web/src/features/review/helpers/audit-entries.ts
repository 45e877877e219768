import type { AuditEntryDto, UserRole } from '@cchc/domain';

/** Who acted, as the audit trail names them. */
export interface AuditActor {
  name: string;
  /** The username, when it differs from the name shown. */
  username: string | null;
  /** The agency the person acts for (agency users); null for Home Affairs and administrators. */
  agency: string | null;
  /** The account's role, for the screen to translate. */
  role: UserRole;
}

type ActorFields = Pick<AuditEntryDto, 'actorUsername' | 'actorDisplayName' | 'actorRole' | 'actorAgency'>;

/**
 * The actor of an audit entry: the person's name, their role and, for an agency's user, the
 * agency's name in the screen's language; the username only where it adds something.
 *
 * @example
 * auditActor({ actorUsername: 'snv', actorDisplayName: 'Trần Thị B', actorRole: 'reviewer', actorAgency: null }, 'vi')
 * // { name: 'Trần Thị B', username: 'snv', agency: null, role: 'reviewer' }
 */
export function auditActor(entry: ActorFields, locale: 'vi' | 'en'): AuditActor {
  const name = entry.actorDisplayName.trim() || entry.actorUsername;
  return {
    name,
    username: name !== entry.actorUsername ? entry.actorUsername : null,
    agency: entry.actorAgency ? entry.actorAgency.name[locale] : null,
    role: entry.actorRole,
  };
}

/**
 * The reasons a return step gave; none for other steps.
 *
 * @example
 * returnReasonsOf({ action: 'RETURN', returnReasons: [{ path: 'dossier', message: 'Kiểm tra lại số liệu.' }] })
 * // [{ path: 'dossier', message: 'Kiểm tra lại số liệu.' }]
 */
export function returnReasonsOf(entry: Pick<AuditEntryDto, 'action' | 'returnReasons'>): AuditEntryDto['returnReasons'] {
  return entry.action === 'RETURN' ? entry.returnReasons : [];
}

/** The file a report was imported from, as its IMPORT step records it. */
export interface ImportedFile {
  fileName: string;
  /** SHA-256 of the file, hex. */
  fileHash: string;
}

/**
 * The file an IMPORT step read (its name and hash, from the state it recorded); null for other
 * steps or an entry without them.
 *
 * @example
 * importedFileOf({ action: 'IMPORT', after: { import: { fileName: 'bao-cao.docx', fileHash: 'ab…' } } })
 * // { fileName: 'bao-cao.docx', fileHash: 'ab…' }
 */
export function importedFileOf(entry: Pick<AuditEntryDto, 'action' | 'after'>): ImportedFile | null {
  if (entry.action !== 'IMPORT' || typeof entry.after !== 'object' || entry.after === null) return null;
  const file = (entry.after as { import?: unknown }).import;
  if (typeof file !== 'object' || file === null) return null;
  const { fileName, fileHash } = file as Record<string, unknown>;
  return typeof fileName === 'string' && typeof fileHash === 'string' ? { fileName, fileHash } : null;
}
