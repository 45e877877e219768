import { CreateReferenceTables1764115200000 } from './1764115200000-create-reference-tables.js';
import { CreateUsers1764201600000 } from './1764201600000-create-users.js';
import { CreateReports1764288000000 } from './1764288000000-create-reports.js';
import { AgencySuccession1764374400000 } from './1764374400000-agency-succession.js';
import { FirstSubmissionTiming1764460800000 } from './1764460800000-first-submission-timing.js';
import { AccountsFirstRun1764547200000 } from './1764547200000-accounts-first-run.js';
import { SignInThrottle1764633600000 } from './1764633600000-sign-in-throttle.js';
import { SubmissionRegistration1764720000000 } from './1764720000000-submission-registration.js';
import { ReportIndicators1764806400000 } from './1764806400000-report-indicators.js';
import { Compilations1764892800000 } from './1764892800000-compilations.js';
import { ProvinceAgency1764979200000 } from './1764979200000-province-agency.js';
import { ReportImports1765065600000 } from './1765065600000-report-imports.js';
import { ReportFigures1765152000000 } from './1765152000000-report-figures.js';
import { DataVersion1765238400000 } from './1765238400000-data-version.js';
import { ReportFigureTiming1765324800000 } from './1765324800000-report-figure-timing.js';
import { ReferenceVersion1765411200000 } from './1765411200000-reference-version.js';
import { DataVersionSlots1765497600000 } from './1765497600000-data-version-slots.js';
import { Notifications1765584000000 } from './1765584000000-notifications.js';
import { LeanStatusCells1765670400000 } from './1765670400000-lean-status-cells.js';
import { ReferenceVersionAreas1765756800000 } from './1765756800000-reference-version-areas.js';
import { VersionsOncePerTransaction1765843200000 } from './1765843200000-versions-once-per-transaction.js';
import { DocumentCompression1765929600000 } from './1765929600000-document-compression.js';

/** Every migration, oldest first. Listed explicitly: no globbing of compiled files. */
export const MIGRATIONS = [
  CreateReferenceTables1764115200000,
  CreateUsers1764201600000,
  CreateReports1764288000000,
  AgencySuccession1764374400000,
  FirstSubmissionTiming1764460800000,
  AccountsFirstRun1764547200000,
  SignInThrottle1764633600000,
  SubmissionRegistration1764720000000,
  ReportIndicators1764806400000,
  Compilations1764892800000,
  ProvinceAgency1764979200000,
  ReportImports1765065600000,
  ReportFigures1765152000000,
  DataVersion1765238400000,
  ReportFigureTiming1765324800000,
  ReferenceVersion1765411200000,
  DataVersionSlots1765497600000,
  Notifications1765584000000,
  LeanStatusCells1765670400000,
  ReferenceVersionAreas1765756800000,
  VersionsOncePerTransaction1765843200000,
  DocumentCompression1765929600000,
];
