import {
  DashboardAreasResponseSchema,
  DashboardDossierResponseSchema,
  DashboardRankingResponseSchema,
  DashboardStatusResponseSchema,
} from '@cchc/domain';
import {
  DASHBOARD_AREAS_EXAMPLE,
  DASHBOARD_DOSSIER_EXAMPLE,
  DASHBOARD_RANKING_EXAMPLE,
  DASHBOARD_STATUS_EXAMPLE,
} from './dashboard.examples.js';

describe('dashboard OpenAPI examples', () => {
  it.each([
    ['status', DashboardStatusResponseSchema, DASHBOARD_STATUS_EXAMPLE],
    ['dossier', DashboardDossierResponseSchema, DASHBOARD_DOSSIER_EXAMPLE],
    ['areas', DashboardAreasResponseSchema, DASHBOARD_AREAS_EXAMPLE],
    ['ranking', DashboardRankingResponseSchema, DASHBOARD_RANKING_EXAMPLE],
  ] as const)('the %s example matches its response contract', (_name, schema, example) => {
    expect(schema.safeParse(example).error?.issues ?? []).toEqual([]);
  });
});
