import { periodLabel, type ReportingPeriodDto } from '@cchc/domain';
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
