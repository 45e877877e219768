import type { Finding } from '@cchc/domain';

/** A reviewer's reason for returning a report, pointing at a field or at nothing. */
export interface ReturnReason {
  path: string | null;
  message: string;
}

/** What is said about one field: the checks' findings and the reviewer's reasons. */
export interface FieldNotesData {
  findings: readonly Finding[];
  reasons: readonly ReturnReason[];
}

export const NO_NOTES: FieldNotesData = { findings: [], reasons: [] };

/** The id of the notes under a field, for the field's aria-describedby. */
export const notesIdOf = (fieldId: string): string => `${fieldId}-notes`;

export const hasNotes = (notes: FieldNotesData): boolean => notes.findings.length > 0 || notes.reasons.length > 0;
