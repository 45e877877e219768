import { PeriodFiguresResponseSchema, type PeriodFiguresResponse } from '@cchc/domain';
import { getJson, queryString, requestFile, type DownloadedFile } from '../../shared/http/http.js';

// The only place with the figures URLs (apps/api figures.controller.ts); the JSON answer is
// checked against its contract in @cchc/domain.
const path = (periodId: string, extension: '' | '.xlsx', includeSubmitted: boolean): string =>
  `/api/periods/${encodeURIComponent(periodId)}/figures${extension}${queryString({ includeSubmitted: includeSubmitted ? 'true' : undefined })}`;

export const figuresApi = {
  figures: (periodId: string, includeSubmitted: boolean, signal?: AbortSignal): Promise<PeriodFiguresResponse> =>
    getJson(path(periodId, '', includeSubmitted), PeriodFiguresResponseSchema, signal),
  workbook: (periodId: string, includeSubmitted: boolean): Promise<DownloadedFile> => requestFile(path(periodId, '.xlsx', includeSubmitted)),
};
