import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AgencyListQuery } from '@cchc/domain';
import { Repository } from 'typeorm';
import { AgencyEntity } from './agency.entity.js';

@Injectable()
export class AgencyRepository {
  constructor(@InjectRepository(AgencyEntity) private readonly agencies: Repository<AgencyEntity>) {}

  findById(id: string): Promise<AgencyEntity | null> {
    return this.agencies.findOneBy({ id });
  }

  /** Agencies matching the filters, departments and boards first, then by code. */
  async list(query: AgencyListQuery): Promise<AgencyEntity[]> {
    const qb = this.agencies.createQueryBuilder('agency');
    if (query.kind) qb.andWhere('agency.kind = :kind', { kind: query.kind });
    if (query.activeOn) {
      qb.andWhere('agency.valid_from <= :day AND (agency.valid_to IS NULL OR agency.valid_to >= :day)', {
        day: query.activeOn,
      });
    }
    return qb
      .orderBy(`CASE agency.kind WHEN 'department' THEN 0 WHEN 'board' THEN 1 WHEN 'district' THEN 2 ELSE 3 END`)
      .addOrderBy('agency.code')
      .getMany();
  }
}
