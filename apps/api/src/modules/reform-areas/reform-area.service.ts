import { Injectable } from '@nestjs/common';
import type { ReformAreaDto, ReformAreaListQuery, ReformProgrammeDto } from '@cchc/domain';
import { toReformAreaDto, toReformProgrammeDto } from './reform-area.dto.js';
import { ReformAreaRepository } from './reform-area.repository.js';

@Injectable()
export class ReformAreaService {
  constructor(private readonly repository: ReformAreaRepository) {}

  /** Areas of every programme, of one programme, or of the programme in force in a year. */
  async listAreas(query: ReformAreaListQuery): Promise<ReformAreaDto[]> {
    const programmes = await this.repository.listProgrammes();
    let codes: string[] | undefined;
    if (query.programme) codes = [query.programme];
    if (query.year !== undefined) {
      const year = query.year;
      const inForce = programmes.filter((p) => p.fromYear <= year && p.toYear >= year).map((p) => p.code);
      codes = codes ? codes.filter((c) => inForce.includes(c)) : inForce;
    }
    if (codes?.length === 0) return [];
    return (await this.repository.listAreas(codes)).map(toReformAreaDto);
  }

  async listProgrammes(): Promise<ReformProgrammeDto[]> {
    const [programmes, areas] = await Promise.all([this.repository.listProgrammes(), this.repository.listAreas()]);
    return programmes.map((p) => toReformProgrammeDto(p, areas));
  }
}
