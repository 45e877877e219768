import { ImportConfirmBodySchema, programmeForYear, type FieldError, type ImportConfirmBody, type ReportDraft, type ReportingPeriodDto, type ReportPeriod } from '@cchc/domain';
import { formatDate } from '../../../shared/format/format-date.js';
import type { FieldMessage, SchemaIssue } from '../../../shared/forms/field-messages.js';
import { parseVietnameseNumber } from '../../../shared/format/parse-vietnamese-number.js';
import { controlIdForPath, GENERAL_CONTROL, normalisePath } from './field-controls.js';
import { correctedDraft, valueAt, withValueAt, type Corrections } from './corrections.js';

/** Something that keeps an import from being confirmed, at its control; the message is a key under `import.problems`. */
export interface ConfirmProblem {
  /** The path in the confirmation's body, as `content.` paths are written in the draft (`plans[0].symbol`, `agencyId`). */
  path: string;
  controlId: string;
  message: FieldMessage;
}

export interface ConfirmBuild {
  /** The body to send, when nothing keeps it from being confirmed. */
  body: ImportConfirmBody | null;
  problems: ConfirmProblem[];
}

/** The agency and period the person chose (or kept). */
export interface ConfirmChoice {
  agency: { id: string; code: string } | null;
  period: ReportingPeriodDto | null;
}

/**
 * The period a report's content names, for a stored period: its kind and year, or the dates of
 * an ad hoc one.
 *
 * @example
 * periodContent({ year: 2022, kind: 'M9', … }) // { year: 2022, kind: 'M9' }
 */
export function periodContent(period: Pick<ReportingPeriodDto, 'year' | 'kind' | 'windowFrom' | 'windowTo' | 'deadline'>): ReportPeriod {
  if (period.kind === 'ADHOC') return { year: period.year, kind: 'ADHOC', from: period.windowFrom, to: period.windowTo, deadline: period.deadline };
  return { year: period.year, kind: period.kind };
}

const problem = (path: string, message: FieldMessage): ConfirmProblem => ({ path, controlId: controlIdForPath(path) ?? GENERAL_CONTROL, message });

/** How a typed number reads at its path: dossier figures are required counts, participants counts or nothing, indicator values any number or nothing. */
function readNumber(path: string, text: string): { value: number | null } | { problem: FieldMessage } {
  const decimals = /^indicators\[\d+\]\.value$/.test(path);
  const reading = parseVietnameseNumber(text, { decimals });
  if (reading.kind === 'number') return { value: reading.value };
  if (reading.kind === 'blank') return path.startsWith('dossier.') ? { problem: { key: 'required' } } : { value: null };
  return { problem: { key: decimals ? 'number' : 'wholeNumber', params: { text: text.trim() } } };
}

/** A zod issue's path as the draft writes paths: ['content', 'plans', 0, 'symbol'] -> 'plans[0].symbol'. */
const issuePath = (segments: readonly PropertyKey[]): string => normalisePath(segments.map(String).join('.'));

const quoted = (message: string): string => /"([^"]*)"/.exec(message)?.[1] ?? '';

/**
 * The message for one issue of the confirmation's contract (`ImportConfirmBodySchema`), checked
 * before sending so the person sees the rule the API applies, in their language; a rule this
 * form does not word is shown with the domain's own text.
 *
 * @example
 * issueMessage({ code: 'too_small', origin: 'string', minimum: 1, path: ['content', 'title'] }) // { key: 'required' }
 * issueMessage({ code: 'custom', path: ['content', 'signing', 'onBehalfOf'], message: '…' }) // { key: 'signingPair' }
 */
export function issueMessage(issue: SchemaIssue): FieldMessage {
  const path = issuePath(issue.path);
  const message = issue.message ?? '';
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'number' || issue.expected === 'int' ? { key: 'wholeNumber', params: { text: '' } } : { key: 'required' };
    case 'invalid_value':
    case 'invalid_union':
      return { key: 'choose' };
    case 'too_small':
      if (issue.origin === 'string' || issue.origin === 'array') return { key: 'required' };
      return { key: 'minNumber', params: { min: Number(issue.minimum) } };
    case 'too_big':
      return issue.origin === 'string' ? { key: 'maxLength', params: { max: Number(issue.maximum) } } : { key: 'maxNumber', params: { max: Number(issue.maximum) } };
    case 'invalid_format':
      if (issue.format === 'date') return { key: 'date' };
      if (/symbol\.number$/.test(path)) return { key: 'symbolNumber' };
      return { key: 'other', params: { detail: message } };
    case 'custom':
      if (message.startsWith('Not a document symbol')) return { key: 'symbolUnreadable', params: { text: quoted(message) } };
      if (/ symbol; expected | is not of type /.test(message)) return { key: 'symbolType', params: { text: quoted(message) } };
      if (path.endsWith('signing.onBehalfOf')) return { key: 'signingPair' };
      if (/^sections\[\d+\]\.(areaKey|provinceSection)$/.test(path)) return { key: 'sectionKind' };
      if (/^plans\[\d+\]\.year$/.test(path)) return { key: 'planYear' };
      if (/^plans\[\d+\]\.tasks/.test(path)) return { key: 'planTasks' };
      if (/^trainings\[\d+\]\.to$/.test(path)) return { key: 'dateOrder' };
      if (/^documents\[\d+\]\.date$/.test(path)) return { key: 'issuedDate' };
      if (/^inspections\[\d+\]/.test(path)) return { key: 'inspection' };
      if (path === 'period' || path.startsWith('period.')) return { key: 'period' };
      return { key: 'other', params: { detail: message } };
    default:
      return { key: 'other', params: { detail: message || issue.code } };
  }
}

/**
 * The body of `POST /api/imports/:id/confirm` for the draft as corrected, or what keeps it from
 * being sent: the agency and period chosen give the content's agency code and period (the API
 * refuses content that names others); a symbol the text did not give is the agency's
 * unnumbered `/BC-<code>`; numbers are read as typed; then the whole is checked with the
 * domain's contract, each problem at its control.
 */
export function buildConfirmBody(draft: ReportDraft, corrections: Corrections, choice: ConfirmChoice): ConfirmBuild {
  const problems: ConfirmProblem[] = [];
  let content: Record<string, unknown> = { ...correctedDraft(draft, corrections) };
  for (const [path, text] of Object.entries(corrections.numbers)) {
    // A number typed in a block since removed (the dossier figures, a row) goes with it.
    const holder = valueAt(content, path.replace(/(\.[A-Za-z]+|\[\d+\])$/, ''));
    if (holder === null || typeof holder !== 'object') continue;
    const reading = readNumber(path, text);
    if ('problem' in reading) problems.push(problem(path, reading.problem));
    else content = withValueAt(content, path, reading.value);
  }
  if (!choice.agency) problems.push(problem('agencyId', { key: 'chooseAgency' }));
  if (!choice.period) problems.push(problem('periodId', { key: 'choosePeriod' }));
  if (!choice.agency || !choice.period) return { body: null, problems };

  const agencyCode = choice.agency.code;
  content = {
    ...content,
    agencyCode,
    period: periodContent(choice.period),
    // The programme in force in the chosen period's year (the text's year may have been another).
    programme: programmeForYear(choice.period.year)?.code ?? content.programme ?? null,
    symbol: draft.symbol === null && corrections.parts.symbol === undefined ? { number: null, type: 'BC', issuer: agencyCode } : content.symbol,
    place: content.place ?? '',
    title: content.title ?? '',
  };
  const candidate = { agencyId: choice.agency.id, periodId: choice.period.id, content };
  const parsed = ImportConfirmBodySchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issuePath(issue.path);
      // A number typed that does not read is already named; the contract's complaint about it is the same one.
      if (problems.some((p) => p.path === path)) continue;
      problems.push(problem(path, issueMessage(issue)));
    }
  }
  return { body: problems.length === 0 ? (candidate as ImportConfirmBody) : null, problems };
}

const ISO_DATE = /\d{4}-\d{2}-\d{2}/g;

/**
 * The API's field errors of a refused confirmation (`body.content.signing.name`), each at its
 * control: the agency or period the content does not match in the person's language, the others
 * with the API's text (dates as dd/mm/yyyy).
 *
 * @example
 * serverProblems([{ path: 'body.content.agencyCode', message: 'Must be SNgV, the report's agency.' }])
 * // [{ path: 'agencyCode', controlId: 'imp-agency', message: { key: 'agencyMismatch' } }]
 */
export function serverProblems(details: readonly FieldError[]): ConfirmProblem[] {
  return details.map((detail) => {
    const path = normalisePath(detail.path);
    if (path === 'agencyCode' && detail.message.startsWith('Must be')) return problem(path, { key: 'agencyMismatch' });
    if (path === 'period' && detail.message.startsWith('Must be')) return problem(path, { key: 'periodMismatch' });
    return problem(path, { key: 'other', params: { detail: detail.message.replace(ISO_DATE, (d) => formatDate(d)) } });
  });
}

/** The problems grouped by control, for the messages under each. */
export function problemsByControl(problems: readonly ConfirmProblem[]): Map<string, ConfirmProblem[]> {
  const byControl = new Map<string, ConfirmProblem[]>();
  for (const p of problems) byControl.set(p.controlId, [...(byControl.get(p.controlId) ?? []), p]);
  return byControl;
}
