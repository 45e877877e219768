import type { AgencyKind, AgencyLevel, FiguresRowDto, IndicatorScalar, PeriodFiguresResponse } from '@cchc/domain';

export type FiguresSet = NonNullable<PeriodFiguresResponse['set']>;
export type FiguresIndicator = FiguresSet['indicators'][number];
export type FiguresTotal = PeriodFiguresResponse['totals'][number];

/** What the table shows: an agency kind and a level, '' for all. */
export interface FiguresFilter {
  agencyKind: AgencyKind | '';
  level: AgencyLevel | '';
}

/** A column to sort by: the agency's name, its status, or an indicator's code. */
export interface FiguresSort {
  column: string;
  direction: 'asc' | 'desc';
}

export const AGENCY_COLUMN = 'agency';
export const STATUS_COLUMN = 'status';

/** The order statuses sort in: the furthest along first. */
const STATUS_ORDER: readonly FiguresRowDto['status'][] = ['ACCEPTED', 'SUBMITTED', 'RETURNED', 'DRAFT', 'MISSING'];

/** An agency's value of an indicator, null when its report gives none or Home Affairs does not hold it. */
export function rowValue(row: FiguresRowDto, code: string): IndicatorScalar {
  return row.values?.find((value) => value.code === code)?.value ?? null;
}

/** The indicators of one block of the set, in the set's order. */
export function blockIndicators(set: FiguresSet | null, block: string): FiguresIndicator[] {
  return set?.indicators.filter((indicator) => indicator.block === block) ?? [];
}

function compareScalars(a: IndicatorScalar, b: IndicatorScalar): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return String(a).localeCompare(String(b), 'vi');
}

/**
 * The rows to show, filtered by agency kind and level and sorted by a column. Rows without a value
 * in the sorted column go last whichever the direction (a missing report is not a zero); ties
 * keep the agencies' names in Vietnamese order.
 *
 * @example
 * visibleRows(rows, { agencyKind: 'commune', level: '' }, { column: 'DOSSIERS.RESOLVED', direction: 'desc' })
 */
export function visibleRows(rows: readonly FiguresRowDto[], filter: FiguresFilter, sort: FiguresSort): FiguresRowDto[] {
  const byName = (a: FiguresRowDto, b: FiguresRowDto): number => a.agency.name.vi.localeCompare(b.agency.name.vi, 'vi');
  const sign = sort.direction === 'asc' ? 1 : -1;
  const chosen = rows.filter((row) => (filter.agencyKind === '' || row.agency.kind === filter.agencyKind) && (filter.level === '' || row.level === filter.level));
  return [...chosen].sort((a, b) => {
    if (sort.column === AGENCY_COLUMN) return sign * byName(a, b);
    if (sort.column === STATUS_COLUMN) return sign * (STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status)) || byName(a, b);
    const x = rowValue(a, sort.column);
    const y = rowValue(b, sort.column);
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return sign * compareScalars(x, y) || byName(a, b);
  });
}

/** The total a footer cell shows: the province's, or one level's. */
export function totalOf(totals: readonly FiguresTotal[], code: string, level: AgencyLevel | null): Omit<FiguresTotal, 'code' | 'byLevel'> | null {
  const total = totals.find((candidate) => candidate.code === code);
  if (!total) return null;
  return level === null ? total : (total.byLevel?.[level] ?? null);
}

/** The levels the totals break down by, in the appendix's order (only those with counted rows). */
export function countedLevels(rows: readonly FiguresRowDto[]): AgencyLevel[] {
  return (['province', 'district', 'commune'] as const).filter((level) => rows.some((row) => row.level === level && row.counted));
}
