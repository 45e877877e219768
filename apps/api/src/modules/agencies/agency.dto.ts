import type { AgencyDetailDto, AgencyDto, AgencyLinkDto } from '@cchc/domain';
import type { AgencyEntity } from './agency.entity.js';
import type { SuccessionRow } from './agency.repository.js';

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

/** The agency with its version and the successions it takes part in (of `successions`). */
export function toAgencyDetailDto(entity: AgencyEntity, successions: readonly SuccessionRow[]): AgencyDetailDto {
  const predecessors: AgencyLinkDto[] = successions
    .filter((s) => s.successorId === entity.id)
    .map((s) => ({ agencyId: s.predecessorId, code: s.predecessorCode, effectiveOn: s.effectiveOn, note: s.note }));
  const successors: AgencyLinkDto[] = successions
    .filter((s) => s.predecessorId === entity.id)
    .map((s) => ({ agencyId: s.successorId, code: s.successorCode, effectiveOn: s.effectiveOn, note: s.note }));
  return { ...toAgencyDto(entity), version: entity.version, predecessors, successors };
}

/** What the administration log keeps of an agency before and after a change. */
export function agencyAuditState(entity: AgencyEntity): Record<string, unknown> {
  return {
    code: entity.code,
    name: { vi: entity.nameVi, en: entity.nameEn },
    kind: entity.kind,
    parentId: entity.parentId,
    validFrom: entity.validFrom,
    validTo: entity.validTo,
    version: entity.version,
  };
}
