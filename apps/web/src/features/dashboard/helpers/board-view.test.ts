import { BOARD_FILTERS, BOARD_SEARCH_MAX_LENGTH, BOARD_SORTS, boardViewQuery, changeBoardView, parseBoardView, sameBoardView, DEFAULT_BOARD_VIEW } from './board-view.js';

describe('the choices of the board', () => {
  it("are the API's filters and orders, the default first", () => {
    expect(BOARD_FILTERS).toEqual(['all', 'late', 'missing', 'returned', 'awaiting']);
    expect(BOARD_SORTS).toEqual(['name', 'status']);
    expect(DEFAULT_BOARD_VIEW).toEqual({ filter: BOARD_FILTERS[0], sort: BOARD_SORTS[0], search: '', page: 1 });
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

describe(sameBoardView.name, () => {
  it('tells whether two views show the same', () => {
    expect(sameBoardView(DEFAULT_BOARD_VIEW, { ...DEFAULT_BOARD_VIEW })).toBe(true);
    expect(sameBoardView(DEFAULT_BOARD_VIEW, { ...DEFAULT_BOARD_VIEW, page: 2 })).toBe(false);
    expect(sameBoardView(DEFAULT_BOARD_VIEW, { ...DEFAULT_BOARD_VIEW, search: ' ' })).toBe(false);
  });
});

describe('the view in the address', () => {
  it('reads a link and falls back to the default for what is missing or unknown', () => {
    expect(parseBoardView({ board: 'late', sort: 'status', q: 'tư pháp', page: '3' })).toEqual({ filter: 'late', sort: 'status', search: 'tư pháp', page: 3 });
    expect(parseBoardView({ board: 'everything', sort: ['status', 'name'] })).toEqual({ filter: 'all', sort: 'status', search: '', page: 1 });
    for (const page of ['0', '-2', '1.5', 'two', '']) expect(parseBoardView({ page }).page).toBe(1);
    expect(parseBoardView({})).toEqual(DEFAULT_BOARD_VIEW);
  });

  it('cuts what the API would refuse to what it takes: a search of 200 characters, page 100,000', () => {
    expect(parseBoardView({ q: 'x'.repeat(500) }).search).toHaveLength(BOARD_SEARCH_MAX_LENGTH);
    expect(parseBoardView({ page: '999999999' }).page).toBe(100_000);
  });

  it('writes only what differs from the default, and reads back what it wrote', () => {
    expect(boardViewQuery(DEFAULT_BOARD_VIEW)).toEqual({});
    const view = { filter: 'missing' as const, sort: 'status' as const, search: 'so tu phap', page: 2 };
    expect(boardViewQuery(view)).toEqual({ board: 'missing', sort: 'status', q: 'so tu phap', page: '2' });
    expect(parseBoardView(boardViewQuery(view))).toEqual(view);
  });
});
