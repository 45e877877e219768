import { agency, missingCell, period, statusCell, statusResponse } from '../../../../test/factories/dashboard.factories.js';
import { boardFilterCounts, boardRowMatches, boardViewQuery, changeBoardView, parseBoardView, viewBoard, DEFAULT_BOARD_VIEW } from './board-view.js';
import { statusBoard, type StatusBoard } from './status-board.js';

const q1 = period('Q1');
const m9 = period('M9');
const stp = agency('STP', { name: { vi: 'Sở Tư pháp', en: 'Department of Justice' } });
const sngv = agency('SNgV', { name: { vi: 'Sở Ngoại vụ', en: 'Department of Foreign Affairs' } });
const sxd = agency('SXD', { name: { vi: 'Sở Xây dựng', en: 'Department of Construction' } });
const bdt = agency('BDT', { kind: 'board', name: { vi: 'Ban Dân tộc', en: 'Ethnic Minorities Board' } });
const hbs = agency('HBS', { kind: 'district', name: { vi: 'UBND huyện Bình Sơn', en: 'Bình Sơn District' } });

// STP: late by 2 days then accepted; SNgV: on time, then awaiting review; SXD: returned (late
// by 9 days), then overdue; BDT: a draft past its deadline; HBS: accepted, on time, twice.
const board: StatusBoard = statusBoard(
  statusResponse(
    [q1, m9],
    [
      { agency: sngv, predecessors: [], successors: [], cells: [statusCell(q1.id), statusCell(m9.id, { status: 'SUBMITTED' })] },
      { agency: stp, predecessors: [], successors: [], cells: [statusCell(q1.id, { timing: 'LATE', daysLate: 2 }), statusCell(m9.id)] },
      { agency: sxd, predecessors: [], successors: [], cells: [statusCell(q1.id, { status: 'RETURNED', timing: 'AFTER_GRACE', daysLate: 9 }), missingCell(m9.id)] },
      { agency: bdt, predecessors: [], successors: [], cells: [statusCell(q1.id), statusCell(m9.id, { status: 'DRAFT', reported: false, overdue: true, timing: null, daysLate: null })] },
      { agency: hbs, predecessors: [], successors: [], cells: [statusCell(q1.id), statusCell(m9.id)] },
    ],
  ),
  null,
);
const vi = (a: { name: { vi: string } }): string => a.name.vi;
const codes = (b: StatusBoard): string[] => b.groups.flatMap((g) => g.rows.map((r) => r.agency.code));

describe(boardRowMatches.name, () => {
  const row = (code: string) => board.groups.flatMap((g) => g.rows).find((r) => r.agency.code === code)!;

  it('puts a row under a filter when one of its cells belongs there', () => {
    expect(boardRowMatches(row('STP'), 'late')).toBe(true);
    expect(boardRowMatches(row('SXD'), 'late')).toBe(true);
    expect(boardRowMatches(row('SXD'), 'returned')).toBe(true);
    expect(boardRowMatches(row('SXD'), 'missing')).toBe(true);
    expect(boardRowMatches(row('BDT'), 'missing')).toBe(true);
    expect(boardRowMatches(row('SNgV'), 'awaiting')).toBe(true);
  });

  it('keeps a row out of a filter none of its cells belongs to', () => {
    expect(boardRowMatches(row('SNgV'), 'late')).toBe(false);
    expect(boardRowMatches(row('STP'), 'missing')).toBe(false);
    expect(boardRowMatches(row('HBS'), 'awaiting')).toBe(false);
    expect(boardRowMatches(row('HBS'), 'all')).toBe(true);
  });
});

describe(boardFilterCounts.name, () => {
  it('counts the agencies each filter holds', () => {
    expect(boardFilterCounts(board)).toEqual({ all: 5, late: 2, missing: 2, returned: 1, awaiting: 1 });
  });

  it('counts only the columns shown', () => {
    const q1Only = statusBoard(
      statusResponse([q1, m9], [{ agency: bdt, predecessors: [], successors: [], cells: [statusCell(q1.id), statusCell(m9.id, { status: 'DRAFT', reported: false, overdue: true, timing: null })] }]),
      'Q1',
    );
    expect(boardFilterCounts(q1Only).missing).toBe(0);
  });
});

describe(viewBoard.name, () => {
  it('keeps every row, sorted by name within each kind, by default', () => {
    expect(codes(viewBoard(board, DEFAULT_BOARD_VIEW, vi))).toEqual(['SNgV', 'STP', 'SXD', 'BDT', 'HBS']);
  });

  it('lists the rows of a filter and drops the kinds left empty', () => {
    const late = viewBoard(board, { ...DEFAULT_BOARD_VIEW, filter: 'late' }, vi);
    expect(codes(late)).toEqual(['STP', 'SXD']);
    expect(late.groups.map((g) => g.kind)).toEqual(['department']);
    expect(late.columns).toBe(board.columns);
  });

  it('sorts the most urgent first: overdue, then late by days, then returned, awaiting, accepted', () => {
    expect(codes(viewBoard(board, { ...DEFAULT_BOARD_VIEW, sort: 'status' }, vi))).toEqual(['SXD', 'STP', 'SNgV', 'BDT', 'HBS']);
  });

  it('finds agencies by name or code, accents and case ignored', () => {
    expect(codes(viewBoard(board, { ...DEFAULT_BOARD_VIEW, search: 'so tu phap' }, vi))).toEqual(['STP']);
    expect(codes(viewBoard(board, { ...DEFAULT_BOARD_VIEW, search: '  SỞ TƯ ' }, vi))).toEqual(['STP']);
    expect(codes(viewBoard(board, { ...DEFAULT_BOARD_VIEW, search: 'sngv' }, vi))).toEqual(['SNgV']);
    expect(codes(viewBoard(board, { ...DEFAULT_BOARD_VIEW, search: 'binh son' }, vi))).toEqual(['HBS']);
    expect(codes(viewBoard(board, { ...DEFAULT_BOARD_VIEW, filter: 'late', search: 'ngoai vu' }, vi))).toEqual([]);
  });
});

describe(changeBoardView.name, () => {
  const onPage4 = { ...DEFAULT_BOARD_VIEW, page: 4 };

  it('goes back to the first page when the filter, the order or the search changes', () => {
    expect(changeBoardView(onPage4, { filter: 'late' })).toEqual({ ...DEFAULT_BOARD_VIEW, filter: 'late', page: 1 });
    expect(changeBoardView(onPage4, { sort: 'status' }).page).toBe(1);
    expect(changeBoardView(onPage4, { search: 'so' }).page).toBe(1);
  });

  it('moves to the page asked for, and stays on its page when nothing that lists the rows changed', () => {
    expect(changeBoardView(onPage4, { page: 7 })).toEqual({ ...DEFAULT_BOARD_VIEW, page: 7 });
    expect(changeBoardView(onPage4, { filter: 'all', search: '' }).page).toBe(4);
  });
});

describe('the view in the address', () => {
  it('reads a link and falls back to the default for what is missing or unknown', () => {
    expect(parseBoardView({ board: 'late', sort: 'status', q: 'tư pháp', page: '3' })).toEqual({ filter: 'late', sort: 'status', search: 'tư pháp', page: 3 });
    expect(parseBoardView({ board: 'everything', sort: ['status', 'name'] })).toEqual({ filter: 'all', sort: 'status', search: '', page: 1 });
    for (const page of ['0', '-2', '1.5', 'two', '']) expect(parseBoardView({ page }).page).toBe(1);
    expect(parseBoardView({})).toEqual(DEFAULT_BOARD_VIEW);
  });

  it('writes only what differs from the default, and reads back what it wrote', () => {
    expect(boardViewQuery(DEFAULT_BOARD_VIEW)).toEqual({});
    const view = { filter: 'missing' as const, sort: 'status' as const, search: 'so tu phap', page: 2 };
    expect(boardViewQuery(view)).toEqual({ board: 'missing', sort: 'status', q: 'so tu phap', page: '2' });
    expect(parseBoardView(boardViewQuery(view))).toEqual(view);
  });
});
