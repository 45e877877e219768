/** A NUL character: PostgreSQL's text and jsonb cannot hold it. */
const NUL = '\u0000';
/** Half of a surrogate pair without its other half: not Unicode, so not storable as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const unstorable = (text: string): boolean => text.includes(NUL) || LONE_SURROGATE.test(text);

/**
 * The paths of every string (value or key) in a parsed request part that the database could
 * not store: one with a NUL character or a lone surrogate. Refusing these at the boundary turns
 * what would be a database error (a 500) into a 400 naming the field.
 *
 * @example
 * unstorableTextPaths({ username: 'ad\u0000min', tags: ['ok', '\ud800'] }) // [['username'], ['tags', '1']]
 */
export function unstorableTextPaths(value: unknown, path: string[] = []): string[][] {
  if (typeof value === 'string') return unstorable(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => unstorableTextPaths(item, [...path, String(index)]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      unstorable(key) ? [[...path, key]] : unstorableTextPaths(item, [...path, key]),
    );
  }
  return [];
}
