import {
  AgencySchema,
  ReformAreaSchema,
  ReportingPeriodSchema,
  type AgencyDto,
  type ReformAreaDto,
  type ReportingPeriodDto,
} from '@cchc/domain';
import { z } from 'zod';
import { getJson } from '../http/http.js';

// The only place with the reference-data URLs.
export const referenceDataApi = {
  listAgencies: (signal?: AbortSignal): Promise<AgencyDto[]> => getJson('/api/agencies', z.array(AgencySchema), signal),
  listReformAreas: (signal?: AbortSignal): Promise<ReformAreaDto[]> =>
    getJson('/api/reform-areas', z.array(ReformAreaSchema), signal),
  listPeriods: (signal?: AbortSignal): Promise<ReportingPeriodDto[]> =>
    getJson('/api/periods', z.array(ReportingPeriodSchema), signal),
};
