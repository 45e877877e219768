import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ReformAreaEntity } from './reform-area.entity.js';
import { ReformProgrammeEntity } from './reform-programme.entity.js';

@Injectable()
export class ReformAreaRepository {
  constructor(
    @InjectRepository(ReformProgrammeEntity) private readonly programmes: Repository<ReformProgrammeEntity>,
    @InjectRepository(ReformAreaEntity) private readonly areas: Repository<ReformAreaEntity>,
  ) {}

  listProgrammes(): Promise<ReformProgrammeEntity[]> {
    return this.programmes.find({ order: { fromYear: 'ASC' } });
  }

  listAreas(programmeCodes?: string[]): Promise<ReformAreaEntity[]> {
    const qb = this.areas.createQueryBuilder('area');
    if (programmeCodes) qb.where('area.programme_code IN (:...codes)', { codes: programmeCodes });
    return qb
      .innerJoin(ReformProgrammeEntity, 'programme', 'programme.code = area.programme_code')
      .orderBy('programme.from_year')
      .addOrderBy('area.ordinal')
      .getMany();
  }
}
