import type { AgencyDto } from '@cchc/domain';
import type { AgencyEntity } from './agency.entity.js';

/** Entities never leave the API: this is the one mapping to the contract. */
export function toAgencyDto(entity: AgencyEntity): AgencyDto {
  return {
    id: entity.id,
    code: entity.code,
    name: { vi: entity.nameVi, en: entity.nameEn },
    kind: entity.kind,
    parentId: entity.parentId,
    validFrom: entity.validFrom,
    validTo: entity.validTo,
  };
}
