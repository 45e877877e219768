import { ReportSchema, type Report } from '@cchc/domain';
import type { Dirtiness } from './autosave.js';

/** The top-level parts of a report's content; a PATCH replaces the parts it sends. */
export type ReportPart = keyof Report;

/** The parts the editor changes (agency, period and programme are fixed at creation). */
export const EDITABLE_PARTS = [
  'symbol',
  'place',
  'signedOn',
  'title',
  'preamble',
  'sections',
  'documents',
  'plans',
  'decisions',
  'letters',
  'dossier',
  'onlineServices',
  'trainings',
  'inspections',
  'tasks',
  'difficulties',
  'proposals',
  'indicators',
  'recipients',
  'signing',
] as const satisfies readonly ReportPart[];
export type EditablePart = (typeof EDITABLE_PARTS)[number];

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The parts whose value differs between the saved content and the one being edited. */
export function changedParts(saved: Report, working: Report): EditablePart[] {
  return EDITABLE_PARTS.filter((part) => !same(saved[part], working[part]));
}

/** Whether a part's value is what the API accepts for it (a PATCH with it would not be refused). */
export function isValidPart(part: EditablePart, value: unknown): boolean {
  return ReportSchema.shape[part].safeParse(value).success;
}

export interface PatchPlan {
  /** The changed parts that can be sent, with their values. */
  content: Partial<Report>;
  /** The changed parts that cannot be sent until a field is fixed. */
  invalid: EditablePart[];
}

/**
 * What to send in the next PATCH: the changed parts that are valid. Changed parts that are not
 * (a blank title) stay on this device until fixed, and are named so the user can fix them.
 */
export function planPatch(saved: Report, working: Report): PatchPlan {
  const content: Partial<Report> = {};
  const invalid: EditablePart[] = [];
  for (const part of changedParts(saved, working)) {
    if (isValidPart(part, working[part])) Object.assign(content, { [part]: working[part] });
    else invalid.push(part);
  }
  return { content, invalid };
}

/** What remains unsaved: nothing, parts that can be saved, or only parts to fix first. */
export function dirtinessOf(saved: Report, working: Report): Dirtiness {
  const plan = planPatch(saved, working);
  if (Object.keys(plan.content).length > 0) return 'valid';
  return plan.invalid.length > 0 ? 'invalid' : 'none';
}

/**
 * After a save, the parts the user has not changed since take the server's value (it normalises
 * symbols and trims text), so a normalised value does not look like an unsaved edit.
 */
export function adoptSaved(working: Report, sent: Partial<Report>, server: Report): Report {
  const next: Report = { ...working };
  for (const part of Object.keys(sent) as EditablePart[]) {
    if (same(working[part], sent[part])) Object.assign(next, { [part]: server[part] });
  }
  return next;
}

/** Applies parts kept on this device on top of content from the server. */
export function applyParts(content: Report, parts: Partial<Report>): Report {
  const next: Report = { ...content };
  for (const part of EDITABLE_PARTS) {
    if (part in parts) Object.assign(next, { [part]: parts[part] });
  }
  return next;
}

/**
 * The unsaved edits as text a person can copy and paste back after reloading: each changed
 * section's narrative in full, then the other changed parts as JSON.
 */
export function unsavedText(saved: Report, working: Report, sectionTitle: (index: number) => string): string {
  const lines: string[] = [];
  for (const part of changedParts(saved, working)) {
    if (part === 'sections') {
      working.sections.forEach((section, index) => {
        if (!same(section, saved.sections[index])) lines.push(`## ${sectionTitle(index)}`, section.narrative, '');
      });
    } else {
      lines.push(`## ${part}`, JSON.stringify(working[part], null, 2), '');
    }
  }
  return lines.join('\n').trim();
}

/** One edited part and its new value, as the editor's form components emit it. */
export type PartChange = { [P in EditablePart]: { part: P; value: Report[P] } }[EditablePart];
