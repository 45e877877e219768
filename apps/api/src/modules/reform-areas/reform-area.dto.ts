import type { ReformAreaDto, ReformProgrammeDto } from '@cchc/domain';
import type { ReformAreaEntity } from './reform-area.entity.js';
import type { ReformProgrammeEntity } from './reform-programme.entity.js';

export function toReformAreaDto(entity: ReformAreaEntity): ReformAreaDto {
  return {
    id: entity.id,
    programme: entity.programmeCode as ReformAreaDto['programme'],
    ordinal: entity.ordinal,
    key: entity.key,
    name: { vi: entity.nameVi, en: entity.nameEn },
  };
}

export function toReformProgrammeDto(entity: ReformProgrammeEntity, areas: ReformAreaEntity[]): ReformProgrammeDto {
  return {
    code: entity.code as ReformProgrammeDto['code'],
    resolution: { symbol: entity.resolutionSymbol, date: entity.resolutionDate },
    fromYear: entity.fromYear,
    toYear: entity.toYear,
    name: { vi: entity.nameVi, en: entity.nameEn },
    areas: areas.filter((a) => a.programmeCode === entity.code).map(toReformAreaDto),
  };
}
