import { formatNumber } from '../../../shared/format/format-number.js';
import { parseReportPath } from './report-paths.js';

/** Where a change is, in words a component can translate: the part, the row or section, the field. */
export interface ChangeLocation {
  /** The top-level part (`dossier`, `plans`, `sections`, `title`…). */
  part: string;
  /** The row of a table or the section, counted from 0; null for a part without rows. */
  index: number | null;
  /** The field inside, dotted (`resolvedOnTime`, `stated.resolved`); null for the whole part or row. */
  field: string | null;
}

/**
 * Splits the path of a change between two submissions into its part, row and field.
 *
 * @example
 * changeLocation('plans.0.date') // { part: 'plans', index: 0, field: 'date' }
 * changeLocation('dossier.resolvedOnTime') // { part: 'dossier', index: null, field: 'resolvedOnTime' }
 * changeLocation('sections.2') // { part: 'sections', index: 2, field: null }
 */
export function changeLocation(path: string): ChangeLocation {
  const [part = '', ...rest] = parseReportPath(path);
  const index = typeof rest[0] === 'number' ? rest[0] : null;
  const fieldSegments = index === null ? rest : rest.slice(1);
  const field = fieldSegments.length > 0 ? fieldSegments.join('.') : null;
  return { part: String(part), index, field };
}

const RECORD_NAME_FIELDS = ['symbol', 'heading', 'title', 'course', 'description', 'summary', 'scope', 'name', 'message'] as const;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A value of a report as a person reads it: numbers with the Vietnamese separator, dates
 * `dd/mm/yyyy`, a list as its items, a record by its name (symbol, title…); null when there is
 * no value (an added or removed entry), so the screen can say so in its language.
 *
 * @example
 * formatChangeValue(1245) // '1.245'
 * formatChangeValue('2020-10-23') // '23/10/2020'
 * formatChangeValue({ symbol: '565/KH-SNgV', date: '2019-10-23', title: 'CCHC 2020' }) // '565/KH-SNgV — 23/10/2019 — CCHC 2020'
 * formatChangeValue(undefined) // null
 */
export function formatChangeValue(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') return Number.isInteger(value) ? formatNumber(value) : String(value).replace('.', ',');
  if (typeof value === 'string') {
    const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    return day ? `${day[3]}/${day[2]}/${day[1]}` : value;
  }
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  if (Array.isArray(value)) return value.map((item) => formatChangeValue(item) ?? '—').join('; ');
  if (isRecord(value)) {
    const name = RECORD_NAME_FIELDS.map((key) => value[key]).find((v): v is string => typeof v === 'string' && v.trim() !== '');
    if (name !== undefined) {
      const date = typeof value.date === 'string' ? formatChangeValue(value.date) : null;
      const extra = ['title', 'summary'].map((key) => value[key]).find((v): v is string => typeof v === 'string' && v !== name);
      return [name, date, extra].filter((part): part is string => !!part).join(' — ');
    }
  }
  return JSON.stringify(value) ?? null;
}
