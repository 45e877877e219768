/**
 * How many failed sign-ins an account or a client address may have before it is locked, and for
 * how long. Pure: the repository applies it to the stored counts under a row lock.
 */
export interface ThrottlePolicy {
  /** Failures allowed before the first lock. */
  freeFailures: number;
  /** The first lock; each further failure after a lock doubles it. */
  firstLockSeconds: number;
  /** The ceiling of a lock. */
  maxLockSeconds: number;
  /** The count starts again after this long without a failure. */
  forgetAfterSeconds: number;
}

/**
 * Per account (the username as typed, known or not): 5 failures, then 1, 2, 4, 8 and at most 15
 * minutes. A patient attacker gets about 4 guesses an hour; the owner waits at most 15 minutes.
 */
export const ACCOUNT_THROTTLE: ThrottlePolicy = { freeFailures: 5, firstLockSeconds: 60, maxLockSeconds: 15 * 60, forgetAfterSeconds: 24 * 3600 };

/**
 * Per client address: room for an office behind one address where people mistype, while one
 * machine trying passwords on many accounts is stopped after 100 failures within an hour.
 */
export const ADDRESS_THROTTLE: ThrottlePolicy = { freeFailures: 100, firstLockSeconds: 60, maxLockSeconds: 15 * 60, forgetAfterSeconds: 3600 };

/** The stored count of one account or address. */
export interface ThrottleCount {
  failures: number;
  lastFailureAt: Date | null;
}

/**
 * Until when a count locks its account or address, or null when it does not. Each failure from
 * the `freeFailures`-th on locks for twice as long as the one before, up to the ceiling.
 *
 * @example
 * lockedUntil({ failures: 6, lastFailureAt: new Date('2026-01-01T00:00:00Z') }, ACCOUNT_THROTTLE)
 * // => 2026-01-01T00:02:00Z: the 6th failure locks for 2 minutes
 */
export function lockedUntil(count: ThrottleCount, policy: ThrottlePolicy): Date | null {
  if (count.lastFailureAt === null || count.failures < policy.freeFailures) return null;
  const doublings = count.failures - policy.freeFailures;
  // 2^doublings overflows to Infinity for a huge count; the ceiling caps it either way.
  const seconds = Math.min(policy.firstLockSeconds * 2 ** doublings, policy.maxLockSeconds);
  return new Date(count.lastFailureAt.getTime() + seconds * 1000);
}

/** The count as it stands at `now`: forgotten after a quiet spell. */
export function currentCount(count: ThrottleCount, policy: ThrottlePolicy, now: Date): ThrottleCount {
  if (count.lastFailureAt !== null && now.getTime() - count.lastFailureAt.getTime() >= policy.forgetAfterSeconds * 1000) {
    return { failures: 0, lastFailureAt: null };
  }
  return count;
}

/** An attempt is let through, or refused until a time. */
export type ThrottleDecision = { allowed: true } | { allowed: false; retryAt: Date };

/**
 * Whether a sign-in attempt may be checked now, given the counts of its account and its address.
 *
 * @example
 * decide([{ count: { failures: 5, lastFailureAt: t }, policy: ACCOUNT_THROTTLE }], t)
 * // => { allowed: false, retryAt: t + 60 s }
 */
export function decide(counts: { count: ThrottleCount; policy: ThrottlePolicy }[], now: Date): ThrottleDecision {
  let retryAt: Date | null = null;
  for (const { count, policy } of counts) {
    const until = lockedUntil(currentCount(count, policy, now), policy);
    if (until !== null && until > now && (retryAt === null || until > retryAt)) retryAt = until;
  }
  return retryAt === null ? { allowed: true } : { allowed: false, retryAt };
}
