import { formatDate } from '../../../shared/format/format-date.js';

/** One field that an administrator's change altered, as text to show. */
export interface AuditChange {
  field: string;
  before: string | null;
  after: string | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

// Bookkeeping, not a change a person made; the successor is shown on its own.
const HIDDEN = new Set(['version', 'id', 'successor', 'updatedAt', 'createdAt']);

/** How the reader's screen names values: language, yes/no, and codes (roles, kinds, agency ids). */
export interface AuditTextOptions {
  locale: 'vi' | 'en';
  yesNo: (flag: boolean) => string;
  /** A name for a coded value of a field (`role: 'reporter'` -> 'Chuyên viên'), or undefined. */
  label?: (field: string, value: string) => string | undefined;
}

/**
 * A value of the admin log as text: days as dd/mm/yyyy, names in the reader's language,
 * yes/no and codes through the options, a list of codes (as their names) or of numbers joined,
 * nothing (or an empty list) as null.
 *
 * @example
 * auditValueText('validTo', '2025-02-28', options) // '28/02/2025'
 * auditValueText('name', { vi: 'Sở Tài chính', en: 'Department of Finance' }, { ...options, locale: 'en' }) // 'Department of Finance'
 * auditValueText('emailKinds', ['RETURNED', 'ACCEPTED'], options) // 'báo cáo bị trả lại, báo cáo được tiếp nhận'
 */
export function auditValueText(field: string, value: unknown, options: AuditTextOptions): string | null {
  const { locale, yesNo } = options;
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return yesNo(value);
  if (typeof value === 'string') return ISO_DAY.test(value) ? formatDate(value) : (options.label?.(field, value) ?? value);
  if (typeof value === 'number') return String(value);
  if (isRecord(value) && typeof value.vi === 'string' && typeof value.en === 'string') return value[locale] as string;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) {
    if (value.length === 0) return null;
    return value.map((item: string | number) => (typeof item === 'string' ? (options.label?.(field, item) ?? item) : String(item))).join(', ');
  }
  return JSON.stringify(value);
}

/**
 * The fields whose value differs between the states before and after a change (all of the
 * state after a creation), in the order the state lists them; the version is left out.
 *
 * @example
 * auditChanges({ validTo: null, version: 1 }, { validTo: '2025-02-28', version: 2 }, options)
 * // [{ field: 'validTo', before: null, after: '28/02/2025' }]
 */
export function auditChanges(before: unknown, after: unknown, options: AuditTextOptions): AuditChange[] {
  const old = isRecord(before) ? before : {};
  const next = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(next), ...Object.keys(old)])].filter((field) => !HIDDEN.has(field));
  return fields
    .filter((field) => JSON.stringify(old[field] ?? null) !== JSON.stringify(next[field] ?? null))
    .map((field) => ({ field, before: auditValueText(field, old[field], options), after: auditValueText(field, next[field], options) }));
}

/** The successor a SUCCESSION entry recorded, if any. */
export function auditSuccessor(after: unknown): { code: string; effectiveOn: string } | null {
  if (!isRecord(after) || !isRecord(after.successor)) return null;
  const { code, effectiveOn } = after.successor;
  return typeof code === 'string' && typeof effectiveOn === 'string' ? { code, effectiveOn } : null;
}

/** A short name for the record an entry is about, from its state (code, username, label or a letter's symbol). */
export function auditSubject(before: unknown, after: unknown, locale: 'vi' | 'en'): string | null {
  const state = isRecord(after) ? after : isRecord(before) ? before : null;
  if (!state) return null;
  for (const key of ['code', 'username', 'label', 'title', 'symbol']) {
    const value = state[key];
    if (typeof value === 'string') return value;
    if (isRecord(value) && typeof value[locale] === 'string') return value[locale];
  }
  if (typeof state.kind === 'string' && typeof state.year === 'number') return `${state.kind} ${state.year}`;
  return null;
}
