import { ACCOUNT_THROTTLE, ADDRESS_THROTTLE, currentCount, decide, lockedUntil } from './sign-in-throttle.policy.js';

const t0 = new Date('2026-01-01T00:00:00Z');
const at = (seconds: number): Date => new Date(t0.getTime() + seconds * 1000);

describe(lockedUntil.name, () => {
  it('does not lock before the free failures are spent, nor a count without failures', () => {
    expect(lockedUntil({ failures: 4, lastFailureAt: t0 }, ACCOUNT_THROTTLE)).toBeNull();
    expect(lockedUntil({ failures: 0, lastFailureAt: null }, ACCOUNT_THROTTLE)).toBeNull();
  });

  it('locks for a minute at the last free failure, doubling at each further one up to 15 minutes', () => {
    const seconds = [5, 6, 7, 8, 9, 10, 1000].map((failures) => ((lockedUntil({ failures, lastFailureAt: t0 }, ACCOUNT_THROTTLE)?.getTime() ?? 0) - t0.getTime()) / 1000);
    expect(seconds).toEqual([60, 120, 240, 480, 900, 900, 900]);
  });
});

describe(currentCount.name, () => {
  it('forgets failures after a quiet spell, and not before', () => {
    const count = { failures: 7, lastFailureAt: t0 };
    expect(currentCount(count, ADDRESS_THROTTLE, at(3599))).toBe(count);
    expect(currentCount(count, ADDRESS_THROTTLE, at(3600))).toEqual({ failures: 0, lastFailureAt: null });
  });
});

describe(decide.name, () => {
  it('lets an attempt through when neither the account nor the address is locked', () => {
    expect(decide([{ count: { failures: 4, lastFailureAt: t0 }, policy: ACCOUNT_THROTTLE }, { count: { failures: 99, lastFailureAt: t0 }, policy: ADDRESS_THROTTLE }], t0)).toEqual({ allowed: true });
  });

  it('refuses until the later of the two locks ends', () => {
    const decision = decide(
      [
        { count: { failures: 5, lastFailureAt: t0 }, policy: ACCOUNT_THROTTLE },
        { count: { failures: 101, lastFailureAt: t0 }, policy: ADDRESS_THROTTLE },
      ],
      at(10),
    );
    expect(decision).toEqual({ allowed: false, retryAt: at(120) });
  });

  it('lets an attempt through the moment a lock ends', () => {
    expect(decide([{ count: { failures: 5, lastFailureAt: t0 }, policy: ACCOUNT_THROTTLE }], at(60))).toEqual({ allowed: true });
  });
});
