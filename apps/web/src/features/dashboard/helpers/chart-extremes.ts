/** Agencies a comparison chart shows at each end (the first and the last) once it has many. */
export const END_COUNT = 10;
/** Agencies a search adds between the two ends at most, so the chart's height stays bounded. */
export const FOUND_MAX = 10;

/** A bar of the chart (an item and its place in the full list), or the mark of the ones left out between two bars. */
export type ExtremesEntry<T> = { kind: 'item'; item: T; index: number; found: boolean } | { kind: 'gap'; count: number };

export interface Extremes<T> {
  /** What the chart draws, in the order of the list. */
  entries: ExtremesEntry<T>[];
  /** Items in the full list. */
  total: number;
  /** Some items are left out (the list is longer than both ends). */
  trimmed: boolean;
  /** Items the search matches, wherever they are; 0 without a search. */
  found: number;
  /** Matching items between the ends that are not shown, past `foundMax`. */
  foundLeftOut: number;
}

export interface ExtremesOptions<T> {
  /** Items at each end; `END_COUNT` by default. */
  count?: number;
  /** What the reviewer searched for: matching items are shown (and marked) wherever they rank. */
  matches?: ((item: T) => boolean) | null;
  /** Matching items added between the ends at most; `FOUND_MAX` by default. */
  foundMax?: number;
}

/**
 * The part of a long ordered list a chart shows: the first `count` and the last `count` items,
 * each run of items left out between them as one gap (which says how many it stands for), and,
 * in their place in the list, the items a search matches (at most `foundMax` beyond the ends).
 * A list of no more than twice `count` items is shown whole. So a ranking of 4,000 agencies draws
 * at most 10 + 10 + 10 bars and 11 gaps instead of 4,000 bars.
 *
 * @example
 * topAndBottom(ranked30, { count: 10 }).entries.map((e) => (e.kind === 'gap' ? `…${e.count}` : e.index))
 * // [0, 1, …, 9, '…10', 20, …, 29]
 */
export function topAndBottom<T>(items: readonly T[], options: ExtremesOptions<T> = {}): Extremes<T> {
  const count = options.count ?? END_COUNT;
  const foundMax = options.foundMax ?? FOUND_MAX;
  const matches = options.matches ?? null;
  const isFound = items.map((item) => (matches ? matches(item) : false));
  const found = isFound.filter(Boolean).length;
  const whole = items.length <= 2 * count;
  const atEnd = (index: number): boolean => whole || index < count || index >= items.length - count;

  let added = 0;
  let foundLeftOut = 0;
  const shown = items.map((_, index) => {
    if (atEnd(index)) return true;
    if (!isFound[index]) return false;
    if (added < foundMax) {
      added += 1;
      return true;
    }
    foundLeftOut += 1;
    return false;
  });

  const entries: ExtremesEntry<T>[] = [];
  let skipped = 0;
  items.forEach((item, index) => {
    if (!shown[index]) {
      skipped += 1;
      return;
    }
    if (skipped > 0) entries.push({ kind: 'gap', count: skipped });
    skipped = 0;
    entries.push({ kind: 'item', item, index, found: isFound[index] ?? false });
  });
  if (skipped > 0) entries.push({ kind: 'gap', count: skipped });
  return { entries, total: items.length, trimmed: !whole, found, foundLeftOut };
}

/**
 * Pixels for a chart of horizontal bars: room for each bar's name, within bounds (a chart never
 * grows past `max`, however many bars it is handed).
 *
 * @example
 * barsHeight(21) // 594
 */
export function barsHeight(bars: number, max = 1400): number {
  return Math.min(max, Math.max(240, bars * 24 + 90));
}
