import { Logger } from '@nestjs/common';
import type { AfterQueryEvent, EntitySubscriberInterface } from 'typeorm';
import { classifyDatabaseFailure, type DatabaseFailure } from './postgres-errors.js';

/**
 * A query that succeeds this soon after an outage began does not end it: a server shutting down
 * ends its connections one after another, and the last ones still answer for a moment.
 */
export const MIN_OUTAGE_MS = 1000;

interface Outage {
  since: number;
  reason: string;
  refused: number;
}

/**
 * Whether the database is reachable, as the last queries found it. Its only use is the log: an
 * outage is logged when it starts and when it ends, never once per request that met it (a
 * stopped server would otherwise write a stack trace for every request until it is back).
 * One per app, provided by value (app.module.ts).
 */
export class DatabaseAvailability {
  private readonly logger = new Logger('Database');
  private outage: Outage | null = null;

  constructor(private readonly now: () => number = () => performance.now()) {}

  get isDown(): boolean {
    return this.outage !== null;
  }

  /** A query reached the database: ends the outage, if there was one. */
  reportUp(): void {
    if (!this.outage || this.now() - this.outage.since < MIN_OUTAGE_MS) return;
    const seconds = ((this.now() - this.outage.since) / 1000).toFixed(1);
    const refused = this.outage.refused;
    this.outage = null;
    this.logger.log(`Database available again after ${seconds} s; ${refused} ${refused === 1 ? 'request was' : 'requests were'} answered 503 meanwhile.`);
  }

  /** The database could not be reached: starts an outage, unless one is on already. */
  reportDown(failure: DatabaseFailure): void {
    if (this.outage || failure.kind !== 'unavailable') return;
    this.outage = { since: this.now(), reason: failure.reason, refused: 0 };
    this.logger.error(`Database unavailable (${failure.reason}). Requests answer 503 DATABASE_UNAVAILABLE until it is back.`);
  }

  /** One more request answered 503 during the outage. */
  countRefused(): void {
    if (this.outage) this.outage.refused += 1;
  }
}

/** Tells {@link DatabaseAvailability} how every query TypeORM runs went. */
export class DatabaseAvailabilitySubscriber implements EntitySubscriberInterface {
  constructor(private readonly availability: DatabaseAvailability) {}

  afterQuery(event: AfterQueryEvent): void {
    if (event.success) {
      this.availability.reportUp();
      return;
    }
    const failure = classifyDatabaseFailure(event.error);
    if (failure) this.availability.reportDown(failure);
  }
}
