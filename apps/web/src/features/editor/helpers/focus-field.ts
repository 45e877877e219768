/**
 * The element ids to try, in order, when going to a field: the field itself, then the list it
 * is a row of (a finding may name a row that was since removed: `field-plans-3` falls back to
 * `field-plans`), then the general card, so a click on a finding always lands somewhere.
 *
 * @example
 * fieldCandidates('field-plans-3') // ['field-plans-3', 'field-plans', 'field-general']
 * fieldCandidates('field-title') // ['field-title', 'field-general']
 */
export function fieldCandidates(fieldId: string): string[] {
  const parent = fieldId.replace(/-\d+$/, '');
  return [...new Set([fieldId, parent, 'field-general'])];
}

/** The little of the DOM the routine needs, so it can be tested without a browser. */
export interface FocusableElement {
  matches(selector: string): boolean;
  querySelector(selector: string): FocusableElement | null;
  scrollIntoView(options: { block: 'center' }): void;
  focus(options: { preventScroll: boolean }): void;
}

const INPUTS = 'input, textarea, select';

/**
 * Scrolls the first existing candidate into the middle of the screen and puts the cursor in it,
 * or in its first input when it is a block (a section, a list, a card). Returns false when
 * nothing matched.
 */
export function focusField(lookup: (id: string) => FocusableElement | null, fieldId: string): boolean {
  const element = fieldCandidates(fieldId)
    .map(lookup)
    .find((found): found is FocusableElement => found !== null);
  if (!element) return false;
  element.scrollIntoView({ block: 'center' });
  const input = element.matches(INPUTS) ? element : element.querySelector(INPUTS);
  (input ?? element).focus({ preventScroll: true });
  return true;
}
