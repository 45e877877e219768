/**
 * The fuzz seed and size. The seed is fixed by default so that every run (and CI) sends the same
 * requests; RELIABILITY_SEED replays another run or explores new ground, and
 * RELIABILITY_FUZZ_REQUESTS scales the run up or down.
 */
export interface FuzzSettings {
  seed: number;
  requests: number;
}

export const DEFAULT_SEED = 20_261_126;
export const DEFAULT_REQUESTS = 10_000;

export function fuzzSettings(env: NodeJS.ProcessEnv = process.env): FuzzSettings {
  return {
    seed: wholeNumber(env.RELIABILITY_SEED, 'RELIABILITY_SEED', DEFAULT_SEED),
    requests: wholeNumber(env.RELIABILITY_FUZZ_REQUESTS, 'RELIABILITY_FUZZ_REQUESTS', DEFAULT_REQUESTS),
  };
}

function wholeNumber(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 0) throw new Error(`${name} must be a whole number, got "${value}".`);
  return number;
}

/** Writes a line to the terminal as it is, without jest's console decoration. */
export function report(line: string): void {
  process.stdout.write(`${line}\n`);
}
