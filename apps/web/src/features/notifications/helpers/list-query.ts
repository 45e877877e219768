import type { LocationQuery, LocationQueryRaw } from 'vue-router';

/** Notifications on one page of the list. */
export const PAGE_SIZE = 20;

/** The page of the list on show and whether it holds only unread notifications, as the address keeps them. */
export interface ListQuery {
  /** From 1. */
  page: number;
  unreadOnly: boolean;
}

const first = (value: LocationQuery[string] | undefined): string | null => (Array.isArray(value) ? (value[0] ?? null) : (value ?? null));

/**
 * Reads the list's page and filter from the address (`/notifications?unread=1&page=2`), so the
 * back button returns to the page a notification was opened from; anything else reads as page 1
 * of all.
 *
 * @example
 * listQueryOf({ page: '3', unread: '1' }) // { page: 3, unreadOnly: true }
 * listQueryOf({ page: 'x' }) // { page: 1, unreadOnly: false }
 */
export function listQueryOf(query: LocationQuery): ListQuery {
  const page = Number(first(query.page));
  return { page: Number.isInteger(page) && page >= 1 ? page : 1, unreadOnly: first(query.unread) === '1' };
}

/**
 * The address query of a page of the list, the defaults left out.
 *
 * @example
 * routeQueryOf({ page: 1, unreadOnly: true }) // { unread: '1' }
 */
export function routeQueryOf(list: ListQuery): LocationQueryRaw {
  return { ...(list.unreadOnly ? { unread: '1' } : {}), ...(list.page > 1 ? { page: String(list.page) } : {}) };
}

/** How many pages `total` notifications fill (at least 1, the empty one). */
export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/**
 * The positions of the first and last notification of a page, from 1, for "21–40 of 45".
 *
 * @example
 * pageRange(3, 45) // { from: 41, to: 45 }
 */
export function pageRange(page: number, total: number, size = PAGE_SIZE): { from: number; to: number } {
  if (total === 0) return { from: 0, to: 0 };
  const from = Math.min((page - 1) * size + 1, total);
  return { from, to: Math.min(page * size, total) };
}
