import type { DashboardAgency } from '@cchc/domain';
import { foldText } from '../../../shared/format/fold-text.js';
import type { BoardCell, BoardRow, StatusBoard } from './status-board.js';

/**
 * Which agencies the board lists: all, those that submitted late in some period shown, those
 * overdue (expected, nothing reported, deadline passed), those with a report returned for
 * correction, and those with a report awaiting review.
 */
export const BOARD_FILTERS = ['all', 'late', 'missing', 'returned', 'awaiting'] as const;
export type BoardFilter = (typeof BOARD_FILTERS)[number];

/** The order of the rows within each kind of agency: by name, or the most urgent first. */
export const BOARD_SORTS = ['name', 'status'] as const;
export type BoardSort = (typeof BOARD_SORTS)[number];

/** What the reviewer chose to see of the board, and the page of it on screen (from 1). */
export interface BoardView {
  filter: BoardFilter;
  sort: BoardSort;
  search: string;
  page: number;
}

export const DEFAULT_BOARD_VIEW: BoardView = { filter: 'all', sort: 'name', search: '', page: 1 };

/**
 * The view after the reviewer changed part of it: a new filter, order or search lists other rows,
 * so it starts again from the first page; only a change of page alone keeps to the page asked for.
 *
 * @example
 * changeBoardView({ filter: 'all', sort: 'name', search: '', page: 4 }, { filter: 'late' }) // { filter: 'late', sort: 'name', search: '', page: 1 }
 */
export function changeBoardView(view: BoardView, change: Partial<BoardView>): BoardView {
  const next = { ...view, ...change };
  const sameRows = next.filter === view.filter && next.sort === view.sort && next.search === view.search;
  return { ...next, page: sameRows ? next.page : 1 };
}

const CELL_TESTS: Record<BoardFilter, (cell: BoardCell) => boolean> = {
  all: () => true,
  late: (cell) => cell.late,
  missing: (cell) => cell.overdue,
  returned: (cell) => cell.state === 'RETURNED',
  awaiting: (cell) => cell.state === 'SUBMITTED_ON_TIME' || cell.state === 'SUBMITTED_LATE',
};

/**
 * Whether a row belongs under a filter: one of its cells (of the periods shown) does.
 *
 * @example
 * boardRowMatches({ agency, cells: [{ state: 'ACCEPTED', late: true, … }] }, 'late') // true
 */
export function boardRowMatches(row: BoardRow, filter: BoardFilter): boolean {
  return filter === 'all' || row.cells.some(CELL_TESTS[filter]);
}

/**
 * How many agencies of the board each filter holds, for the labels of the choices.
 *
 * @example
 * boardFilterCounts(board) // { all: 33, late: 4, missing: 3, returned: 2, awaiting: 5 }
 */
export function boardFilterCounts(board: StatusBoard): Record<BoardFilter, number> {
  const rows = board.groups.flatMap((group) => group.rows);
  return Object.fromEntries(BOARD_FILTERS.map((filter) => [filter, rows.filter((row) => boardRowMatches(row, filter)).length])) as Record<
    BoardFilter,
    number
  >;
}

/** How urgent a cell is for Home Affairs, 0 the most: overdue, late, returned, awaiting review… */
function cellUrgency(cell: BoardCell): number {
  if (cell.overdue) return 0;
  if (cell.late) return 1;
  if (cell.state === 'RETURNED') return 2;
  if (cell.state === 'SUBMITTED_ON_TIME') return 3;
  if (cell.state === 'DRAFT' || cell.state === 'MISSING') return 4;
  if (cell.state === 'ACCEPTED') return 5;
  return 6;
}

/**
 * Orders two rows the most urgent first: the row's most urgent cell, then the more overdue
 * periods, then the more days late in all, then the name.
 */
function compareUrgency(a: BoardRow, b: BoardRow): number {
  const urgency = (row: BoardRow): number => Math.min(7, ...row.cells.map(cellUrgency));
  const overdue = (row: BoardRow): number => row.cells.filter((cell) => cell.overdue).length;
  const daysLate = (row: BoardRow): number => row.cells.reduce((sum, cell) => sum + (cell.late ? (cell.daysLate ?? 0) : 0), 0);
  return urgency(a) - urgency(b) || overdue(b) - overdue(a) || daysLate(b) - daysLate(a);
}

/**
 * The board as the reviewer chose to see it: the rows of a filter whose name or code contains
 * the search text (accents and case ignored, so "so tu phap" finds "Sở Tư pháp"), sorted within
 * each kind of agency; kinds left without rows are dropped. Columns and reporting rates stay
 * those of the whole board.
 *
 * @example
 * viewBoard(board, { filter: 'late', sort: 'status', search: '' }, (a) => a.name.vi)
 */
export function viewBoard(board: StatusBoard, view: BoardView, name: (agency: DashboardAgency) => string): StatusBoard {
  const needle = foldText(view.search.trim());
  const found = (row: BoardRow): boolean =>
    needle === '' || [row.agency.code, name(row.agency)].some((text) => foldText(text).includes(needle));
  const byName = (a: BoardRow, b: BoardRow): number => name(a.agency).localeCompare(name(b.agency), 'vi');
  const order = (a: BoardRow, b: BoardRow): number => (view.sort === 'status' ? compareUrgency(a, b) : 0) || byName(a, b);
  const groups = board.groups
    .map((group) => ({ kind: group.kind, rows: group.rows.filter((row) => boardRowMatches(row, view.filter) && found(row)).sort(order) }))
    .filter((group) => group.rows.length > 0);
  return { ...board, groups };
}

const first = (value: unknown): string | null => {
  const item: unknown = Array.isArray(value) ? value[0] : value;
  return typeof item === 'string' ? item : null;
};
const oneOf = <T extends string>(choices: readonly T[], value: string | null, fallback: T): T =>
  choices.find((choice) => choice === value) ?? fallback;

/**
 * The view a link asks for (`?board=late&sort=status&q=tư pháp&page=2`); what is missing or
 * unknown falls back to the default.
 *
 * @example
 * parseBoardView({ board: 'late', q: 'stp' }) // { filter: 'late', sort: 'name', search: 'stp', page: 1 }
 */
export function parseBoardView(query: Record<string, unknown>): BoardView {
  const page = Number(first(query.page));
  return {
    filter: oneOf(BOARD_FILTERS, first(query.board), DEFAULT_BOARD_VIEW.filter),
    sort: oneOf(BOARD_SORTS, first(query.sort), DEFAULT_BOARD_VIEW.sort),
    search: first(query.q) ?? '',
    page: Number.isSafeInteger(page) && page >= 1 ? page : DEFAULT_BOARD_VIEW.page,
  };
}

/**
 * The query that keeps a view in the address, defaults left out so a plain link stays plain.
 *
 * @example
 * boardViewQuery({ filter: 'late', sort: 'name', search: '', page: 1 }) // { board: 'late' }
 */
export function boardViewQuery(view: BoardView): Record<string, string> {
  return {
    ...(view.filter !== DEFAULT_BOARD_VIEW.filter ? { board: view.filter } : {}),
    ...(view.sort !== DEFAULT_BOARD_VIEW.sort ? { sort: view.sort } : {}),
    ...(view.search.trim() !== '' ? { q: view.search } : {}),
    ...(view.page !== DEFAULT_BOARD_VIEW.page ? { page: String(view.page) } : {}),
  };
}
