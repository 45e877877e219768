import {
  DashboardAreasResponseSchema,
  DashboardDossierResponseSchema,
  DashboardOverviewResponseSchema,
  DashboardRankingResponseSchema,
  DashboardStatusResponseSchema,
  type DashboardAreasQuery,
  type DashboardAreasResponse,
  type DashboardDossierQuery,
  type DashboardDossierResponse,
  type DashboardOverviewQuery,
  type DashboardOverviewResponse,
  type DashboardRankingQuery,
  type DashboardRankingResponse,
  type DashboardStatusQuery,
  type DashboardStatusResponse,
} from '@cchc/domain';
import { getJson, queryString } from '../../shared/http/http.js';

// The only place with the dashboard URLs (apps/api dashboard.controller.ts); every answer is
// checked against its contract in @cchc/domain.
export const dashboardApi = {
  /** The first view in one answer: the years, the year to show and its four answers. */
  overview: (query: DashboardOverviewQuery, signal?: AbortSignal): Promise<DashboardOverviewResponse> =>
    getJson(`/api/dashboard/overview${queryString(query)}`, DashboardOverviewResponseSchema, signal),
  status: (query: DashboardStatusQuery, signal?: AbortSignal): Promise<DashboardStatusResponse> =>
    getJson(`/api/dashboard/status${queryString(query)}`, DashboardStatusResponseSchema, signal),
  dossier: (query: DashboardDossierQuery, signal?: AbortSignal): Promise<DashboardDossierResponse> =>
    getJson(`/api/dashboard/dossier${queryString(query)}`, DashboardDossierResponseSchema, signal),
  areas: (query: DashboardAreasQuery, signal?: AbortSignal): Promise<DashboardAreasResponse> =>
    getJson(`/api/dashboard/areas${queryString(query)}`, DashboardAreasResponseSchema, signal),
  ranking: (query: DashboardRankingQuery, signal?: AbortSignal): Promise<DashboardRankingResponse> =>
    getJson(`/api/dashboard/ranking${queryString(query)}`, DashboardRankingResponseSchema, signal),
};
