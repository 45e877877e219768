import { STATUS_BOARD_FILTERS, STATUS_BOARD_SORTS, type StatusBoardFilter, type StatusBoardSort } from '@cchc/domain';

/**
 * Which agencies the board lists: all, those that submitted late in some period shown, those
 * overdue (expected, nothing reported, deadline passed), those with a report returned for
 * correction, and those with a report awaiting review. The API applies them (docs/domain.md §10).
 */
export const BOARD_FILTERS = STATUS_BOARD_FILTERS;
export type BoardFilter = StatusBoardFilter;

/** The order of the rows within each kind of agency: by name, or the most urgent first. */
export const BOARD_SORTS = STATUS_BOARD_SORTS;
export type BoardSort = StatusBoardSort;

/** The longest search the API takes (`q` of the status board). */
export const BOARD_SEARCH_MAX_LENGTH = 200;
/** The last page the API can be asked for. */
const BOARD_PAGE_MAX = 100_000;

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

/** Whether two views show the same thing. */
export function sameBoardView(a: BoardView, b: BoardView): boolean {
  return a.filter === b.filter && a.sort === b.sort && a.search === b.search && a.page === b.page;
}

const first = (value: unknown): string | null => {
  const item: unknown = Array.isArray(value) ? value[0] : value;
  return typeof item === 'string' ? item : null;
};
const oneOf = <T extends string>(choices: readonly T[], value: string | null, fallback: T): T =>
  choices.find((choice) => choice === value) ?? fallback;

/**
 * The view a link asks for (`?board=late&sort=status&q=tư pháp&page=2`); what is missing or
 * unknown falls back to the default, and what the API would refuse is cut to what it takes.
 *
 * @example
 * parseBoardView({ board: 'late', q: 'stp' }) // { filter: 'late', sort: 'name', search: 'stp', page: 1 }
 */
export function parseBoardView(query: Record<string, unknown>): BoardView {
  const page = Number(first(query.page));
  return {
    filter: oneOf(BOARD_FILTERS, first(query.board), DEFAULT_BOARD_VIEW.filter),
    sort: oneOf(BOARD_SORTS, first(query.sort), DEFAULT_BOARD_VIEW.sort),
    search: (first(query.q) ?? '').slice(0, BOARD_SEARCH_MAX_LENGTH),
    page: Number.isSafeInteger(page) && page >= 1 ? Math.min(page, BOARD_PAGE_MAX) : DEFAULT_BOARD_VIEW.page,
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
