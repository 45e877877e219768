import { DatabaseQueueTimeoutError } from '../common/database/postgres-errors.js';
import type { QueryPriority } from '../common/database/query-priority.js';

interface Waiter {
  grant: (release: () => void) => void;
  timer: NodeJS.Timeout;
}

export interface ConnectionGateOptions {
  /**
   * Grant every permit on a later turn of the event loop (setImmediate), not at once. For the
   * embedded database: PGlite runs each statement inside this process and answers through
   * promises, so a request's queries followed one another without the event loop ever reaching
   * the network. A request ran to its end once started, the server took up the next only after,
   * and it accepted one new connection per such run: of fifty clients connecting at once, the
   * last waited six seconds while the first went round twenty times (docs/benchmarks.md). With a
   * turn before each query, the server accepts and reads what arrived meanwhile, and the requests
   * take turns at the connection, first come first served within a priority.
   */
  grantOnLaterTurn?: boolean;
}

/**
 * As many permits as the pool has connections; a query takes one before it takes a connection.
 * When all are taken, waiters queue by priority: a freed permit goes to the oldest high-priority
 * waiter, and to a normal one only when no high one waits. A waiter that waits longer than
 * `maxWaitMs` fails with {@link DatabaseQueueTimeoutError} rather than hang (a query on the
 * DataSource from inside a transaction on the single embedded connection would wait forever).
 */
export class ConnectionGate {
  private free: number;
  private readonly queues: Record<QueryPriority, Waiter[]> = { high: [], normal: [] };

  constructor(
    readonly capacity: number,
    private readonly maxWaitMs: number,
    private readonly options: ConnectionGateOptions = {},
  ) {
    this.free = capacity;
  }

  /** How many are waiting for a permit. */
  get waiting(): number {
    return this.queues.high.length + this.queues.normal.length;
  }

  /** Resolves with the function that gives the permit back (calling it twice gives it back once). */
  acquire(priority: QueryPriority): Promise<() => void> {
    if (this.free > 0) {
      this.free -= 1;
      if (!this.options.grantOnLaterTurn) return Promise.resolve(this.permit());
      return new Promise((resolve) => setImmediate(() => resolve(this.permit())));
    }
    return new Promise((resolve, reject) => {
      const queue = this.queues[priority];
      const waiter: Waiter = {
        grant: resolve,
        timer: setTimeout(() => {
          queue.splice(queue.indexOf(waiter), 1);
          reject(new DatabaseQueueTimeoutError(this.maxWaitMs));
        }, this.maxWaitMs).unref(),
      };
      queue.push(waiter);
    });
  }

  private permit(): () => void {
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      this.handOver();
    };
  }

  private handOver(): void {
    const next = this.queues.high.shift() ?? this.queues.normal.shift();
    if (!next) {
      this.free += 1;
      return;
    }
    clearTimeout(next.timer);
    if (this.options.grantOnLaterTurn) setImmediate(() => next.grant(this.permit()));
    else next.grant(this.permit());
  }
}
