import { findCitations } from '../citations/find-citations.js';
import type { CitationToCheck } from '../citations/check-citations.js';
import type { SymbolOptions } from '../symbols/symbol-options.js';
import type { Report } from './report.schema.js';

/**
 * Every citation of a report with the path it comes from: those found in the preamble and the
 * section narratives (with the issuer the text names, `issuerInProse`, when it names a known
 * one), then the structured documents, plans, decisions and letters.
 *
 * @example
 * reportCitations({ preamble: 'Quyết định số 20/2013/QĐ-UBND ngày 07/5/2013', sections: [], documents: [], plans: [], decisions: [], letters: [] })
 * // [{ symbol: '20/2013/QĐ-UBND', date: '2013-05-07', path: 'preamble' }]
 */
export function reportCitations(
  report: Pick<Report, 'preamble' | 'sections' | 'documents' | 'plans' | 'decisions' | 'letters'>,
  options?: SymbolOptions,
): CitationToCheck[] {
  const inText = (text: string, path: string): CitationToCheck[] =>
    findCitations(text, options).map(({ symbol, date, issuerInProse }) => ({
      symbol,
      date,
      ...(issuerInProse === undefined ? {} : { issuerInProse }),
      path,
    }));
  return [
    ...inText(report.preamble, 'preamble'),
    ...report.sections.flatMap((section, i) => [
      ...inText(section.heading, `sections[${i}].heading`),
      ...inText(section.narrative, `sections[${i}].narrative`),
    ]),
    ...report.documents.map((d, i) => ({ symbol: d.symbol, date: d.date, path: `documents[${i}]` })),
    ...report.plans.map((p, i) => ({ symbol: p.symbol, date: p.date, path: `plans[${i}]` })),
    ...report.decisions.map((d, i) => ({ symbol: d.symbol, date: d.date, path: `decisions[${i}]` })),
    ...report.letters.map((l, i) => ({ symbol: l.symbol, date: l.date, path: `letters[${i}]` })),
  ];
}
