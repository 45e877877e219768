import { fieldCandidates, focusField, type FocusableElement } from './focus-field.js';

/** A stand-in element that records what was done to it. */
function element(id: string, options: { isInput?: boolean; input?: FocusableElement } = {}): FocusableElement & { id: string; log: string[] } {
  const log: string[] = [];
  return {
    id,
    log,
    matches: () => options.isInput ?? false,
    querySelector: () => options.input ?? null,
    scrollIntoView: (o) => log.push(`scroll ${o.block}`),
    focus: (o) => log.push(`focus ${String(o.preventScroll)}`),
  };
}
const page = (...elements: ReturnType<typeof element>[]) => (id: string) => elements.find((e) => e.id === id) ?? null;

describe(fieldCandidates.name, () => {
  it('tries the field, then its list, then the general card', () => {
    expect(fieldCandidates('field-plans-3')).toEqual(['field-plans-3', 'field-plans', 'field-general']);
  });

  it('does not repeat a field without a row number', () => {
    expect(fieldCandidates('field-title')).toEqual(['field-title', 'field-general']);
    expect(fieldCandidates('field-general')).toEqual(['field-general']);
  });
});

describe(focusField.name, () => {
  it('scrolls to an input and puts the cursor in it', () => {
    const title = element('field-title', { isInput: true });
    expect(focusField(page(title), 'field-title')).toBe(true);
    expect(title.log).toEqual(['scroll center', 'focus true']);
  });

  it('puts the cursor in the first input of a block', () => {
    const input = element('inner', { isInput: true });
    const section = element('field-sections-2', { input });
    focusField(page(section), 'field-sections-2');
    expect(section.log).toEqual(['scroll center']);
    expect(input.log).toEqual(['focus true']);
  });

  it('focuses a block that has no input', () => {
    const list = element('field-plans');
    focusField(page(list), 'field-plans');
    expect(list.log).toEqual(['scroll center', 'focus true']);
  });

  it('falls back to the list when the row is gone, then to the general card', () => {
    const list = element('field-plans');
    const general = element('field-general');
    focusField(page(list, general), 'field-plans-7');
    expect(list.log).toEqual(['scroll center', 'focus true']);
    focusField(page(general), 'field-decisions-0');
    expect(general.log).toEqual(['scroll center', 'focus true']);
  });

  it('says so when nothing on the page matches', () => {
    expect(focusField(page(), 'field-title')).toBe(false);
  });
});
