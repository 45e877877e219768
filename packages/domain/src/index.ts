// Public API of @cchc/domain. Everything here is pure: no framework, no I/O, no clock.
export type { LocalizedText } from './shared/localized-text.js';

export { AGENCY_KINDS, type AgencyKind } from './agencies/agency-kind.js';

export {
  REFORM_PROGRAMMES,
  type ReformArea,
  type ReformAreaKey,
  type ReformProgramme,
  type ReformProgrammeCode,
} from './programmes/reform-programmes.js';
export { programmeForYear } from './programmes/programme-for-year.js';
export { crosswalkArea } from './programmes/crosswalk-area.js';

export {
  PERIOD_KINDS,
  STANDARD_PERIOD_KINDS,
  type PeriodKind,
  type StandardPeriodKind,
} from './periods/period-kind.js';
export { reportingWindow, type ReportingWindow } from './periods/reporting-window.js';
export { periodLabel } from './periods/period-label.js';

export * from './contracts/error.contract.js';
export * from './contracts/reference-data.contract.js';
