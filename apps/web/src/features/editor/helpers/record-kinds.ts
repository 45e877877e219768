import {
  DECISION_PURPOSES,
  DecisionSchema,
  DisciplineInspectionSchema,
  DocumentReferenceSchema,
  LetterSchema,
  NextPeriodTaskSchema,
  PlanSchema,
  ReformAreaKeySchema,
  TRAINING_MODES,
  TrainingSchema,
} from '@cchc/domain';
import type { z } from 'zod';
import { formatNumberInput, parseVietnameseNumber } from '../../../shared/format/parse-vietnamese-number.js';
import type { RecordPart } from './finding-fields.js';
import type { SymbolRule } from './symbol-input.js';

export type RecordFieldType = 'text' | 'textarea' | 'symbol' | 'date' | 'number' | 'select' | 'lines';

/** One input of a record's form. Blank optional inputs become `null` (or are left out: `omit`). */
export interface RecordField {
  key: string;
  type: RecordFieldType;
  required: boolean;
  blank?: 'null' | 'omit';
  options?: readonly string[];
  symbol?: SymbolRule;
  /** Spans the whole row of the form. */
  wide?: boolean;
  /** A number that is not an amount (a year): written without the dot between thousands. */
  plain?: boolean;
}

/** A record as plain data (every list item of a report is an object). */
export type RecordData = Record<string, unknown>;
/** What the inputs of a record's form hold: text, one value per field. */
export type RecordDraft = Record<string, string>;

export interface RecordKind {
  part: RecordPart;
  fields: readonly RecordField[];
  schema: z.ZodType;
  /** The field whose value names a row in the list. */
  titleField: string;
  /** Fields shown under the title in the list. */
  detailFields: readonly string[];
}

const AREA_KEYS = ReformAreaKeySchema.options;

const f = (key: string, type: RecordFieldType, required: boolean, extra: Partial<RecordField> = {}): RecordField => ({
  key,
  type,
  required,
  ...(required ? {} : { blank: 'null' as const }),
  ...extra,
});

/** The lists of records a report holds, with their form fields and schema (docs/domain.md §7). */
export const RECORD_KINDS: Readonly<Record<RecordPart, RecordKind>> = {
  plans: {
    part: 'plans',
    schema: PlanSchema,
    fields: [
      f('symbol', 'symbol', true, { symbol: { forms: ['administrative'], types: ['KH'] } }),
      f('date', 'date', true),
      f('title', 'text', true, { wide: true }),
      f('areaKey', 'select', false, { options: AREA_KEYS }),
      f('year', 'number', true, { plain: true }),
      f('toYear', 'number', false, { blank: 'omit', plain: true }),
    ],
    titleField: 'title',
    detailFields: ['symbol', 'date'],
  },
  decisions: {
    part: 'decisions',
    schema: DecisionSchema,
    fields: [
      f('symbol', 'symbol', true, { symbol: { forms: ['administrative', 'normative'], types: ['QĐ'] } }),
      f('date', 'date', true),
      f('purpose', 'select', true, { options: DECISION_PURPOSES }),
      f('summary', 'text', true, { wide: true }),
    ],
    titleField: 'summary',
    detailFields: ['symbol', 'date', 'purpose'],
  },
  letters: {
    part: 'letters',
    schema: LetterSchema,
    fields: [
      f('symbol', 'symbol', true, { symbol: { forms: ['letter'] } }),
      f('date', 'date', true),
      f('summary', 'text', true, { wide: true }),
      f('recipients', 'lines', false, { wide: true }),
    ],
    titleField: 'summary',
    detailFields: ['symbol', 'date'],
  },
  documents: {
    part: 'documents',
    schema: DocumentReferenceSchema,
    fields: [
      f('symbol', 'symbol', true),
      f('date', 'date', false),
      f('relation', 'select', true, { options: ['CITED', 'ISSUED'] }),
      f('title', 'text', false, { blank: 'omit', wide: true }),
    ],
    titleField: 'symbol',
    detailFields: ['date', 'relation', 'title'],
  },
  trainings: {
    part: 'trainings',
    schema: TrainingSchema,
    fields: [
      f('course', 'text', true, { wide: true }),
      f('organiser', 'text', true),
      f('mode', 'select', true, { options: TRAINING_MODES }),
      f('participants', 'number', false),
      f('from', 'date', false),
      f('to', 'date', false),
    ],
    titleField: 'course',
    detailFields: ['organiser', 'mode', 'participants'],
  },
  inspections: {
    part: 'inspections',
    schema: DisciplineInspectionSchema,
    fields: [
      f('scope', 'text', true, { wide: true }),
      f('teamDecision', 'symbol', false, { symbol: { types: ['QĐ'] } }),
      f('plan', 'symbol', false, { symbol: { types: ['KH'] } }),
      f('heldOn', 'date', false),
      f('violations', 'number', true),
      f('inspected', 'lines', false, { wide: true }),
      f('findings', 'textarea', false, { blank: 'omit', wide: true }),
      f('handling', 'text', false, { wide: true }),
    ],
    titleField: 'scope',
    detailFields: ['heldOn', 'teamDecision', 'plan', 'violations'],
  },
  tasks: {
    part: 'tasks',
    schema: NextPeriodTaskSchema,
    fields: [
      f('description', 'textarea', true, { wide: true }),
      f('areaKey', 'select', false, { options: AREA_KEYS }),
      f('dueBy', 'date', false),
      f('relatedSymbols', 'lines', false, { wide: true }),
    ],
    titleField: 'description',
    detailFields: ['areaKey', 'dueBy', 'relatedSymbols'],
  },
};

/** Defaults of a new record: the report's year for a plan, no violations, a cited document. */
export function newRecordDraft(kind: RecordKind, context: { year: number }): RecordDraft {
  const draft: RecordDraft = Object.fromEntries(kind.fields.map((field) => [field.key, '']));
  if (kind.part === 'plans') draft.year = String(context.year);
  if (kind.part === 'inspections') draft.violations = '0';
  if (kind.part === 'documents') draft.relation = 'CITED';
  if (kind.part === 'trainings') draft.mode = 'IN_PERSON';
  if (kind.part === 'decisions') draft.purpose = 'OTHER';
  return draft;
}

const scalarText = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);

/** The form inputs of an existing record. */
export function recordToDraft(kind: RecordKind, record: RecordData): RecordDraft {
  return Object.fromEntries(
    kind.fields.map((field) => {
      const value = record[field.key];
      if (value === null || value === undefined) return [field.key, ''];
      if (Array.isArray(value)) return [field.key, value.map(String).join('\n')];
      if (field.type === 'number' && typeof value === 'number') return [field.key, formatNumberInput(value, { grouping: !field.plain })];
      return [field.key, scalarText(value)];
    }),
  );
}

function inputValue(field: RecordField, text: string): unknown {
  const trimmed = text.trim();
  if (field.type === 'lines') {
    return trimmed
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
  }
  if (trimmed === '') return field.required ? (field.type === 'number' ? undefined : '') : field.blank === 'omit' ? undefined : null;
  // Whole numbers written the Vietnamese way (1.245); anything else is kept as text so the
  // schema names the field.
  if (field.type === 'number') {
    const reading = parseVietnameseNumber(trimmed);
    return reading.kind === 'number' ? reading.value : trimmed;
  }
  return trimmed;
}

export interface RecordCheck {
  /** The record the API accepts, when the inputs make one. */
  record: RecordData | null;
  /** Per field, why its input is refused: `required`, `symbol`, `date`, `number`, `invalid`, or a rule `<part>.<field>`. */
  errors: Record<string, string>;
}

// Rules across fields, each with its own message (see the `editor.recordRules` texts).
const RULES = new Set(['plans.year', 'plans.toYear', 'trainings.to', 'inspections.handling', 'inspections.violations', 'inspections.inspected', 'documents.date']);

/**
 * Turns the inputs of a record's form into the record, checked with the same schema as the
 * API; fields of the original record the form does not show (a plan's tasks) are kept.
 */
export function draftToRecord(kind: RecordKind, draft: RecordDraft, original: RecordData | null = null): RecordCheck {
  const candidate: RecordData = {};
  if (original) Object.assign(candidate, original);
  for (const field of kind.fields) {
    const value = inputValue(field, draft[field.key] ?? '');
    if (value === undefined) delete candidate[field.key];
    else candidate[field.key] = value;
  }
  const result = kind.schema.safeParse(candidate);
  if (result.success) return { record: result.data as RecordData, errors: {} };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? '');
    const field = kind.fields.find((x) => x.key === key);
    if (!field || errors[key]) continue;
    const blank = (draft[key] ?? '').trim() === '';
    if (blank && field.required) errors[key] = 'required';
    else if (RULES.has(`${kind.part}.${key}`)) errors[key] = `${kind.part}.${key}`;
    else if (field.type === 'symbol' || field.type === 'date' || field.type === 'number') errors[key] = field.type;
    else errors[key] = 'invalid';
  }
  if (Object.keys(errors).length === 0) errors[kind.fields[0]?.key ?? ''] = 'invalid';
  return { record: null, errors };
}

/** A record's field as a short text for the list (lists joined with commas). */
export function recordFieldText(record: RecordData, key: string): string {
  const value = record[key];
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(String).join(', ');
  return scalarText(value);
}
