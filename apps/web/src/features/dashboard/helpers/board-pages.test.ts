import type { AgencyKind } from '@cchc/domain';
import { agency, period, statusCell, statusResponse } from '../../../../test/factories/dashboard.factories.js';
import { BOARD_PAGE_SIZE, boardPage, pageCount } from './board-pages.js';
import { statusBoard, type StatusBoard } from './status-board.js';

const m9 = period('M9');

const PREFIX: Record<AgencyKind, string> = { department: 'S', board: 'B', district: 'H', commune: 'X', province: 'T' };

/** A board of `counts[kind]` agencies of each kind, coded S001…, B001…, H001…, X001… in order. */
function boardOf(counts: Partial<Record<AgencyKind, number>>): StatusBoard {
  const rows = Object.entries(counts).flatMap(([kind, count]) =>
    Array.from({ length: count }, (_, index) => ({
      agency: agency(`${PREFIX[kind as AgencyKind]}${String(index + 1).padStart(3, '0')}`, { kind: kind as AgencyKind }),
      predecessors: [],
      successors: [],
      cells: [statusCell(m9.id)],
    })),
  );
  return statusBoard(statusResponse([m9], rows), null);
}
const codes = (groups: { rows: { agency: { code: string } }[] }[]): string[] => groups.flatMap((g) => g.rows.map((r) => r.agency.code));

describe(pageCount.name, () => {
  it('counts the pages the rows fill, the last one partly', () => {
    expect(pageCount(4000, 50)).toBe(80);
    expect(pageCount(4001, 50)).toBe(81);
    expect(pageCount(50, 50)).toBe(1);
  });

  it('counts one page for no rows at all', () => {
    expect(pageCount(0, 50)).toBe(1);
  });
});

describe(boardPage.name, () => {
  it('shows 50 rows a page', () => {
    expect(BOARD_PAGE_SIZE).toBe(50);
    const page = boardPage(boardOf({ commune: 120 }), 1);
    expect(page).toMatchObject({ page: 1, pageCount: 3, first: 1, last: 50, total: 120 });
    expect(page.groups[0]?.rows).toHaveLength(50);
  });

  it('shows what is left on the last page', () => {
    const page = boardPage(boardOf({ commune: 120 }), 3);
    expect(page).toMatchObject({ page: 3, first: 101, last: 120 });
    expect(codes(page.groups)).toEqual(Array.from({ length: 20 }, (_, i) => `X${String(101 + i)}`));
  });

  it('counts rows across the kinds of agency, each kind keeping how many it has in all', () => {
    const board = boardOf({ department: 3, board: 2, district: 4 });
    const second = boardPage(board, 2, 4);
    expect(second).toMatchObject({ first: 5, last: 8, total: 9 });
    expect(second.groups.map((g) => [g.kind, codes([g]), g.total])).toEqual([
      ['board', ['B002'], 2],
      ['district', ['H001', 'H002', 'H003'], 4],
    ]);
    expect(codes(boardPage(board, 1, 4).groups)).toEqual(['S001', 'S002', 'S003', 'B001']);
  });

  it('keeps the page asked for within the pages there are', () => {
    const board = boardOf({ department: 70 });
    expect(boardPage(board, 9).page).toBe(2);
    expect(boardPage(board, 0).page).toBe(1);
    expect(boardPage(board, -3).page).toBe(1);
    expect(boardPage(board, 1.5).page).toBe(1);
  });

  it('keeps the rows of the board, filtered and sorted as they came', () => {
    const board = boardOf({ department: 3 });
    const reversed: StatusBoard = { ...board, groups: board.groups.map((g) => ({ ...g, rows: [...g.rows].reverse() })) };
    expect(codes(boardPage(reversed, 1).groups)).toEqual(['S003', 'S002', 'S001']);
  });

  it('is one empty page for a board without rows', () => {
    expect(boardPage(boardOf({}), 4)).toEqual({ page: 1, pageCount: 1, first: 0, last: 0, total: 0, groups: [] });
  });
});
