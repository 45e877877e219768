import type { AgencyKind, DashboardOverviewQuery, DashboardStructure, PeriodKind, RankingFigure } from '@cchc/domain';
import { queryString } from '../../../shared/http/http.js';
import type { Locale } from '../../../shared/i18n/index.js';
import { DEFAULT_BOARD_VIEW, type BoardView } from './board-view.js';
import type { DashboardLink } from './dashboard-link.js';

/** What a dashboard shows before anyone chooses: the figure ranked and the structure compared. */
export const DASHBOARD_START: { figure: RankingFigure; structure: DashboardStructure } = { figure: 'onTimeRate', structure: 'reported' };

/** What the overview is asked for, as the dashboard holds it. */
export interface OverviewState {
  year: number | null;
  kind: PeriodKind | null;
  agencyKind: AgencyKind | null;
  structure: DashboardStructure;
  figure: RankingFigure;
  /** The period compared, once known (chosen, or the default of the year). */
  periodId: string | null;
  /** The agencies picked for the rate charts; null: the API charts the busiest. */
  picks: string[] | null;
  /** The board's view as asked for (its search once the typing paused). */
  view: BoardView;
  lang: Locale;
}

/** The board's view and language as the overview takes them, defaults left out. */
function overviewBoardQuery(view: BoardView, lang: Locale): Partial<DashboardOverviewQuery> {
  const search = view.search.trim();
  return {
    ...(view.filter !== DEFAULT_BOARD_VIEW.filter ? { board: view.filter } : {}),
    ...(view.sort !== DEFAULT_BOARD_VIEW.sort ? { boardSort: view.sort } : {}),
    ...(search !== '' ? { boardQ: search } : {}),
    ...(view.page !== 1 ? { boardPage: view.page } : {}),
    ...(lang !== 'vi' ? { lang } : {}),
  };
}

/** The overview's query for what the dashboard shows, defaults left out (the API applies the same). */
export function overviewQueryOf(state: OverviewState): DashboardOverviewQuery {
  return {
    ...(state.year !== null ? { year: state.year } : {}),
    ...(state.kind ? { kind: state.kind } : {}),
    ...(state.agencyKind ? { agencyKind: state.agencyKind } : {}),
    ...(state.structure !== DASHBOARD_START.structure ? { structure: state.structure } : {}),
    ...(state.figure !== DASHBOARD_START.figure ? { figure: state.figure } : {}),
    ...(state.periodId ? { periodId: state.periodId } : {}),
    ...(state.picks ? { agencyIds: state.picks } : {}),
    ...overviewBoardQuery(state.view, state.lang),
  };
}

/**
 * What the first visit of a page load asks the overview for: the filters the link names, the
 * board's view and the language, the rest as a dashboard starts (no year: the API picks it). The
 * router asks for it before the dashboard's code has loaded; the store's first request is the same.
 */
export function firstOverviewQuery(link: DashboardLink, view: BoardView, lang: Locale): DashboardOverviewQuery {
  return overviewQueryOf({
    year: link.year ?? null,
    kind: link.kind ?? null,
    agencyKind: link.agencyKind ?? null,
    structure: link.structure ?? DASHBOARD_START.structure,
    figure: DASHBOARD_START.figure,
    periodId: null,
    picks: null,
    view,
    lang,
  });
}

/** The overview's address: dashboard.api.ts asks it, the router asks for it ahead. */
export function overviewPath(query: DashboardOverviewQuery): string {
  return `/api/dashboard/overview${queryString(query)}`;
}
