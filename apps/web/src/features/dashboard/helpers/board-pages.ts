import type { BoardGroup, StatusBoard } from './status-board.js';

/**
 * Rows of the status board on one page: a screenful or two, and few enough DOM nodes for the
 * browser when a whole country's 4,000 agencies are on the board.
 */
export const BOARD_PAGE_SIZE = 50;

/** A kind of agency on a page: its rows on that page, and how many it has on the whole board. */
export interface BoardPageGroup extends BoardGroup {
  total: number;
}

/** One page of the (filtered, sorted) board and where it stands among the others. */
export interface BoardPage {
  /** The page shown, from 1; a page asked for past the last one shows the last. */
  page: number;
  pageCount: number;
  /** Place of the first and last row of the page on the whole board, from 1; both 0 without rows. */
  first: number;
  last: number;
  /** Rows on the whole board. */
  total: number;
  /** The kinds of agency with rows on the page, in the board's order. */
  groups: BoardPageGroup[];
}

/**
 * How many pages `total` rows fill; one even without rows (an empty page is still a page).
 *
 * @example
 * pageCount(4000, 50) // 80
 * pageCount(0, 50) // 1
 */
export function pageCount(total: number, size = BOARD_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/**
 * The rows of one page of the board, counted across its kinds of agency as they are listed (the
 * departments' last rows and the boards' first can share a page). The page asked for is kept
 * within the pages there are, so a link to page 9 of a board that shrank shows its last page.
 *
 * @example
 * boardPage(boardOf120Departments, 3) // { page: 3, pageCount: 3, first: 101, last: 120, total: 120, groups: [{ kind: 'department', total: 120, rows: [20 rows] }] }
 */
export function boardPage(board: StatusBoard, page: number, size = BOARD_PAGE_SIZE): BoardPage {
  const total = board.groups.reduce((sum, group) => sum + group.rows.length, 0);
  const pages = pageCount(total, size);
  const shown = Math.min(Math.max(1, Number.isInteger(page) ? page : 1), pages);
  const start = (shown - 1) * size;
  const end = Math.min(start + size, total);
  const groups: BoardPageGroup[] = [];
  let offset = 0;
  for (const group of board.groups) {
    const from = Math.max(start - offset, 0);
    const to = Math.min(end - offset, group.rows.length);
    if (from < to) groups.push({ kind: group.kind, rows: group.rows.slice(from, to), total: group.rows.length });
    offset += group.rows.length;
  }
  return { page: shown, pageCount: pages, first: total === 0 ? 0 : start + 1, last: end, total, groups };
}
