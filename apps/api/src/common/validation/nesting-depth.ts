/**
 * How deeply arrays and objects may nest in a request part. The deepest contract (a report's
 * sections, their items, their figures) stays under ten; the limit only stops bodies like
 * `[[[[…]]]]`, which would overflow the call stack of any recursive check (a 500).
 */
export const MAX_NESTING_DEPTH = 32;

/**
 * The path of the first array or object nested deeper than {@link MAX_NESTING_DEPTH} in a parsed
 * request part, or null when none is. It walks with a stack of its own, not recursion, so a body
 * nested hundreds of thousands deep is measured without overflowing the call stack.
 *
 * @example
 * tooDeepPath({ a: [1] }) // null
 * tooDeepPath(JSON.parse('['.repeat(40) + ']'.repeat(40))) // ['0', '0', …] (32 steps)
 */
export function tooDeepPath(value: unknown): string[] | null {
  const pending: { value: unknown; path: string[] }[] = [{ value, path: [] }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (next.value === null || typeof next.value !== 'object') continue;
    if (next.path.length >= MAX_NESTING_DEPTH) return next.path;
    for (const [key, item] of Object.entries(next.value)) {
      if (item !== null && typeof item === 'object') pending.push({ value: item, path: [...next.path, key] });
    }
  }
  return null;
}
