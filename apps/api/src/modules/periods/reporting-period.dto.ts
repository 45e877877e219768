import { periodLabel, type ReportingPeriodDetailDto, type ReportingPeriodDto } from '@cchc/domain';
import type { ReportingPeriodEntity } from './reporting-period.entity.js';

export function toReportingPeriodDto(entity: ReportingPeriodEntity): ReportingPeriodDto {
  const label =
    entity.titleVi && entity.titleEn ? { vi: entity.titleVi, en: entity.titleEn } : periodLabel(entity.year, entity.kind);
  return {
    id: entity.id,
    year: entity.year,
    kind: entity.kind,
    label,
    windowFrom: entity.windowFrom,
    windowTo: entity.windowTo,
    deadline: entity.deadline,
    graceDays: entity.graceDays,
  };
}

export function toReportingPeriodDetailDto(entity: ReportingPeriodEntity): ReportingPeriodDetailDto {
  return { ...toReportingPeriodDto(entity), version: entity.version };
}

/** What the administration log keeps of a period before and after a change. */
export function periodAuditState(entity: ReportingPeriodEntity): Record<string, unknown> {
  return { ...toReportingPeriodDetailDto(entity) };
}
