import type { ExtractedField } from '@cchc/domain';
import type { InjectionKey } from 'vue';
import type { ConfirmProblem } from './confirm-body.js';

/**
 * What every field of the import's form needs from its page, given once (provide/inject) rather
 * than through each card: the values read behind a control (their source and confidence), the
 * problems that keep it from being confirmed, the source on show, and whether it can change.
 */
export interface ImportFormContext {
  fieldsFor(controlId: string): readonly ExtractedField[];
  problemsFor(controlId: string): readonly ConfirmProblem[];
  /** The control whose source is on show, and its sentence. */
  active(): { controlId: string | null; sentence: string } | null;
  showSource(controlId: string, label: string): void;
  readOnly(): boolean;
}

export const IMPORT_FORM: InjectionKey<ImportFormContext> = Symbol('import-form');
