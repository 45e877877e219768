import { Inject, Injectable } from '@nestjs/common';
import type { DependencyCheckDto, HealthDto } from '@cchc/domain';
import { DatabaseAvailability } from '../../common/database/database-availability.js';
import { classifyDatabaseFailure } from '../../common/database/postgres-errors.js';
import { runWithQueryPriority } from '../../common/database/query-priority.js';
import { DATABASE_KIND } from '../../database/database.tokens.js';
import type { DatabaseKind } from '../../database/open-database.js';
import { HealthRepository } from './health.repository.js';

/**
 * The longest the health check waits for the database. A database this slow to answer two
 * tiny queries is as good as down for the people waiting on it.
 */
export const HEALTH_PROBE_TIMEOUT_MS = 3000;

class ProbeTimeoutError extends Error {
  override name = 'ProbeTimeoutError';
}

@Injectable()
export class HealthService {
  constructor(
    private readonly repository: HealthRepository,
    private readonly availability: DatabaseAvailability,
    @Inject(DATABASE_KIND) private readonly databaseKind: DatabaseKind,
  ) {}

  /** Asks the database for its version and migrations, within {@link HEALTH_PROBE_TIMEOUT_MS}. */
  async check(): Promise<HealthDto> {
    const started = performance.now();
    const latency = (): number => Math.round(performance.now() - started);
    // High priority: on the embedded database's single connection the probe must not queue
    // behind every dashboard read, or a busy server would look down.
    const probe = runWithQueryPriority('high', () => Promise.all([this.repository.serverVersion(), this.repository.appliedMigrations()]));
    try {
      const [version, migrations] = await withTimeout(probe, HEALTH_PROBE_TIMEOUT_MS);
      const database: DependencyCheckDto = { status: 'up', kind: this.databaseKind, latencyMs: latency() };
      return { status: 'ok', checks: { database }, database: { kind: this.databaseKind, version }, migrations };
    } catch (error) {
      const failure = classifyDatabaseFailure(error);
      if (failure) this.availability.reportDown(failure);
      const reason = error instanceof ProbeTimeoutError ? `no answer within ${HEALTH_PROBE_TIMEOUT_MS} ms` : (failure?.reason ?? 'query failed');
      const database: DependencyCheckDto = { status: 'down', kind: this.databaseKind, latencyMs: latency(), reason };
      return { status: 'unavailable', checks: { database }, database: { kind: this.databaseKind } };
    }
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new ProbeTimeoutError()), ms);
  });
  // A probe that loses the race still ends on its own (statement timeout); its error is moot.
  work.catch(() => undefined);
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
