import { checkCitations, extractReport, findCitations, reportingWindow, type Citation, type Finding } from '@cchc/domain';
import { findingLines, formatDate } from './format.js';
import { MESSAGES, type Lang } from './messages.js';

/** One citation as `cchc check` reports it: what `findCitations` gives, and the line it stands on. */
export type CheckedCitation = Citation & {
  /** 1-based line of the text the symbol stands on. */
  line: number;
};

/** What `cchc check --json` prints. */
export interface CitationCheck {
  citations: CheckedCitation[];
  /** The period's data window the dates were checked against, when the text names its period. */
  window: { from: string; to: string } | null;
  /**
   * The report's date cited documents must precede: the one the text writes, else the period's
   * deadline (a report whose day is left blank was written by then), as `extractReport` takes it.
   */
  reportDate: { date: string; basis: 'written' | 'deadline' } | null;
  findings: Finding[];
}

/**
 * The citations of a report's text (`findCitations`) and `checkCitations`' findings on them.
 * The period and the report's date, which the date rules need, are read by `extractReport`:
 * a document dated after the report (its written date, else the period's deadline) is an error,
 * after the period's data cut-off a warning.
 */
export function checkReport(text: string, options: { agencyCodes?: readonly string[] } = {}): CitationCheck {
  const { draft } = extractReport(text, options);
  const window = draft.period ? reportingWindow(draft.period.year, draft.period.kind) : null;
  const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
  const lineOf = (offset: number): number => lineStarts.filter((start) => start <= offset).length;
  const citations = findCitations(text, options).map((c) => ({ ...c, line: lineOf(c.start) }));
  const reportDate = draft.signedOn
    ? { date: draft.signedOn, basis: 'written' as const }
    : window
      ? { date: window.deadline, basis: 'deadline' as const }
      : null;
  const findings = checkCitations(citations, {
    ...options,
    ...(window ? { window: { from: window.from, to: window.to } } : {}),
    ...(reportDate ? { reportDate: reportDate.date } : {}),
  });
  return { citations, window: window ? { from: window.from, to: window.to } : null, reportDate, findings };
}

/** The readable form of a check: the citations with their lines and dates, then the findings. */
export function formatCheck(check: CitationCheck, lang: Lang): string {
  const lines: string[] = [`${MESSAGES.citations[lang]} (${check.citations.length}):`];
  if (check.citations.length === 0) lines.push(`  ${MESSAGES.none[lang]}`);
  for (const c of check.citations) {
    lines.push(`  ${MESSAGES.line[lang]} ${c.line}: ${c.symbol}, ${c.date ? formatDate(c.date, lang) : `(${MESSAGES.noDate[lang]})`}`);
  }
  const context = [
    ...(check.window ? [MESSAGES.window(formatDate(check.window.from, lang), formatDate(check.window.to, lang))[lang]] : []),
    ...(check.reportDate
      ? [(check.reportDate.basis === 'written' ? MESSAGES.reportDate : MESSAGES.deadlineAsReportDate)(formatDate(check.reportDate.date, lang))[lang]]
      : []),
  ];
  lines.push(`${MESSAGES.checkedAgainst[lang]}: ${context.length > 0 ? context.join('; ') : MESSAGES.noContext[lang]}`);
  // A finding's path is "citations[i]": name the line instead.
  const where = (f: { path: string }): string => {
    const index = /^citations\[(\d+)\]$/.exec(f.path)?.[1];
    const citation = index === undefined ? undefined : check.citations[Number(index)];
    return citation ? `${MESSAGES.line[lang]} ${citation.line}` : f.path;
  };
  lines.push(...findingLines(check.findings, lang, where));
  const errors = check.findings.filter((f) => f.severity === 'error').length;
  lines.push(errors === 0 ? MESSAGES.noErrors[lang] : MESSAGES.hasErrors(errors)[lang]);
  return `${lines.join('\n')}\n`;
}
