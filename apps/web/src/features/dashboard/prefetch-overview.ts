import type { RouteLocationNormalized } from 'vue-router';
import { prefetchGet } from '../../shared/http/http.js';
import type { Locale } from '../../shared/i18n/index.js';
import { parseBoardView } from './helpers/board-view.js';
import { parseDashboardLink } from './helpers/dashboard-link.js';
import { firstOverviewQuery, overviewPath } from './helpers/overview-query.js';

/**
 * The overview a visit of the dashboard can be asked for ahead of its code: on the first visit of
 * the page load, when its link names no year, the store's first request (the API picks the year).
 * Any other visit asks for the compared period too, which the reference data decides: null.
 */
export function overviewToPrefetch(to: Pick<RouteLocationNormalized, 'query'>, lang: Locale, firstVisit: boolean): string | null {
  const link = parseDashboardLink(to.query);
  if (!firstVisit || link.year !== undefined) return null;
  return overviewPath(firstOverviewQuery(link, parseBoardView(to.query), lang));
}

let visited = false;

/**
 * Asks for the dashboard's overview as soon as a reviewer is let in (route meta `prefetch`), before
 * the dashboard's code and its dependencies have loaded: that code only takes the answer on its
 * way (`prefetchGet`). This module stays small, since the router, in the first chunk, imports it.
 */
export function prefetchOverview(to: Pick<RouteLocationNormalized, 'query'>, lang: Locale): void {
  const path = overviewToPrefetch(to, lang, !visited);
  visited = true;
  if (path) prefetchGet(path);
}
