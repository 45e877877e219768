import { AGENCY_KINDS, AGENCY_LEVELS, type AgencyKind, type AgencyLevel } from '@cchc/domain';
import { AGENCY_COLUMN, type FiguresSort } from './figures-table.js';

/** What the figures page shows, as its address keeps it so a link opens the same view. */
export interface FiguresView {
  periodId: string | null;
  block: string;
  agencyKind: AgencyKind | '';
  level: AgencyLevel | '';
  sort: FiguresSort;
  includeSubmitted: boolean;
}

export const DEFAULT_BLOCK = 'DOSSIERS';

type Query = Record<string, string | null | (string | null)[] | undefined>;
const one = (value: Query[string]): string | undefined => (Array.isArray(value) ? (value[0] ?? undefined) : (value ?? undefined));

/**
 * The view an address names; anything unknown falls back to the default.
 *
 * @example
 * parseFiguresLink({ period: 'p1', sort: 'DOSSIERS.RESOLVED', dir: 'asc' }).sort // { column: 'DOSSIERS.RESOLVED', direction: 'asc' }
 */
export function parseFiguresLink(query: Query): FiguresView {
  const kind = one(query.agencyKind);
  const level = one(query.level);
  const column = one(query.sort);
  return {
    periodId: one(query.period) || null,
    block: one(query.block) || DEFAULT_BLOCK,
    agencyKind: AGENCY_KINDS.includes(kind as AgencyKind) ? (kind as AgencyKind) : '',
    level: AGENCY_LEVELS.includes(level as AgencyLevel) ? (level as AgencyLevel) : '',
    sort: column ? { column, direction: one(query.dir) === 'asc' ? 'asc' : 'desc' } : { column: AGENCY_COLUMN, direction: 'asc' },
    includeSubmitted: one(query.submitted) === '1',
  };
}

/** The address of a view, leaving out what is the default. */
export function figuresLinkQuery(view: FiguresView): Record<string, string> {
  const query: Record<string, string> = {};
  if (view.periodId) query.period = view.periodId;
  if (view.block !== DEFAULT_BLOCK) query.block = view.block;
  if (view.agencyKind) query.agencyKind = view.agencyKind;
  if (view.level) query.level = view.level;
  if (!(view.sort.column === AGENCY_COLUMN && view.sort.direction === 'asc')) {
    query.sort = view.sort.column;
    query.dir = view.sort.direction;
  }
  if (view.includeSubmitted) query.submitted = '1';
  return query;
}
