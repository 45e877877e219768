import { indicatorValueProblem, type CompilationContent, type IndicatorDefinition, type IndicatorScalar, type LocalizedText } from '@cchc/domain';
import { formatNumberInput, parseVietnameseNumber } from '../../../shared/format/parse-vietnamese-number.js';

/** What Home Affairs typed and has not saved yet: the title, part texts by part key, stated values as typed by indicator code. */
export interface CompilationEdits {
  title?: string;
  narratives: Record<string, string>;
  stated?: Record<string, string>;
}

export const NO_EDITS: CompilationEdits = { narratives: {} };

type Unit = IndicatorDefinition['unit'];

/** A stated value as its input shows it: numbers the Vietnamese way, yes/no as `yes`/`no`. */
export function statedText(value: IndicatorScalar | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return typeof value === 'number' ? formatNumberInput(value) : value;
}

/** What a stated value's input reads as: a value (null when blank), or a problem to show under it. */
export function readStated(unit: Unit, text: string): { value: IndicatorScalar } | { problem: LocalizedText } {
  const trimmed = text.trim();
  if (trimmed === '') return { value: null };
  let value: IndicatorScalar;
  if (unit === 'yesNo') value = trimmed === 'yes';
  else if (unit === 'text') value = trimmed;
  else {
    const reading = parseVietnameseNumber(trimmed, { decimals: unit !== 'count' });
    if (reading.kind !== 'number') return { problem: { vi: `"${trimmed}" không phải là một số (viết 1.245 hoặc 98,5).`, en: `"${trimmed}" is not a number (write 1.245 or 98,5).` } };
    value = reading.value;
  }
  const problem = indicatorValueProblem({ unit }, value);
  return problem ? { problem } : { value };
}

/**
 * The PATCH content for what was typed since the saved content: only what differs, or null when
 * nothing does.
 *
 * @example
 * pendingContent({ ...saved, narratives: {} }, { narratives: { DIRECTION: 'Đã ban hành…' } }) // { narratives: { DIRECTION: 'Đã ban hành…' } }
 */
export function pendingContent(saved: CompilationContent, edits: CompilationEdits, units: Readonly<Record<string, Unit>> = {}): Partial<CompilationContent> | null {
  const narratives = Object.fromEntries(Object.entries(edits.narratives).filter(([key, text]) => text !== (saved.narratives[key] ?? '')));
  const title = edits.title !== undefined && edits.title !== saved.title ? edits.title : undefined;
  // A stated value goes once it reads as one; until then it stays on screen, marked.
  const stated = Object.fromEntries(
    Object.entries(edits.stated ?? {}).flatMap(([code, text]) => {
      const reading = readStated(units[code] ?? 'text', text);
      const before = saved.stated[code];
      if (!('value' in reading) || reading.value === (before?.value ?? null)) return [];
      return [[code, { value: reading.value, note: before?.note ?? '' }]];
    }),
  );
  if (Object.keys(narratives).length === 0 && title === undefined && Object.keys(stated).length === 0) return null;
  return {
    ...(title !== undefined ? { title } : {}),
    ...(Object.keys(narratives).length > 0 ? { narratives } : {}),
    ...(Object.keys(stated).length > 0 ? { stated } : {}),
  };
}

/** The text a part shows: what was typed, else what is saved. */
export function partText(saved: CompilationContent, edits: CompilationEdits, key: string): string {
  return edits.narratives[key] ?? saved.narratives[key] ?? '';
}

/**
 * The edits still to save once the saved content has moved on (a save went through, or another
 * person's change was loaded): a typed text equal to what is now saved is done; the others stay,
 * so nothing typed is lost by reloading.
 */
export function remainingEdits(saved: CompilationContent, edits: CompilationEdits): CompilationEdits {
  const stated = Object.fromEntries(Object.entries(edits.stated ?? {}).filter(([code, text]) => text !== statedText(saved.stated[code]?.value)));
  return {
    ...(edits.title !== undefined && edits.title !== saved.title ? { title: edits.title } : {}),
    narratives: Object.fromEntries(Object.entries(edits.narratives).filter(([key, text]) => text !== (saved.narratives[key] ?? ''))),
    ...(Object.keys(stated).length > 0 ? { stated } : {}),
  };
}
