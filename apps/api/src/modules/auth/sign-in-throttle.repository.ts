import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ThrottleCount } from './sign-in-throttle.policy.js';

export type ThrottleScope = 'account' | 'address';

/** One counted account or address. */
export interface ThrottleKey {
  scope: ThrottleScope;
  key: string;
}

interface CountRow {
  scope: ThrottleScope;
  key: string;
  failures: number;
  last_failure_at: Date | null;
}

/** The failed sign-in counts (`sign_in_throttle`). Every method runs in the caller's transaction. */
@Injectable()
export class SignInThrottleRepository {
  /**
   * The counts of the keys, each row locked until the transaction ends, so that concurrent
   * attempts on one account or address are decided one after the other. One upsert creates the
   * missing rows and locks them all (ON CONFLICT DO UPDATE locks the row it meets), in one order
   * (scope, key) so that two attempts never deadlock.
   */
  async lockCounts(em: EntityManager, keys: ThrottleKey[]): Promise<ThrottleCount[]> {
    const ordered = [...keys].sort((a, b) => (a.scope === b.scope ? (a.key < b.key ? -1 : 1) : a.scope < b.scope ? -1 : 1));
    const values = ordered.map((_, i) => `($${2 * i + 1}, $${2 * i + 2})`).join(', ');
    const rows: CountRow[] = await em.query(
      `INSERT INTO sign_in_throttle AS t (scope, key) VALUES ${values}
       ON CONFLICT (scope, key) DO UPDATE SET failures = t.failures
       RETURNING scope, key, failures, last_failure_at`,
      ordered.flatMap(({ scope, key }) => [scope, key]),
    );
    const counts = new Map(rows.map((row) => [`${row.scope}:${row.key}`, { failures: row.failures, lastFailureAt: row.last_failure_at === null ? null : new Date(row.last_failure_at) }]));
    return keys.map(({ scope, key }) => {
      const count = counts.get(`${scope}:${key}`);
      if (!count) throw new Error(`The sign-in count of the ${scope} was not created.`);
      return count;
    });
  }

  async save(em: EntityManager, { scope, key }: ThrottleKey, count: ThrottleCount): Promise<void> {
    await em.query(`UPDATE sign_in_throttle SET failures = $3, last_failure_at = $4 WHERE scope = $1 AND key = $2`, [
      scope,
      key,
      count.failures,
      count.lastFailureAt,
    ]);
  }

  /** Forgets the count (a success on the account). */
  async clear(em: EntityManager, { scope, key }: ThrottleKey): Promise<void> {
    await em.query(`DELETE FROM sign_in_throttle WHERE scope = $1 AND key = $2`, [scope, key]);
  }

  /** Takes back one failure counted in advance for an attempt that succeeded. */
  async takeBackOne(em: EntityManager, { scope, key }: ThrottleKey): Promise<void> {
    await em.query(`DELETE FROM sign_in_throttle WHERE scope = $1 AND key = $2 AND failures <= 1`, [scope, key]);
    await em.query(`UPDATE sign_in_throttle SET failures = failures - 1 WHERE scope = $1 AND key = $2`, [scope, key]);
  }

  /** Deletes the counts whose last failure is older than `before` (forgotten by then). */
  async deleteQuietSince(em: EntityManager, before: Date): Promise<void> {
    await em.query(`DELETE FROM sign_in_throttle WHERE last_failure_at < $1 OR last_failure_at IS NULL AND failures = 0`, [before]);
  }
}
