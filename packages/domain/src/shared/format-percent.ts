/**
 * A fraction as a percentage with at most one decimal, written with the Vietnamese decimal
 * comma; null (nothing to divide by) stays null so the screen can say so.
 *
 * @example
 * formatPercent(0.857142) // '85,7%'
 * formatPercent(1) // '100%'
 */
export function formatPercent(fraction: number | null): string | null {
  if (fraction === null || !Number.isFinite(fraction)) return null;
  const rounded = Math.round(fraction * 1000) / 10;
  return `${String(rounded).replace('.', ',')}%`;
}
