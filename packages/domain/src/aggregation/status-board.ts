// What the reporting status board lists and in which order (docs/domain.md §10): the filters
// Home Affairs chooses among, the urgency order, and the paging. The API applies them to the whole
// board before it sends one page; the dashboard shows the same names and counts.

/** The parts of a board cell these rules read (DashboardStatusCell has them all). */
export interface StatusBoardCell {
  status: 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'ACCEPTED' | 'MISSING' | 'NOT_EXPECTED';
  timing: 'ON_TIME' | 'LATE' | 'AFTER_GRACE' | null;
  daysLate: number | null;
  overdue: boolean;
}

/**
 * Which agencies the board lists: all; those that submitted late in some period shown; those
 * overdue (expected, nothing reported, deadline passed); those with a report returned for
 * correction; those with a report awaiting review.
 */
export const STATUS_BOARD_FILTERS = ['all', 'late', 'missing', 'returned', 'awaiting'] as const;
export type StatusBoardFilter = (typeof STATUS_BOARD_FILTERS)[number];

/** The order of the rows within each kind of agency: by name, or the most urgent first. */
export const STATUS_BOARD_SORTS = ['name', 'status'] as const;
export type StatusBoardSort = (typeof STATUS_BOARD_SORTS)[number];

/** Rows on one page of the board: a screenful or two, and few enough elements for a browser. */
export const STATUS_BOARD_PAGE_SIZE = 50;

/** The first submission came after the deadline day (late, or after the grace period too). */
export function isLateTiming(timing: StatusBoardCell['timing']): boolean {
  return timing === 'LATE' || timing === 'AFTER_GRACE';
}

const CELL_TESTS: Record<StatusBoardFilter, (cell: StatusBoardCell) => boolean> = {
  all: () => true,
  late: (cell) => isLateTiming(cell.timing),
  missing: (cell) => cell.overdue,
  returned: (cell) => cell.status === 'RETURNED',
  awaiting: (cell) => cell.status === 'SUBMITTED',
};

/**
 * Whether a row belongs under a filter: one of its cells (of the periods shown) does.
 *
 * @example
 * statusRowMatches([{ status: 'ACCEPTED', timing: 'LATE', daysLate: 2, overdue: false }], 'late') // true
 */
export function statusRowMatches(cells: readonly StatusBoardCell[], filter: StatusBoardFilter): boolean {
  return filter === 'all' || cells.some(CELL_TESTS[filter]);
}

/** How urgent a cell is for Home Affairs, 0 the most: overdue, late, returned, awaiting review… */
function cellUrgency(cell: StatusBoardCell): number {
  if (cell.overdue) return 0;
  if (isLateTiming(cell.timing)) return 1;
  if (cell.status === 'RETURNED') return 2;
  if (cell.status === 'SUBMITTED') return 3;
  if (cell.status === 'DRAFT' || cell.status === 'MISSING') return 4;
  if (cell.status === 'ACCEPTED') return 5;
  return 6;
}

/** What the urgency order compares of a row, computed once per row. */
export interface StatusRowUrgency {
  /** The most urgent cell's rank (0 overdue … 6 not expected; 7 without cells). */
  urgency: number;
  overdue: number;
  daysLate: number;
}

/** The urgency of a row: its most urgent cell, its overdue periods and its days late in all. */
export function statusRowUrgency(cells: readonly StatusBoardCell[]): StatusRowUrgency {
  let urgency = 7;
  let overdue = 0;
  let daysLate = 0;
  for (const cell of cells) {
    urgency = Math.min(urgency, cellUrgency(cell));
    if (cell.overdue) overdue += 1;
    if (isLateTiming(cell.timing)) daysLate += cell.daysLate ?? 0;
  }
  return { urgency, overdue, daysLate };
}

/**
 * Orders two rows the most urgent first: the most urgent cell, then more overdue periods, then
 * more days late in all; 0 when they tie (the board then orders by name).
 */
export function compareStatusUrgency(a: StatusRowUrgency, b: StatusRowUrgency): number {
  return a.urgency - b.urgency || b.overdue - a.overdue || b.daysLate - a.daysLate;
}

/** One page of a list and where it stands among the others. */
export interface ListPage {
  /** The page shown, from 1; a page asked for past the last one shows the last. */
  page: number;
  pageSize: number;
  pageCount: number;
  /** Items in the whole list. */
  total: number;
  /** Place of the first and last item of the page in the whole list, from 1; both 0 without items. */
  first: number;
  last: number;
}

/**
 * The page `page` of `total` items, `size` to a page: kept within the pages there are (one even
 * without items), so a link to page 9 of a list that shrank shows its last page.
 *
 * @example
 * listPage(4000, 3, 50) // { page: 3, pageSize: 50, pageCount: 80, total: 4000, first: 101, last: 150 }
 * listPage(120, 9, 50) // { page: 3, pageSize: 50, pageCount: 3, total: 120, first: 101, last: 120 }
 */
export function listPage(total: number, page: number, size: number): ListPage {
  const pageSize = Math.max(1, Math.floor(size));
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const shown = Math.min(Math.max(1, Number.isInteger(page) ? page : 1), pageCount);
  const start = (shown - 1) * pageSize;
  const last = Math.min(start + pageSize, total);
  return { page: shown, pageSize, pageCount, total, first: last > start ? start + 1 : 0, last: last > start ? last : 0 };
}
