import { Injectable } from '@nestjs/common';
import type { AgencyDto, AgencyListQuery } from '@cchc/domain';
import { toAgencyDto } from './agency.dto.js';
import { AgencyRepository } from './agency.repository.js';

@Injectable()
export class AgencyService {
  constructor(private readonly agencies: AgencyRepository) {}

  async list(query: AgencyListQuery): Promise<AgencyDto[]> {
    return (await this.agencies.list(query)).map(toAgencyDto);
  }
}
