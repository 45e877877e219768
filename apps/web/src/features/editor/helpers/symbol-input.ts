import { normalizeSymbolText, parseDocumentSymbol, type DocumentForm, type DocumentSymbol } from '@cchc/domain';

/** What a symbol field may require: a form (a letter) or a type (KH for a plan). */
export interface SymbolRule {
  forms?: readonly DocumentForm[];
  types?: readonly string[];
}

/** Why a text is not a symbol, in words a person can act on. */
export type SymbolProblem = 'noSlash' | 'noNumber' | 'unrecognised';

export type SymbolReading =
  | { state: 'empty' }
  | { state: 'invalid'; problem: SymbolProblem }
  | { state: 'wrongForm'; parsed: DocumentSymbol; expected: readonly DocumentForm[] }
  | { state: 'wrongType'; parsed: DocumentSymbol; expected: readonly string[] }
  | { state: 'ok'; parsed: DocumentSymbol };

/**
 * Reads what is typed in a symbol field, as the user types: its parsed parts (form, number,
 * year, type, issuer, unit), or why it is not a symbol, or why it is not the kind of symbol the
 * field wants (a plan's symbol is a KH).
 *
 * @example
 * readSymbolInput('565/KH-SNgV').state // 'ok'
 * readSymbolInput('/BC-SNgV') // { state: 'invalid', problem: 'noNumber' }
 * readSymbolInput('23/QĐ-STP', { types: ['KH'] }).state // 'wrongType'
 */
export function readSymbolInput(text: string, rule: SymbolRule = {}): SymbolReading {
  const normalised = normalizeSymbolText(text);
  if (normalised === '') return { state: 'empty' };
  const parsed = parseDocumentSymbol(normalised);
  if (!parsed) {
    if (!normalised.includes('/')) return { state: 'invalid', problem: 'noSlash' };
    if (!/^\d/u.test(normalised.replace(/^số\s*:?\s*/iu, ''))) return { state: 'invalid', problem: 'noNumber' };
    return { state: 'invalid', problem: 'unrecognised' };
  }
  if (rule.forms && !rule.forms.includes(parsed.form)) return { state: 'wrongForm', parsed, expected: rule.forms };
  if (rule.types && !rule.types.includes(parsed.type ?? '')) return { state: 'wrongType', parsed, expected: rule.types };
  return { state: 'ok', parsed };
}

/** The parsed parts to show, in order, leaving out those the symbol does not have. */
export function symbolParts(parsed: DocumentSymbol): { key: 'form' | 'number' | 'year' | 'type' | 'issuer' | 'unit'; value: string }[] {
  const parts: { key: 'form' | 'number' | 'year' | 'type' | 'issuer' | 'unit'; value: string | number | undefined }[] = [
    { key: 'form', value: parsed.form },
    { key: 'number', value: parsed.number },
    { key: 'year', value: parsed.year },
    { key: 'type', value: parsed.type },
    { key: 'issuer', value: parsed.issuer },
    { key: 'unit', value: parsed.unit },
  ];
  return parts.filter((p) => p.value !== undefined && p.value !== '').map((p) => ({ key: p.key, value: String(p.value) }));
}
