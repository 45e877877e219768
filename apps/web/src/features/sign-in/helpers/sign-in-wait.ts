/** How long to wait, as a person reads it: seconds under a minute, otherwise whole minutes rounded up. */
export interface Wait {
  unit: 'seconds' | 'minutes';
  n: number;
}

/**
 * The wait the API asked for (`retryAfterSeconds`), in the unit to show it in.
 *
 * @example
 * waitOf(45) // { unit: 'seconds', n: 45 }
 * waitOf(61) // { unit: 'minutes', n: 2 }: never less than the real wait
 */
export function waitOf(seconds: number | undefined): Wait {
  const whole = Math.max(1, Math.ceil(seconds ?? 60));
  return whole < 60 ? { unit: 'seconds', n: whole } : { unit: 'minutes', n: Math.ceil(whole / 60) };
}
