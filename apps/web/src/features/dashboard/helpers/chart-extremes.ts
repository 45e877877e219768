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
