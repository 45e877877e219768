import { DossierCountsSchema, DossierRatesSchema, DossierTotalsSchema, RANKING_DEFAULT_ORDER, RANKING_FIGURES, ReportingRateSchema } from './aggregation.contract.js';
import { aggregateDossier } from '../aggregation/aggregate-dossier.js';
import { reportingRate } from '../aggregation/reporting-rate.js';
import { dossierFigures } from '../../test/factories/dossier.factory.js';

describe('DossierCountsSchema', () => {
  it('accepts what aggregateDossier computes, and its totals and rates too', () => {
    const aggregate = aggregateDossier([{ agencyId: 'a', figures: dossierFigures() }]);
    expect(DossierCountsSchema.safeParse(aggregate.figures).success).toBe(true);
    expect(DossierTotalsSchema.safeParse(aggregate.totals).success).toBe(true);
    expect(DossierRatesSchema.safeParse(aggregate.rates).success).toBe(true);
  });

  it('rejects stated totals, which a sum does not carry', () => {
    expect(DossierCountsSchema.safeParse(dossierFigures({ stated: { received: 14 } })).success).toBe(false);
  });
});

describe('ReportingRateSchema', () => {
  it('accepts what reportingRate computes, including a null rate when nobody is expected', () => {
    expect(ReportingRateSchema.safeParse(reportingRate(['a', 'b'], ['a'])).success).toBe(true);
    expect(ReportingRateSchema.safeParse(reportingRate([], ['a'])).success).toBe(true);
  });
});

describe('RANKING_DEFAULT_ORDER', () => {
  it('ranks a late rate lowest first and an on-time rate highest first', () => {
    expect(RANKING_DEFAULT_ORDER.lateRate).toBe('asc');
    expect(RANKING_DEFAULT_ORDER.onTimeRate).toBe('desc');
  });

  it('has an order for every figure', () => {
    expect(Object.keys(RANKING_DEFAULT_ORDER).sort()).toEqual([...RANKING_FIGURES].sort());
  });
});
