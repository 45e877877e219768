// Public API of @cchc/domain. Everything here is pure: no framework, no I/O, no clock.
export type { LocalizedText } from './shared/localized-text.js';
export { formatCount } from './shared/format-count.js';
export { formatPercent } from './shared/format-percent.js';
export { romanNumeral } from './shared/roman-numeral.js';
export { foldText } from './shared/fold-text.js';

// Dates (Vietnamese calendar days, UTC+7, computed without Intl).
export { isIsoDate } from './dates/is-iso-date.js';
export { formatIsoDate } from './dates/format-iso-date.js';
export { addDays } from './dates/add-days.js';
export { daysBetween } from './dates/days-between.js';
export { toVietnamDate, VIETNAM_UTC_OFFSET_MINUTES } from './dates/to-vietnam-date.js';
export { formatVietnameseDate } from './dates/format-vietnamese-date.js';

// Findings: the one shape every check returns.
export {
  FINDING_CODES,
  type Finding,
  type FindingCode,
  type FindingDetails,
  type FindingSeverity,
} from './findings/finding.js';
export { hasBlockingFindings } from './findings/has-blocking-findings.js';
export { formatPath } from './findings/format-path.js';

export { AGENCY_KINDS, isReportingKind, REPORTING_AGENCY_KINDS, type AgencyKind, type ReportingAgencyKind } from './agencies/agency-kind.js';
export { AGENCY_LEVEL_NAMES, AGENCY_LEVELS, agencyLevel, type AgencyLevel } from './agencies/agency-level.js';

// Reform programmes, areas and the other section kinds.
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
  PROVINCE_SECTIONS,
  SECTION_KIND_NAMES,
  SECTION_KINDS,
  type ProvinceSection,
  type SectionKind,
} from './programmes/section-kinds.js';
export { sectionTitle, type SectionRef } from './programmes/section-title.js';

// Reporting periods.
export {
  PERIOD_KINDS,
  STANDARD_PERIOD_KINDS,
  type PeriodKind,
  type StandardPeriodKind,
} from './periods/period-kind.js';
export { reportingWindow, type ReportingWindow } from './periods/reporting-window.js';
export { periodLabel, periodPhrase } from './periods/period-label.js';
export { periodWindow, type PeriodRef } from './periods/period-window.js';
export { quarterWindow, type Quarter } from './periods/quarter-window.js';
export { quartersCovered } from './periods/quarters-covered.js';
export {
  classifySubmission,
  type SubmissionClassification,
  type SubmissionTiming,
} from './periods/classify-submission.js';
export { correctionTurnaround, type CorrectionRound } from './periods/correction-turnaround.js';

// Document symbols.
export type { DocumentForm, DocumentSymbol } from './symbols/document-symbol.js';
export {
  ADMINISTRATIVE_DOCUMENT_TYPES,
  NORMATIVE_DOCUMENT_TYPES,
  NORMATIVE_ONLY_DOCUMENT_TYPES,
  PARTY_DOCUMENT_TYPES,
} from './symbols/document-types.js';
export { DEFAULT_AGENCY_CODES } from './symbols/agency-codes.js';
export { knownAgencyCode, type SymbolOptions } from './symbols/symbol-options.js';
export { normalizeSymbolText } from './symbols/normalize-symbol-text.js';
export { parseDocumentSymbol } from './symbols/parse-document-symbol.js';
export { formatDocumentSymbol } from './symbols/format-document-symbol.js';
export { documentIdentityKey, type DocumentIdentityOptions } from './symbols/document-identity-key.js';
export { issuerCaseMismatches, type IssuerCaseMismatch } from './symbols/issuer-case-mismatches.js';

// Citations in running text.
export { parseVietnameseDate } from './citations/parse-vietnamese-date.js';
export { findCitations, type Citation } from './citations/find-citations.js';
export {
  checkCitations,
  type CheckCitationsOptions,
  type CitationToCheck,
} from './citations/check-citations.js';
export { ISSUER_NAMES_IN_PROSE, issuerCodeOfName, readIssuerName, type IssuerName } from './citations/issuer-names-in-prose.js';

// Dossier (TTHC) figures.
export {
  DOSSIER_FIELDS,
  DossierFiguresSchema,
  StatedDossierTotalsSchema,
  type DossierField,
  type DossierFigures,
  type StatedDossierTotals,
} from './dossier/dossier-figures.js';
export { dossierTotals, type DossierTotals } from './dossier/dossier-totals.js';
export { checkDossierFigures, type CheckDossierOptions } from './dossier/check-dossier-figures.js';
export { dossierRates, type DossierRates } from './dossier/dossier-rates.js';
export {
  DECREE_42_2022_EFFECTIVE,
  ONLINE_SERVICE_LEVEL_NAMES,
  ONLINE_SERVICE_LEVELS,
  ONLINE_SERVICE_REGIME_LEVELS,
  OnlineServiceCountSchema,
  onlineServiceRegime,
  type OnlineServiceCount,
  type OnlineServiceLevel,
  type OnlineServiceRegime,
} from './dossier/online-service-levels.js';
export { checkOnlineServiceLevels } from './dossier/check-online-service-levels.js';

// Plans, decisions, letters, trainings, discipline inspections, next-period tasks (docs/domain.md §7).
export { IsoDateSchema, ReformAreaKeySchema, TextSchema } from './records/shared.schema.js';
export { symbolTextSchema } from './records/symbol-text.schema.js';
export { DocumentReferenceSchema, type DocumentReference } from './records/document-reference.schema.js';
export { PLAN_TASK_STATUSES, PlanSchema, PlanTaskSchema, type Plan, type PlanTask } from './records/plan.schema.js';
export { DECISION_PURPOSES, DecisionSchema, type Decision, type DecisionPurpose } from './records/decision.schema.js';
export { LetterSchema, type Letter } from './records/letter.schema.js';
export { TRAINING_MODES, TrainingSchema, type Training } from './records/training.schema.js';
export { DisciplineInspectionSchema, type DisciplineInspection } from './records/discipline-inspection.schema.js';
export { NextPeriodTaskSchema, type NextPeriodTask } from './records/next-period-task.schema.js';

// A report as a whole.
export { SIGNING_MODES, SigningSchema, type Signing, type SigningMode } from './reports/signing.schema.js';
export { formatReportSymbol, ReportSymbolSchema, symbolAfterNumber, type ReportSymbol } from './reports/report-symbol.js';
export {
  ReportPeriodSchema,
  ReportSchema,
  ReportSectionSchema,
  type Report,
  type ReportInput,
  type ReportPeriod,
  type ReportSection,
} from './reports/report.schema.js';
export { formatPlaceAndDate } from './reports/format-place-and-date.js';
export {
  applyRegistration,
  checkRegistration,
  RegistrationSchema,
  registrationOf,
  type Registration,
  type RegistrationProblem,
} from './reports/registration.js';
export { missingAreas } from './reports/missing-areas.js';
export { reportCitations } from './reports/report-citations.js';
export { validateReport, type ValidateReportOptions } from './reports/validate-report.js';
export {
  reportReferenceDate,
  type ReportMoments,
  type ReportReference,
  type ReportReferenceBasis,
} from './reports/report-reference-date.js';
export { canTransition, REPORT_STATUS_NAMES, REPORT_STATUSES, type ReportStatus } from './reports/report-status.js';

// The report as an official document (docs/domain.md §11).
export { appendixReference, documentSymbolLine, issuerLines, provinceIssuerLines, reportDateLine, type IssuerLines } from './documents/document-header.js';
export { documentSections, type DocumentSection } from './documents/document-sections.js';
export {
  DECISION_PURPOSE_NAMES,
  DOSSIER_RATE_NAMES,
  DOSSIER_TABLE_ROWS,
  TRAINING_MODE_NAMES,
  type DossierRowKey,
} from './documents/document-vocabulary.js';
export { narrativeParagraphs, type NarrativeParagraph, type TextRun } from './documents/narrative-paragraphs.js';
export { recipientLine } from './documents/recipient-line.js';

// Indicators of the province's statistical appendix (docs/domain.md §12).
export {
  INDICATOR_UNIT_NAMES,
  INDICATOR_UNITS,
  IndicatorValueSchema,
  type DerivationRule,
  type DossierMeasure,
  type IndicatorAggregation,
  type IndicatorBlock,
  type IndicatorDefinition,
  type IndicatorScalar,
  type IndicatorSet,
  type IndicatorSource,
  type IndicatorUnit,
  type IndicatorValue,
  type IndicatorValueInput,
} from './indicators/indicator.js';
export { INDICATOR_SET_76_V1, INDICATOR_SETS } from './indicators/default-indicator-set.js';
export { indicatorDefinition, indicatorSetFor } from './indicators/indicator-set-for.js';
export { deriveIndicatorValues, ratePercent, type AgencyIndicatorValue } from './indicators/derive-indicator-values.js';
export {
  aggregateIndicators,
  type AgencyIndicatorRow,
  type IndicatorAggregate,
  type IndicatorContribution,
  type IndicatorTotal,
} from './indicators/aggregate-indicators.js';
export { checkIndicatorValues, indicatorValueProblem } from './indicators/check-indicator-values.js';
export { enteredIndicatorLines, formatIndicatorValue, type EnteredIndicatorLine } from './indicators/format-indicator-value.js';
export {
  periodFigures,
  type FiguresAgency,
  type FiguresReport,
  type FiguresRow,
  type FiguresRowStatus,
  type PeriodFigures,
} from './indicators/period-figures.js';

export {
  AgencyIndicatorValueSchema,
  FiguresQuerySchema,
  FiguresRowSchema,
  IndicatorAggregateSchema,
  IndicatorContributionSchema,
  IndicatorDefinitionSchema,
  IndicatorSetSchema,
  IndicatorTotalSchema,
  PeriodFiguresResponseSchema,
  toIndicatorSetDto,
  type FiguresQuery,
  type IndicatorSetDto,
  type FiguresRowDto,
  type PeriodFiguresResponse,
} from './contracts/figures.contract.js';

// The province's compiled report (docs/domain.md §12).
export { compilationOutline, type OutlinePart, type OutlineSourceKind } from './compilation/compilation-outline.js';
export {
  compileProvinceReport,
  reportingDiscipline,
  type CompilationAgency,
  type CompilationBasis,
  type CompilationReport,
  type CompilationSnapshot,
  type CompilationSource,
  type FigureLine,
  type ReportingDiscipline,
} from './compilation/compile-province-report.js';
export { reportChanges, totalChanges, type ReportChange, type ReportChangeKind, type TotalChange } from './compilation/compilation-changes.js';
export { statedLines, withStatedValues, type IndicatorsOf, type StatedValue } from './compilation/stated-values.js';
export {
  CompilationAuditEntrySchema,
  CompilationContentSchema,
  CompilationCreateBodySchema,
  CompilationListQuerySchema,
  CompilationPatchBodySchema,
  CompilationRefreshBodySchema,
  CompilationRefreshResponseSchema,
  CompilationResponseSchema,
  CompilationSignerSchema,
  CompilationSnapshotSchema,
  CompilationSummarySchema,
  OutlinePartSchema,
  ReportChangeSchema,
  TotalChangeSchema,
  type CompilationAuditEntryDto,
  type CompilationContent,
  type CompilationCreateBody,
  type CompilationListQuery,
  type CompilationPatchBody,
  type CompilationRefreshBody,
  type CompilationRefreshResponse,
  type CompilationResponse,
  type CompilationSummary,
} from './contracts/compilation.contract.js';

// Aggregation across agencies and periods.
export { sumDossierFigures, type DossierCounts } from './aggregation/sum-dossier-figures.js';
export { aggregateDossier, type DossierAggregate } from './aggregation/aggregate-dossier.js';
export { coveredAreaKeys, NO_AREA, reportFigures, type ReportFigureSource, type ReportFigures } from './aggregation/report-figures.js';
export { reconcileQuarters } from './aggregation/reconcile-quarters.js';
export { periodChange, type PeriodChange } from './aggregation/period-change.js';
export { rankAgencies, type Ranked } from './aggregation/rank-agencies.js';
export { expectedReporters, type AgencyValidity } from './aggregation/expected-reporters.js';
export { coveredPredecessors, type AgencyWithPredecessors } from './aggregation/covered-predecessors.js';
export { DASHBOARD_STRUCTURES, restatedAgency, type AgencySuccession, type DashboardStructure } from './aggregation/restated-agency.js';
export { reportingRate, type ReportingRate } from './aggregation/reporting-rate.js';
export {
  compareStatusUrgency,
  isLateTiming,
  listPage,
  STATUS_BOARD_FILTERS,
  STATUS_BOARD_PAGE_SIZE,
  STATUS_BOARD_SORTS,
  statusRowMatches,
  statusRowUrgency,
  type ListPage,
  type StatusBoardCell,
  type StatusBoardFilter,
  type StatusBoardSort,
  type StatusRowUrgency,
} from './aggregation/status-board.js';
export {
  agencySearch,
  CHART_END_COUNT,
  CHART_FOUND_MAX,
  chartEntriesAt,
  endsTrimmed,
  topAndBottom,
  type ChartEnds,
  type ChartEndsOptions,
  type ChartEntry,
  type SearchableAgency,
} from './aggregation/chart-ends.js';

// Scoring (PAR Index and provincial indices).
export {
  AssessmentSchema,
  CriterionSchema,
  SCORING_METHODS,
  ScoringAreaSchema,
  ScoringFrameworkSchema,
  SubCriterionSchema,
  SubCriterionScoreSchema,
  type Assessment,
  type ScoringFramework,
  type ScoringMethod,
  type SubCriterionScore,
} from './scoring/scoring-framework.schema.js';
export { EXAMPLE_DEPARTMENT_FRAMEWORK } from './scoring/example-framework.js';
export { effectiveScore, scoreAssessment, type AreaScore, type AssessmentResult } from './scoring/score-assessment.js';
export { checkAssessment } from './scoring/check-assessment.js';
export { rankAssessments } from './scoring/rank-assessments.js';

// HTTP contracts shared by the API and the web.
export * from './contracts/error.contract.js';
export * from './contracts/reference-data.contract.js';
export * from './contracts/finding.contract.js';
export * from './contracts/report.contract.js';
export * from './contracts/aggregation.contract.js';
export * from './contracts/auth.contract.js';
export * from './contracts/report-workflow.contract.js';
export { diffValues, type ValueChange } from './reports/diff-values.js';
export { SNGV_M9_2020_TEXT } from './examples/sngv-m9-2020-text.js';
export { SNGV_M9_2020_NOW, SNGV_M9_2020_REPORT } from './examples/sngv-m9-2020-report.js';
export * from './contracts/admin.contract.js';
export * from './contracts/account.contract.js';
export * from './contracts/dashboard.contract.js';

// Reading a report's text into a draft (import).
export {
  EXTRACTION_CONFIDENCES,
  ExtractedCitationSchema,
  ExtractedFieldSchema,
  ReportDraftSchema,
  ReportExtractionSchema,
  SourceSpanSchema,
  type ExtractedCitation,
  type ExtractedField,
  type ExtractionConfidence,
  type ReportDraft,
  type ReportExtraction,
  type SourceSpan,
} from './extraction/report-extraction.js';
export { extractReport, type ExtractReportOptions } from './extraction/extract-report.js';
export * from './contracts/import.contract.js';
export * from './contracts/notification.contract.js';
export { notificationMessage, type NotificationFacts, type NotificationMessage } from './notifications/notification-message.js';
export { dueReminderStep, REMINDER_CATCH_UP_DAYS, type ReminderDays, type ReminderStep } from './notifications/reminder-steps.js';
export { REMINDER_LETTER_ISSUER, REMINDER_LETTER_UNIT, reminderLetterSymbol } from './notifications/reminder-letter.js';
