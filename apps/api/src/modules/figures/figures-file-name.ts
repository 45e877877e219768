import type { ReportingPeriodDto } from '@cchc/domain';

/** The workbook's file name: `so-lieu-cchc_M9-2023.xlsx`. */
export function figuresFileName(period: Pick<ReportingPeriodDto, 'kind' | 'year'>): string {
  return `so-lieu-cchc_${period.kind}-${period.year}.xlsx`;
}
