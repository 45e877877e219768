import type { RouteLocationNormalizedLoaded } from 'vue-router';
import type { Locale } from '../../shared/i18n/index.js';
import { useDashboardStore } from './dashboard.store.js';
import { parseBoardView } from './helpers/board-view.js';
import { parseDashboardLink } from './helpers/dashboard-link.js';

/**
 * Opens the dashboard for an address and a language: what the page does when it mounts, and what
 * the router starts as soon as a reviewer is let in (route meta `prefetch`), so the reference
 * data and the overview are asked for while the page's code and Chart.js load. The second call,
 * for the same address and language, joins the first (`early`: DashboardStore.openEarly).
 */
export function openDashboard(to: Pick<RouteLocationNormalizedLoaded, 'fullPath' | 'query'>, lang: Locale, early = false): Promise<void> {
  const dashboard = useDashboardStore();
  dashboard.lang = lang;
  const link = parseDashboardLink(to.query);
  const view = parseBoardView(to.query);
  const address = `${lang} ${to.fullPath}`;
  return early ? dashboard.openEarly(link, view, address) : dashboard.open(link, view, address);
}
