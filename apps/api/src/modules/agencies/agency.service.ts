import { Injectable } from '@nestjs/common';
import type { AgencyDto, AgencyListQuery } from '@cchc/domain';
import { toAgencyDto } from './agency.dto.js';
import { AgencyRepository } from './agency.repository.js';

@Injectable()
export class AgencyService {
  constructor(private readonly agencies: AgencyRepository) {}

  async get(id: string): Promise<AgencyDto | null> {
    const agency = await this.agencies.findById(id);
    return agency ? toAgencyDto(agency) : null;
  }

  async list(query: AgencyListQuery): Promise<AgencyDto[]> {
    return (await this.agencies.list(query)).map(toAgencyDto);
  }
}
