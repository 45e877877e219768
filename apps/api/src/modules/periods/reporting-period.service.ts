import { Injectable } from '@nestjs/common';
import type { PeriodListQuery, ReportingPeriodDto } from '@cchc/domain';
import { toReportingPeriodDto } from './reporting-period.dto.js';
import { ReportingPeriodRepository } from './reporting-period.repository.js';

@Injectable()
export class ReportingPeriodService {
  constructor(private readonly periods: ReportingPeriodRepository) {}

  async get(id: string): Promise<ReportingPeriodDto | null> {
    const period = await this.periods.findById(id);
    return period ? toReportingPeriodDto(period) : null;
  }

  async list(query: PeriodListQuery): Promise<ReportingPeriodDto[]> {
    return (await this.periods.list(query)).map(toReportingPeriodDto);
  }
}
