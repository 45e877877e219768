import { listQueryOf, pageCount, pageRange, routeQueryOf } from './list-query.js';

describe('the list of notifications in the address', () => {
  it('reads the page and the filter, anything else as page 1 of all', () => {
    expect(listQueryOf({})).toEqual({ page: 1, unreadOnly: false });
    expect(listQueryOf({ page: '3', unread: '1' })).toEqual({ page: 3, unreadOnly: true });
    expect(listQueryOf({ page: ['2', '5'] })).toEqual({ page: 2, unreadOnly: false });
    expect(listQueryOf({ page: '0' }).page).toBe(1);
    expect(listQueryOf({ page: '1.5' }).page).toBe(1);
    expect(listQueryOf({ page: 'x', unread: 'yes' })).toEqual({ page: 1, unreadOnly: false });
  });

  it('writes them back without the defaults, so the first page of all is the bare address', () => {
    expect(routeQueryOf({ page: 1, unreadOnly: false })).toEqual({});
    expect(routeQueryOf({ page: 2, unreadOnly: true })).toEqual({ unread: '1', page: '2' });
    expect(listQueryOf(routeQueryOf({ page: 4, unreadOnly: true }) as Record<string, string>)).toEqual({ page: 4, unreadOnly: true });
  });
});

describe('pages of 20', () => {
  it('counts the pages, one even when empty', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(20)).toBe(1);
    expect(pageCount(21)).toBe(2);
    expect(pageCount(45)).toBe(3);
  });

  it('numbers the first and last notification of a page', () => {
    expect(pageRange(1, 0)).toEqual({ from: 0, to: 0 });
    expect(pageRange(1, 45)).toEqual({ from: 1, to: 20 });
    expect(pageRange(3, 45)).toEqual({ from: 41, to: 45 });
  });
});
