import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { PeriodListQuery } from '@cchc/domain';
import { Repository } from 'typeorm';
import { ReportingPeriodEntity } from './reporting-period.entity.js';

@Injectable()
export class ReportingPeriodRepository {
  constructor(@InjectRepository(ReportingPeriodEntity) private readonly periods: Repository<ReportingPeriodEntity>) {}

  findById(id: string): Promise<ReportingPeriodEntity | null> {
    return this.periods.findOneBy({ id });
  }

  /** Periods matching the filters, in the order their windows close. */
  list(query: PeriodListQuery): Promise<ReportingPeriodEntity[]> {
    return this.periods.find({
      where: { ...(query.year !== undefined ? { year: query.year } : {}), ...(query.kind ? { kind: query.kind } : {}) },
      order: { year: 'ASC', windowTo: 'ASC', windowFrom: 'DESC' },
    });
  }
}
