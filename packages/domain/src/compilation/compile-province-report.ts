import type { AgencyKind } from '../agencies/agency-kind.js';
import { formatCount } from '../shared/format-count.js';
import type { IndicatorAggregate } from '../indicators/aggregate-indicators.js';
import { formatIndicatorValue } from '../indicators/format-indicator-value.js';
import type { IndicatorSet } from '../indicators/indicator.js';
import { periodFigures, type FiguresRow } from '../indicators/period-figures.js';
import type { SubmissionTiming } from '../periods/classify-submission.js';
import type { Report } from '../reports/report.schema.js';
import type { ReportStatus } from '../reports/report-status.js';
import type { LocalizedText } from '../shared/localized-text.js';
import type { OutlinePart } from './compilation-outline.js';

/** An agency as the compilation names it. */
export interface CompilationAgency {
  id: string;
  code: string;
  name: LocalizedText;
  kind: AgencyKind;
}

/** A report of the period as the compilation reads it: its state, its first submission's timing, its content. */
export interface CompilationReport {
  id: string;
  agencyId: string;
  status: ReportStatus;
  version: number;
  timing: SubmissionTiming | null;
  daysLate: number | null;
  /** The content of a submitted or accepted report; null for a draft or a returned one. */
  content: Report | null;
}

/** What a report was when the compilation was made: a later version or status is a change. */
export interface CompilationBasis {
  reportId: string;
  agencyId: string;
  status: ReportStatus;
  version: number;
}

/** An agency's own text for a part, attributed, shown beside the part (never pasted into it). */
export interface CompilationSource {
  agencyId: string;
  reportId: string;
  /** Whether its report is counted (accepted, or submitted when included). */
  counted: boolean;
  text: string;
}

/** One sentence of figures in a part: an indicator's province value, to click through to its provenance. */
export interface FigureLine {
  code: string;
  text: LocalizedText;
}

/** Who reported, and how, among the agencies expected in the period (docs/domain.md §12, §13). */
export interface ReportingDiscipline {
  expected: number;
  onTime: string[];
  late: { agencyId: string; timing: 'LATE' | 'AFTER_GRACE'; daysLate: number | null }[];
  /** Expected agencies with no report at Home Affairs (none, or a draft). */
  missing: string[];
  /**
   * Agencies whose report reached Home Affairs outside the platform (history imported from its
   * file, docs/domain.md §15): reported, but when is not recorded, so neither on time nor late.
   */
  notTimed: string[];
}

/** The computed part of a compilation: figures with their provenance, sources and discipline. */
export interface CompilationSnapshot {
  setCode: string | null;
  includeSubmitted: boolean;
  agencies: CompilationAgency[];
  basis: CompilationBasis[];
  rows: FiguresRow[];
  totals: IndicatorAggregate[];
  parts: { key: string; figures: FigureLine[]; sources: CompilationSource[] }[];
  discipline: ReportingDiscipline;
}

const REPORTED: readonly ReportStatus[] = ['SUBMITTED', 'RETURNED', 'ACCEPTED'];

/**
 * Who reported on time, late (with the days), at a time not recorded (imported history) and not
 * at all, from the first submission's timing
 * (docs/domain.md §13: a return never turns an on-time report late): the same reading as the status
 * board's.
 */
export function reportingDiscipline(expected: readonly { id: string }[], reports: readonly CompilationReport[]): ReportingDiscipline {
  const byAgency = new Map(reports.map((report) => [report.agencyId, report]));
  const discipline: ReportingDiscipline = { expected: expected.length, onTime: [], late: [], missing: [], notTimed: [] };
  for (const agency of expected) {
    const report = byAgency.get(agency.id);
    if (!report || !REPORTED.includes(report.status)) discipline.missing.push(agency.id);
    else if (report.timing === 'LATE' || report.timing === 'AFTER_GRACE') discipline.late.push({ agencyId: agency.id, timing: report.timing, daysLate: report.daysLate });
    else if (report.timing === null) discipline.notTimed.push(agency.id);
    else discipline.onTime.push(agency.id);
  }
  return discipline;
}

/** The figure sentences of a part: each indicator of its blocks with a province value, "name: value". */
function figureLines(set: IndicatorSet | null, part: OutlinePart, totals: readonly IndicatorAggregate[]): FigureLine[] {
  if (!set) return [];
  const byCode = new Map(totals.map((total) => [total.code, total]));
  return set.indicators
    .filter((indicator) => part.blocks.includes(indicator.block) && indicator.aggregation.kind !== 'none')
    .flatMap((indicator) => {
      const total = byCode.get(indicator.code);
      if (!total || total.value === null) return [];
      const agencies = total.contributions.length;
      const value =
        indicator.aggregation.kind === 'countYes'
          ? { vi: `${formatCount(Number(total.value)).vi}/${formatCount(agencies).vi} cơ quan, đơn vị`, en: `${formatCount(Number(total.value)).en} of ${formatCount(agencies).en} agencies` }
          : formatIndicatorValue(total.value, indicator.unit);
      return [{ code: indicator.code, text: { vi: `${indicator.name.vi}: ${value.vi}`, en: `${indicator.name.en}: ${value.en}` } }];
    });
}

/** The agencies' own text for a part, from the reports Home Affairs holds. */
function sourcesOf(part: OutlinePart, rows: readonly FiguresRow[], reports: ReadonlyMap<string, CompilationReport>): CompilationSource[] {
  return rows.flatMap((row) => {
    const report = row.reportId ? reports.get(row.reportId) : undefined;
    const content = row.values !== null ? report?.content : null;
    if (!report || !content) return [];
    let texts: string[] = [];
    if (part.sources === 'direction') texts = content.sections.filter((s) => s.kind === 'DIRECTION').map((s) => s.narrative);
    if (part.sources === 'area') texts = content.sections.filter((s) => s.kind === 'AREA' && s.areaKey === part.areaKey).map((s) => s.narrative);
    if (part.sources === 'tasks') texts = content.tasks.map((task) => `- ${task.description}`);
    if (part.sources === 'difficulties') texts = [...content.difficulties.map((d) => `- ${d}`), ...content.proposals.map((p) => `- ${p}`)];
    const text = texts.map((t) => t.trim()).filter(Boolean).join('\n');
    return text ? [{ agencyId: row.agencyId, reportId: report.id, counted: row.counted, text }] : [];
  });
}

/**
 * Computes the province's report for a period from its agencies' reports (docs/domain.md §12): the
 * figures table (accepted reports counted; submitted ones too with `includeSubmitted`; the
 * others listed apart) with the province's totals and their provenance, for each outline part
 * the figure sentences of its blocks and the agencies' own text for it, and the reporting
 * discipline. What Home Affairs writes is kept apart from this and survives a recomputation.
 */
export function compileProvinceReport(input: {
  set: IndicatorSet | null;
  outline: readonly OutlinePart[];
  expected: readonly CompilationAgency[];
  agencies: readonly CompilationAgency[];
  reports: readonly CompilationReport[];
  includeSubmitted: boolean;
}): CompilationSnapshot {
  const figures = periodFigures(input.set, { expected: input.expected, others: input.agencies, reports: input.reports, includeSubmitted: input.includeSubmitted });
  const byId = new Map(input.reports.map((report) => [report.id, report]));
  const listed = new Set(figures.rows.map((row) => row.agencyId));
  return {
    setCode: input.set?.code ?? null,
    includeSubmitted: input.includeSubmitted,
    agencies: input.agencies.filter((agency) => listed.has(agency.id)),
    basis: input.reports.map((report) => ({ reportId: report.id, agencyId: report.agencyId, status: report.status, version: report.version })),
    rows: figures.rows,
    totals: figures.totals,
    parts: input.outline.map((part) => ({ key: part.key, figures: figureLines(input.set, part, figures.totals), sources: sourcesOf(part, figures.rows, byId) })),
    discipline: reportingDiscipline(input.expected, input.reports),
  };
}
