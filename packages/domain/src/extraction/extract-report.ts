import { checkCitations } from '../citations/check-citations.js';
import { findCitations } from '../citations/find-citations.js';
import type { Finding } from '../findings/finding.js';
import { indicatorSetFor } from '../indicators/indicator-set-for.js';
import { periodWindow } from '../periods/period-window.js';
import { programmeForYear } from '../programmes/programme-for-year.js';
import { validateReport } from '../reports/validate-report.js';
import { parseDocumentSymbol } from '../symbols/parse-document-symbol.js';
import { UNMAPPED_PROVINCE_SECTION } from './keywords.js';
import { readDocuments, type FoundCitation } from './read-documents.js';
import { readDossier } from './read-dossier.js';
import { readHeader } from './read-header.js';
import { readDifficulties, readIndicators, readInspections, readOnlineServices, readTasks, readTrainings } from './read-records.js';
import { readSections } from './read-sections.js';
import { readSignature } from './read-signature.js';
import { ReportDraftSchema, type ExtractedField, type ExtractionConfidence, type ReportDraft, type ReportExtraction } from './report-extraction.js';
import { SourceText } from './source-text.js';

/** Options of {@link extractReport}. */
export interface ExtractReportOptions {
  /** Known agency codes (default `DEFAULT_AGENCY_CODES`): decide letters from typed symbols. */
  agencyCodes?: readonly string[];
  /**
   * The day the checks take as "today" (`YYYY-MM-DD`). Default: the report's date when the text
   * writes its day, else the period's deadline (an imported report was written by then).
   */
  now?: string;
}

// Dossier checks that, on published figures, become "as published" warnings (docs/domain.md §13).
const IDENTITY_CHECKS = new Set(['DOSSIER_BALANCE', 'DOSSIER_STATED_TOTAL']);

/**
 * Reads a CCHC report's text (plain text or Markdown, as `@cchc/report-text` gives it from Word)
 * into a draft in the shape of `ReportSchema`, without a person's help and without saving
 * anything (docs/domain.md §15):
 * - the header: the symbol and agency code ("Số: /BC-SNgV"), the agency's name, place and date of
 *   issue, the title and the period it names, the programme in force that year;
 * - the preamble and the sections, each mapped to an area of either programme, the province's
 *   own section, direction, next-period tasks, or difficulties and proposals; a heading nothing
 *   names stays a province-specific section coded `UNMAPPED` for a person to map;
 * - the plans, decisions and letters the agency issued in the period, apart from the documents it
 *   cites; dossier figures, online services, trainings and the inspection set up; next-period
 *   tasks, difficulties and proposals; entered indicators the text states; the recipients and
 *   the signature.
 * Every value has its source (offsets into `text` and the sentence) and a confidence. Findings
 * are the report checks on the draft, published figures that break an identity as "as
 * published" warnings, what was assumed and what was not found.
 *
 * @example
 * const { draft } = extractReport(SNGV_M9_2020_TEXT);
 * draft.period // { year: 2020, kind: 'M9' }
 * draft.plans.map((p) => p.symbol) // ['565/KH-SNgV', '73/KH-SNgV', '74/KH-SNgV', '75/KH-SNgV', '408/KH-SNgV']
 */
export function extractReport(text: string, options: ExtractReportOptions = {}): ReportExtraction {
  const source = new SourceText(text);
  const codes = options.agencyCodes;
  const fields: ExtractedField[] = [];
  const field = (path: string, at: { start: number; end: number; confidence: ExtractionConfidence }): void => {
    fields.push({ path, source: source.span(at.start, at.end), confidence: at.confidence });
  };
  const findings: Finding[] = [];

  const header = readHeader(source, codes);
  const body = readSections(source, header.bodyLine);
  const signature = readSignature(source, body.end);
  const period = header.period?.value ?? null;
  const window = period ? periodWindow(period) : null;
  const signedOn = header.signedOn?.value ?? null;
  const latest = signedOn ?? window?.deadline ?? null;
  const agencyCode = header.agencyCode?.value ?? null;
  const agencyName = header.agencyName?.value ?? null;

  // The header's own "Số: 41/BC-STP" is the report itself, not a citation.
  const bodyStart = source.lines[header.bodyLine]?.start ?? 0;
  const citations: FoundCitation[] = findCitations(source.text, { agencyCodes: codes }).filter((c) => c.start >= bodyStart);
  const sectionOfLine = (line: number) => body.sections.find((s) => s.runs.some((r) => line >= r.from && line < r.to));
  const documents = readDocuments(source, citations, {
    agencyCode,
    agencyName,
    window: window ? { from: window.from, to: window.to } : null,
    year: period?.year ?? null,
    latest,
    agencyCodes: codes,
    areaAt: (offset) => sectionOfLine(source.lineAt(offset).index)?.areaKey ?? null,
  });
  const symbolsIn = (start: number, end: number): string[] => [
    ...new Set(citations.filter((c) => c.start >= start && c.end <= end).flatMap((c) => parseDocumentSymbol(c.symbol, { agencyCodes: codes })?.symbol ?? [])),
  ];

  const dossier = readDossier(source, header.bodyLine, body.end);
  const trainings = readTrainings(source, header.bodyLine, body.end, agencyName ?? agencyCode ?? 'Cơ quan báo cáo');
  const online = readOnlineServices(source, header.bodyLine, body.end, signedOn ?? window?.to ?? `${period?.year ?? 2000}-12-31`);
  const indicators = readIndicators(source, header.bodyLine, body.end, window ? indicatorSetFor(window.to) : null);
  const tasks = readTasks(source, body.sections, symbolsIn);
  const { difficulties, proposals } = readDifficulties(source, body.sections);
  const inspections = readInspections(documents.plans, documents.decisions);

  const draft: ReportDraft = ReportDraftSchema.parse({
    agencyCode,
    symbol: header.symbol?.value ?? null,
    place: header.place?.value ?? null,
    signedOn,
    period,
    programme: period ? (programmeForYear(period.year)?.code ?? null) : null,
    title: header.title?.value ?? null,
    preamble: source.narrative(body.preamble.from, body.preamble.to),
    sections: body.sections.map(({ kind, areaKey, provinceSection, heading, narrative }) => ({ kind, areaKey, provinceSection, heading, narrative })),
    documents: documents.documents.map((r) => r.value),
    plans: documents.plans.map((r) => r.value),
    decisions: documents.decisions.map((r) => r.value),
    letters: documents.letters.map((r) => r.value),
    dossier: dossier?.dossier ?? null,
    onlineServices: online.services.map((r) => r.value),
    trainings: trainings.map((r) => r.value),
    inspections: inspections.map((r) => r.value),
    tasks: tasks.map((r) => r.value),
    difficulties: difficulties.map((r) => r.value),
    proposals: proposals.map((r) => r.value),
    indicators: indicators.map((r) => r.value),
    recipients: signature.recipients.map((r) => r.value),
    signing: signature.signing?.value ?? null,
  });

  // Where each value came from.
  if (header.agencyCode) field('agencyCode', header.agencyCode);
  if (header.symbol) field('symbol', header.symbol);
  if (header.place) field('place', header.place);
  if (header.signedOn) field('signedOn', header.signedOn);
  if (header.period) {
    field('period', header.period);
    field('programme', header.period);
  }
  if (header.title) field('title', header.title);
  body.sections.forEach((section, i) => field(`sections[${i}]`, section));
  const records = { documents: documents.documents, plans: documents.plans, decisions: documents.decisions, letters: documents.letters, onlineServices: online.services, trainings, inspections, tasks, difficulties, proposals, indicators, recipients: signature.recipients };
  for (const [name, list] of Object.entries(records)) list.forEach((record, i) => field(`${name}[${i}]`, record));
  for (const f of dossier?.fields ?? []) field(f.path, f);
  if (signature.signing) field('signing', signature.signing);

  // What was not found, assumed or left to map.
  const notFound = (path: string, vi: string, en: string): void => {
    findings.push({ code: 'EXTRACTION_NOT_FOUND', severity: 'warning', path, message: { vi, en } });
  };
  if (!agencyCode) notFound('agencyCode', 'Không tìm thấy số ký hiệu báo cáo ("Số: …/BC-…") để xác định cơ quan.', 'No report symbol ("Số: …/BC-…") was found to tell the agency.');
  if (!period) notFound('period', 'Không xác định được kỳ báo cáo từ tiêu đề.', 'The title does not tell the reporting period.');
  if (!header.title) notFound('title', 'Không tìm thấy tiêu đề sau chữ "BÁO CÁO".', 'No title was found after "BÁO CÁO".');
  if (!signature.signing) notFound('signing', 'Không đọc được khối chữ ký (thẩm quyền, chức vụ, họ tên).', 'The signature block (authority, title, name) could not be read.');
  if (signature.recipients.length === 0) notFound('recipients', 'Không tìm thấy danh sách "Nơi nhận".', 'No "Nơi nhận" (recipients) list was found.');
  body.sections.forEach((section, i) => {
    if (section.provinceSection !== UNMAPPED_PROVINCE_SECTION) return;
    findings.push({
      code: 'EXTRACTION_UNMAPPED_SECTION',
      severity: 'warning',
      path: `sections[${i}]`,
      message: {
        vi: `Mục "${section.heading}" không thuộc lĩnh vực cải cách nào đã biết; cần chọn lĩnh vực hoặc giữ là nội dung riêng của tỉnh.`,
        en: `Section "${section.heading}" names no known reform area; choose its area or keep it as province-specific content.`,
      },
      details: { heading: section.heading },
    });
  });
  for (const assumption of dossier?.assumptions ?? []) {
    findings.push({ code: 'EXTRACTION_ASSUMPTION', severity: 'warning', path: assumption.path, message: assumption.message });
  }
  online.assumptions.forEach((message, i) => findings.push({ code: 'EXTRACTION_ASSUMPTION', severity: 'warning', path: `onlineServices[${i}]`, message }));

  // The report's own checks on the draft, as an agency's report would get them.
  if (period && window) {
    const checks = validateReport(
      {
        ...draft,
        agencyCode: agencyCode ?? '?',
        symbol: draft.symbol ?? { number: null, type: 'BC', issuer: agencyCode ?? '?' },
        place: draft.place ?? '?',
        title: draft.title ?? '?',
        period,
      },
      { now: options.now ?? latest ?? window.deadline, agencyCodes: codes },
    );
    for (const finding of checks) {
      if (!IDENTITY_CHECKS.has(finding.code)) {
        findings.push(finding);
        continue;
      }
      findings.push({
        code: 'EXTRACTION_AS_PUBLISHED',
        severity: 'warning',
        path: finding.path,
        message: { vi: `Số liệu như văn bản công bố: ${finding.message.vi}`, en: `Figures as published: ${finding.message.en}` },
        details: { ...finding.details, check: finding.code, asPublished: true },
      });
    }
  } else {
    findings.push(
      ...checkCitations(
        citations.map((c, i) => ({ symbol: c.symbol, date: c.date, path: `citations[${i}]`, ...(c.issuerInProse ? { issuerInProse: c.issuerInProse } : {}) })),
        { agencyCodes: codes },
      ),
    );
  }

  return {
    text: source.text,
    agencyName,
    draft,
    fields,
    citations: citations.map((c, i) => ({ symbol: c.symbol, date: c.date, start: c.start, end: c.end, own: documents.own[i] ?? false })),
    findings: findings as ReportExtraction['findings'],
  };
}
