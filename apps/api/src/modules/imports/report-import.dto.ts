import type { ImportResponse, ImportSummary } from '@cchc/domain';
import type { ReportImportEntity } from './report-import.entity.js';
import type { ReportImportSummaryRow } from './report-import.repository.js';

export function toImportResponse(entity: ReportImportEntity, createdByName: string): ImportResponse {
  return {
    id: entity.id,
    fileName: entity.fileName,
    fileHash: entity.fileHash,
    format: entity.format,
    size: entity.size,
    status: entity.status,
    createdAt: entity.createdAt.toISOString(),
    createdBy: { id: entity.createdBy, name: createdByName },
    agencyId: entity.agencyId,
    periodId: entity.periodId,
    reportId: entity.reportId,
    extraction: entity.extraction,
  };
}

export function toImportSummary(row: ReportImportSummaryRow): ImportSummary {
  return {
    id: row.id,
    fileName: row.fileName,
    fileHash: row.fileHash,
    format: row.format,
    size: row.size,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    createdBy: { id: row.createdBy, name: row.createdByName },
    agencyId: row.agencyId,
    periodId: row.periodId,
    reportId: row.reportId,
    title: row.title,
    agencyCode: row.agencyCode,
  };
}

/** What the report's IMPORT audit entry says of where the report came from. */
export function importAuditDetails(entity: ReportImportEntity): Record<string, unknown> {
  return { import: { id: entity.id, fileName: entity.fileName, fileHash: entity.fileHash, format: entity.format, size: entity.size } };
}
