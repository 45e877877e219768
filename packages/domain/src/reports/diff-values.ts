/** One difference between two JSON values, at a dotted path (`plans.0.date`). */
export interface ValueChange {
  path: string;
  before: unknown;
  after: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What changed between two JSON values (two submissions of a report): the paths of changed
 * leaves, added and removed entries, in a stable order. Arrays compare index by index.
 *
 * @example
 * diffValues({ title: 'A', plans: [{ n: 1 }] }, { title: 'B', plans: [{ n: 1 }, { n: 2 }] })
 * // [{ path: 'plans.1', before: undefined, after: { n: 2 } }, { path: 'title', before: 'A', after: 'B' }]
 */
export function diffValues(before: unknown, after: unknown, path = ''): ValueChange[] {
  if (before === after) return [];
  const join = (key: string | number): string => (path === '' ? String(key) : `${path}.${key}`);
  if (Array.isArray(before) && Array.isArray(after)) {
    const changes: ValueChange[] = [];
    for (let i = 0; i < Math.max(before.length, after.length); i++) {
      if (i >= before.length) changes.push({ path: join(i), before: undefined, after: after[i] });
      else if (i >= after.length) changes.push({ path: join(i), before: before[i], after: undefined });
      else changes.push(...diffValues(before[i], after[i], join(i)));
    }
    return changes;
  }
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((key) => {
      if (!(key in after)) return [{ path: join(key), before: before[key], after: undefined }];
      if (!(key in before)) return [{ path: join(key), before: undefined, after: after[key] }];
      return diffValues(before[key], after[key], join(key));
    });
  }
  return [{ path, before, after }];
}
