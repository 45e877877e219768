/**
 * Writes a field path (as zod reports it) the way findings name fields: `sections[2].narrative`.
 *
 * @example
 * formatPath(['sections', 2, 'narrative']) // 'sections[2].narrative'
 * formatPath([]) // ''
 */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = typeof key === 'symbol' ? (key.description ?? '') : key;
    return text === '' ? name : `${text}.${name}`;
  }, '');
}
