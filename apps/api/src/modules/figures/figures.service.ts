import { Injectable } from '@nestjs/common';
import {
  expectedReporters,
  indicatorSetFor,
  periodFigures,
  ReportSchema,
  toIndicatorSetDto,
  type AgencyDetailDto,
  type FiguresReport,
  type PeriodFiguresResponse,
  type Report,
} from '@cchc/domain';
import { AppError } from '../../common/errors/app-error.js';
import { AgencyService } from '../agencies/agency.service.js';
import { ReportingPeriodService } from '../periods/reporting-period.service.js';
import { FiguresRepository } from './figures.repository.js';

/**
 * Every agency's indicator values for a period and the province's totals (docs/domain.md §12),
 * computed by `periodFigures` from the stored reports: the API loads the period, the agencies
 * expected in it (the structure valid on its cut-off, docs/domain.md §8) and the reports, and the
 * domain does the arithmetic.
 */
@Injectable()
export class FiguresService {
  constructor(
    private readonly repository: FiguresRepository,
    private readonly agencies: AgencyService,
    private readonly periods: ReportingPeriodService,
  ) {}

  async figures(periodId: string, options: { includeSubmitted?: boolean } = {}): Promise<PeriodFiguresResponse> {
    const period = await this.periods.get(periodId);
    if (!period) throw new AppError('NOT_FOUND', 'No such reporting period.');
    const [agencies, stored] = await Promise.all([this.agencies.list({}), this.repository.reportsOfPeriod(periodId)]);
    const set = indicatorSetFor(period.windowTo);
    const expected = expectedReporters(agencies, { to: period.windowTo });
    const reports: FiguresReport[] = stored.map((report) => ({ ...report, content: parseStoredContent(report.content) }));
    const includeSubmitted = options.includeSubmitted ?? false;
    const figures = periodFigures(set, { expected, others: agencies, reports, includeSubmitted });
    const byId = new Map(agencies.map((agency) => [agency.id, agency]));
    return {
      period,
      set: toIndicatorSetDto(set),
      includeSubmitted,
      rows: figures.rows.map(({ agencyId, ...row }) => ({ ...row, agency: agencyRef(byId.get(agencyId)) })),
      totals: figures.totals,
    };
  }
}

/** Stored content was validated on every write; parsing fills in what later versions of the schema added. */
export function parseStoredContent(content: unknown): Report | null {
  return content === null ? null : ReportSchema.parse(content);
}

function agencyRef(agency: AgencyDetailDto | undefined): PeriodFiguresResponse['rows'][number]['agency'] {
  if (!agency) throw new Error('A figures row names an agency that is not listed');
  return { id: agency.id, code: agency.code, name: agency.name, kind: agency.kind };
}
