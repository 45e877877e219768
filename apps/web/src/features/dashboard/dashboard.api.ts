import {
  DashboardAreasResponseSchema,
  DashboardDossierResponseSchema,
  DashboardOverviewResponseSchema,
  DashboardRankingResponseSchema,
  DashboardStatusResponseSchema,
  ReminderLetterSchema,
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
  type ReminderLetterBody,
  type ReminderLetterDto,
} from '@cchc/domain';
import { z } from 'zod';
import { getJson, queryString, requestFile, requestJson, type DownloadedFile } from '../../shared/http/http.js';
import { overviewPath } from './helpers/overview-query.js';

const ReminderLetterListSchema = z.array(ReminderLetterSchema);

// The only place with the dashboard URLs (apps/api dashboard.controller.ts, and the reminder
// letters Home Affairs sends from the status board: reminder-letter.controller.ts); every answer
// is checked against its contract in @cchc/domain.
export const dashboardApi = {
  /** The first view in one answer: the years, the year to show and its four answers. */
  overview: (query: DashboardOverviewQuery, signal?: AbortSignal): Promise<DashboardOverviewResponse> =>
    getJson(overviewPath(query), DashboardOverviewResponseSchema, signal),
  status: (query: DashboardStatusQuery, signal?: AbortSignal): Promise<DashboardStatusResponse> =>
    getJson(`/api/dashboard/status${queryString(query)}`, DashboardStatusResponseSchema, signal),
  dossier: (query: DashboardDossierQuery, signal?: AbortSignal): Promise<DashboardDossierResponse> =>
    getJson(`/api/dashboard/dossier${queryString(query)}`, DashboardDossierResponseSchema, signal),
  areas: (query: DashboardAreasQuery, signal?: AbortSignal): Promise<DashboardAreasResponse> =>
    getJson(`/api/dashboard/areas${queryString(query)}`, DashboardAreasResponseSchema, signal),
  ranking: (query: DashboardRankingQuery, signal?: AbortSignal): Promise<DashboardRankingResponse> =>
    getJson(`/api/dashboard/ranking${queryString(query)}`, DashboardRankingResponseSchema, signal),
  /** The reminder letters of a period, newest first. */
  reminderLetters: (periodId: string, signal?: AbortSignal): Promise<ReminderLetterDto[]> =>
    getJson(`/api/reminder-letters${queryString({ periodId })}`, ReminderLetterListSchema, signal),
  /** Issues a reminder letter (reviewers only): the agencies' users are notified. */
  createReminderLetter: (body: ReminderLetterBody): Promise<ReminderLetterDto> =>
    requestJson('POST', '/api/reminder-letters', { schema: ReminderLetterSchema, body }),
  /** A letter as its Word document, with the name the API gives it. */
  reminderLetterDocument: (id: string): Promise<DownloadedFile> => requestFile(`/api/reminder-letters/${encodeURIComponent(id)}/document`),
};
