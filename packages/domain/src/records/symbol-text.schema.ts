import { z } from 'zod';
import type { DocumentForm } from '../symbols/document-symbol.js';
import { normalizeSymbolText } from '../symbols/normalize-symbol-text.js';
import { parseDocumentSymbol } from '../symbols/parse-document-symbol.js';

/**
 * A zod schema for the text of a document symbol: normalised (NFC, 'Đ', dashes, spaces), and
 * rejected unless it parses, in one of `forms` and with one of `types` when they are given.
 *
 * @example
 * symbolTextSchema({ forms: ['administrative'], types: ['KH'] }).parse(' 565 / KH – SNgV ') // '565/KH-SNgV'
 * symbolTextSchema({ types: ['KH'] }).safeParse('23/QĐ-SNgV').success // false
 */
export function symbolTextSchema(rule: { forms?: readonly DocumentForm[]; types?: readonly string[] } = {}) {
  return z
    .string()
    .transform(normalizeSymbolText)
    .superRefine((text, ctx) => {
      const parsed = parseDocumentSymbol(text);
      if (!parsed) {
        ctx.addIssue({ code: 'custom', message: `Not a document symbol: "${text}"` });
        return;
      }
      if (rule.forms && !rule.forms.includes(parsed.form)) {
        ctx.addIssue({ code: 'custom', message: `"${text}" is a ${parsed.form} symbol; expected ${rule.forms.join(' or ')}` });
      } else if (rule.types && !rule.types.includes(parsed.type ?? '')) {
        ctx.addIssue({ code: 'custom', message: `"${text}" is not of type ${rule.types.join(' or ')}` });
      }
    });
}
