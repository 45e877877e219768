export interface Ranked<T> {
  item: T;
  value: number | null;
  /** 1 for the best; equal values share a rank (1, 2, 2, 4); null when the value is unknown. */
  rank: number | null;
}

/**
 * Ranks agencies (or any rows) by a chosen figure, best first: highest first by default, lowest
 * first with `order: 'asc'` (e.g. a late rate). Ties share a rank and keep their input order;
 * rows whose figure is null or not finite come last, unranked.
 *
 * @example
 * rankAgencies([{ code: 'A', rate: 0.9 }, { code: 'B', rate: 1 }, { code: 'C', rate: null }], (a) => a.rate)
 *   .map((r) => `${r.item.code}:${r.rank}`) // ['B:1', 'A:2', 'C:null']
 */
export function rankAgencies<T>(
  items: readonly T[],
  value: (item: T) => number | null,
  { order = 'desc' }: { order?: 'asc' | 'desc' } = {},
): Ranked<T>[] {
  const withValues = items.map((item, index) => {
    const v = value(item);
    return { item, index, value: v !== null && Number.isFinite(v) ? v : null };
  });
  const known = withValues.filter((r) => r.value !== null) as { item: T; index: number; value: number }[];
  const sign = order === 'desc' ? -1 : 1;
  known.sort((a, b) => sign * (a.value - b.value) || a.index - b.index);
  const ranked: Ranked<T>[] = [];
  known.forEach((row, i) => {
    const previous = ranked[i - 1];
    const rank = previous && previous.value === row.value ? previous.rank : i + 1;
    ranked.push({ item: row.item, value: row.value, rank });
  });
  return [...ranked, ...withValues.filter((r) => r.value === null).map((r) => ({ item: r.item, value: null, rank: null }))];
}
