import { ReferenceDataSchema, type ReferenceDataDto } from '@cchc/domain';
import { getJson } from '../http/http.js';

// The only place with the reference-data URL: agencies, reform areas and periods in one answer
// (one request instead of three at sign-in; the API tags it with an ETag, so the browser's cache
// revalidates it).
export const referenceDataApi = {
  load: (signal?: AbortSignal): Promise<ReferenceDataDto> => getJson('/api/reference-data', ReferenceDataSchema, signal),
};
