import { AppSettingEntity } from '../modules/settings/app-setting.entity.js';
import { UserEntity } from '../modules/users/user.entity.js';
import { AuditEntryEntity } from '../modules/audit/audit-entry.entity.js';
import { ReportSubmissionEntity } from '../modules/reports/report-submission.entity.js';
import { ReportEntity } from '../modules/reports/report.entity.js';
import { AgencyEntity } from '../modules/agencies/agency.entity.js';
import { AgencySuccessionEntity } from '../modules/agencies/agency-succession.entity.js';
import { AdminAuditEntryEntity } from '../modules/admin-audit/admin-audit-entry.entity.js';
import { ReportingPeriodEntity } from '../modules/periods/reporting-period.entity.js';
import { ReformAreaEntity } from '../modules/reform-areas/reform-area.entity.js';
import { ReformProgrammeEntity } from '../modules/reform-areas/reform-programme.entity.js';
import { CompilationAuditEntity, CompilationEntity } from '../modules/compilations/compilation.entity.js';
import { ReportImportEntity } from '../modules/imports/report-import.entity.js';

/** Every entity the data source knows. */
export const ENTITIES = [AgencyEntity, ReformProgrammeEntity, ReformAreaEntity, ReportingPeriodEntity, UserEntity, AppSettingEntity, ReportEntity, ReportSubmissionEntity, AuditEntryEntity, AgencySuccessionEntity, AdminAuditEntryEntity, CompilationEntity, CompilationAuditEntity, ReportImportEntity];
