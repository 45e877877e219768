import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { CLOCK, type Clock } from '../../common/clock.js';
import { Transactions } from '../../common/database/transactions.js';
import { AppError } from '../../common/errors/app-error.js';
import { AdminAuditRepository } from '../admin-audit/admin-audit.repository.js';
import type { UserEntity } from '../users/user.entity.js';
import { ACCOUNT_THROTTLE, ADDRESS_THROTTLE, currentCount, decide, lockedUntil, type ThrottleCount, type ThrottlePolicy } from './sign-in-throttle.policy.js';
import { SignInThrottleRepository, type ThrottleKey } from './sign-in-throttle.repository.js';

/** A sign-in attempt let through: its account and address, each already counted as failed. */
export interface SignInAttempt {
  account: ThrottleKey;
  address: ThrottleKey;
  clientAddress: string;
  accountCount: ThrottleCount;
  addressCount: ThrottleCount;
}

/** The username as people mean it: spaces around it, letter case and Unicode forms do not count. */
export function normaliseUsername(username: string): string {
  return username.trim().normalize('NFC').toLowerCase();
}

/**
 * Throttles sign-in per account and per client address, in the database so that every replica
 * agrees. An attempt is counted as failed before the password is checked, under a row lock, so
 * attempts sent at once are all counted and at most the free ones are checked; a success then
 * clears the account's count and takes back the address's. While either is locked, every attempt
 * is refused with 429 without checking the password: the right one too, so a lock answers no
 * question about the password.
 */
@Injectable()
export class SignInThrottleService {
  private readonly logger = new Logger('SignIn');

  constructor(
    private readonly counts: SignInThrottleRepository,
    private readonly audit: AdminAuditRepository,
    private readonly transactions: Transactions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Counts the attempt, or throws 429 TOO_MANY_SIGN_IN_ATTEMPTS while its account or address is locked. */
  async begin(username: string, clientAddress: string): Promise<SignInAttempt> {
    const now = this.clock();
    const account: ThrottleKey = { scope: 'account', key: createHash('sha256').update(normaliseUsername(username)).digest('hex') };
    const address: ThrottleKey = { scope: 'address', key: clientAddress.slice(0, 128) };
    const outcome = await this.transactions.run(async (em) => {
      const [accountStored, addressStored] = await this.counts.lockCounts(em, [account, address]);
      const accountNow = currentCount(accountStored ?? { failures: 0, lastFailureAt: null }, ACCOUNT_THROTTLE, now);
      const addressNow = currentCount(addressStored ?? { failures: 0, lastFailureAt: null }, ADDRESS_THROTTLE, now);
      const decision = decide(
        [
          { count: accountNow, policy: ACCOUNT_THROTTLE },
          { count: addressNow, policy: ADDRESS_THROTTLE },
        ],
        now,
      );
      if (!decision.allowed) return decision;
      const accountCount = { failures: accountNow.failures + 1, lastFailureAt: now };
      const addressCount = { failures: addressNow.failures + 1, lastFailureAt: now };
      await this.counts.save(em, account, accountCount);
      await this.counts.save(em, address, addressCount);
      return { allowed: true as const, accountCount, addressCount };
    });
    if (!outcome.allowed) throw tooManyAttempts(outcome.retryAt, now);
    return { account, address, clientAddress, accountCount: outcome.accountCount, addressCount: outcome.addressCount };
  }

  /** The attempt failed: it stays counted; a lock it starts is logged (the administration log for an account that exists). */
  async failed(attempt: SignInAttempt, user: UserEntity | null): Promise<void> {
    const accountLock = lockDuration(attempt.accountCount, ACCOUNT_THROTTLE);
    if (accountLock !== null) {
      const after = { address: attempt.clientAddress, failures: attempt.accountCount.failures, lockedSeconds: accountLock.seconds, lockedUntil: accountLock.until.toISOString() };
      if (user) {
        await this.transactions.run((em) => this.audit.record(em, { entityType: 'user', entityId: user.id, action: 'LOCKOUT', actorId: user.id, before: null, after }));
      }
      this.logger.warn(`Sign-in locked for ${user ? `account ${user.username}` : 'an unknown username'} after ${after.failures} failures from ${after.address}, for ${after.lockedSeconds} s.`);
    }
    const addressLock = lockDuration(attempt.addressCount, ADDRESS_THROTTLE);
    if (addressLock !== null) {
      this.logger.warn(`Sign-in locked for address ${attempt.clientAddress} after ${attempt.addressCount.failures} failures, for ${addressLock.seconds} s.`);
    }
  }

  /** The attempt succeeded: the account's count starts again, the address's loses this attempt; logged. */
  async succeeded(attempt: SignInAttempt, user: UserEntity): Promise<void> {
    const now = this.clock();
    await this.transactions.run(async (em) => {
      await this.counts.clear(em, attempt.account);
      await this.counts.takeBackOne(em, attempt.address);
      const longest = Math.max(ACCOUNT_THROTTLE.forgetAfterSeconds, ADDRESS_THROTTLE.forgetAfterSeconds);
      await this.counts.deleteQuietSince(em, new Date(now.getTime() - longest * 1000));
      await this.audit.record(em, { entityType: 'user', entityId: user.id, action: 'SIGN_IN', actorId: user.id, before: null, after: { address: attempt.clientAddress } });
    });
  }
}

function lockDuration(count: ThrottleCount, policy: ThrottlePolicy): { until: Date; seconds: number } | null {
  const until = lockedUntil(count, policy);
  if (until === null || count.lastFailureAt === null) return null;
  return { until, seconds: Math.round((until.getTime() - count.lastFailureAt.getTime()) / 1000) };
}

function tooManyAttempts(retryAt: Date, now: Date): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000));
  return new AppError(
    'TOO_MANY_SIGN_IN_ATTEMPTS',
    `Too many failed sign-ins for this account or from this address. Try again in ${retryAfterSeconds} seconds (at ${retryAt.toISOString()}).`,
    undefined,
    { retryAt: retryAt.toISOString(), retryAfterSeconds },
  );
}
