import {
  DOSSIER_TABLE_ROWS,
  dossierTotals,
  formatReportSymbol,
  formatVietnameseDate,
  periodLabel,
  sectionTitle,
  type Finding,
  type FindingDto,
  type ReportExtraction,
} from '@cchc/domain';
import { MESSAGES, type Lang } from './messages.js';

/** A date as a reader of the language writes it: 23/10/2019 in Vietnamese, ISO in English. */
export const formatDate = (date: string, lang: Lang): string => (lang === 'vi' ? formatVietnameseDate(date) : date);

const field = (label: string, value: string): string => `${label}: ${value}`;

/** "2 lỗi, 3 cảnh báo" / "2 errors, 3 warnings". */
function findingCounts(findings: readonly (Finding | FindingDto)[], lang: Lang): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return MESSAGES.counts(errors, findings.length - errors)[lang];
}

/**
 * Findings, one per line: "[lỗi] CODE (where): message". `where` names the place a finding
 * points at (its path by default).
 */
export function findingLines(findings: readonly (Finding | FindingDto)[], lang: Lang, where: (f: Finding | FindingDto) => string = (f) => f.path): string[] {
  return [
    `${MESSAGES.findings[lang]} (${findings.length}${findings.length > 0 ? `: ${findingCounts(findings, lang)}` : ''}):`,
    ...(findings.length === 0
      ? [`  ${MESSAGES.none[lang]}`]
      : findings.map((f) => `  [${MESSAGES[f.severity][lang]}] ${f.code} (${where(f)}): ${f.message[lang]}`)),
  ];
}

/**
 * The readable summary of an extraction: agency, symbol, period, title, place and date, signing,
 * the agency's plans, decisions and letters, the dossier figures, the sections with their areas,
 * and the findings with their severity.
 */
export function formatExtraction(extraction: ReportExtraction, file: { name: string; format: string }, lang: Lang): string {
  const { draft } = extraction;
  const missing = MESSAGES.notFound[lang];
  const year = draft.period?.year ?? (draft.signedOn ? Number(draft.signedOn.slice(0, 4)) : null);
  const lines: string[] = [
    field(MESSAGES.file[lang], `${file.name} (${file.format})`),
    field(
      MESSAGES.agency[lang],
      [draft.agencyCode, extraction.agencyName && `(${extraction.agencyName})`].filter((part) => part !== null && part !== '').join(' ') || missing,
    ),
    field(MESSAGES.symbol[lang], draft.symbol ? formatReportSymbol(draft.symbol) : missing),
    field(MESSAGES.period[lang], draft.period ? periodLabel(draft.period.year, draft.period.kind)[lang] : missing),
    field(MESSAGES.title[lang], draft.title ?? missing),
    field(
      MESSAGES.placeAndDate[lang],
      `${draft.place ?? missing}, ${draft.signedOn ? formatDate(draft.signedOn, lang) : `(${MESSAGES.dateBlank[lang]})`}`,
    ),
    field(
      MESSAGES.signing[lang],
      draft.signing
        ? [draft.signing.mode ? `${draft.signing.mode} ${draft.signing.onBehalfOf ?? ''}`.trim() : null, draft.signing.title, draft.signing.name]
            .filter((part): part is string => part !== null && part !== '')
            .join(' / ')
        : missing,
    ),
    field(MESSAGES.recipients[lang], draft.recipients.length > 0 ? draft.recipients.join('; ') : missing),
    field(
      MESSAGES.documents[lang],
      `${draft.plans.length} ${MESSAGES.plans[lang]}, ${draft.decisions.length} ${MESSAGES.decisions[lang]}, ${draft.letters.length} ${MESSAGES.letters[lang]}`,
    ),
  ];

  if (draft.dossier) {
    // The figures as entered and the totals computed from them; the totals stated in the text are findings' business.
    const { stated: _stated, ...entered } = draft.dossier;
    const figures: Record<string, number> = { ...entered, ...dossierTotals(draft.dossier) };
    lines.push(`${MESSAGES.dossier[lang]}:`);
    for (const row of DOSSIER_TABLE_ROWS) lines.push(`${row.sub ? '    ' : '  '}${row.name[lang]}: ${figures[row.key] ?? 0}`);
  } else {
    lines.push(field(MESSAGES.dossier[lang], missing));
  }

  lines.push(`${MESSAGES.sections[lang]} (${draft.sections.length}):`);
  if (draft.sections.length === 0) lines.push(`  ${MESSAGES.none[lang]}`);
  draft.sections.forEach((section, i) => {
    const area = year === null ? (section.areaKey ?? section.provinceSection ?? section.kind) : sectionTitle(section, year)[lang];
    const heading = section.heading.trim() === '' ? MESSAGES.noHeading[lang] : section.heading.trim();
    // Indexed as the findings' paths name them (sections[0] is the first).
    lines.push(`  [${i}] ${heading} → ${area}`);
  });

  lines.push(...findingLines(extraction.findings, lang));
  return `${lines.join('\n')}\n`;
}
