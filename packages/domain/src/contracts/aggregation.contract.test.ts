import { AgencyRankingQuerySchema, DossierAggregateResponseSchema } from './aggregation.contract.js';
import { aggregateDossier } from '../aggregation/aggregate-dossier.js';
import { reportingRate } from '../aggregation/reporting-rate.js';
import { dossierFigures } from '../../test/factories/dossier.factory.js';

const periodId = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

describe('AgencyRankingQuerySchema', () => {
  it('rejects a figure it cannot rank by', () => {
    expect(AgencyRankingQuerySchema.safeParse({ periodId, figure: 'carriedOver' }).success).toBe(false);
  });

  it('ranks highest first by default', () => {
    expect(AgencyRankingQuerySchema.parse({ periodId, figure: 'onTimeRate' }).order).toBe('desc');
  });
});

describe('DossierAggregateResponseSchema', () => {
  it('accepts what aggregateDossier and reportingRate compute', () => {
    const aggregate = aggregateDossier([{ agencyId: 'a', figures: dossierFigures() }]);
    const response = { periodId, ...aggregate, reporting: reportingRate(['a', 'b'], ['a']) };
    expect(DossierAggregateResponseSchema.safeParse(response).success).toBe(true);
  });
});
