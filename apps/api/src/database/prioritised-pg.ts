import pg from 'pg';
import { currentQueryPriority, type QueryPriority } from '../common/database/query-priority.js';
import { ConnectionGate } from './connection-gate.js';

type ConnectCallback = (error: Error | undefined, client: pg.PoolClient | undefined, done: (release?: Error | boolean) => void) => void;

/**
 * The `pg` module as TypeORM loads it (its `driver` option), with a Pool that hands out its
 * connections by query priority ({@link ConnectionGate}): a write waits for the query running
 * now, not for every read queued before it. Everything else is the ordinary `pg`.
 */
export function prioritisedPg(maxWaitMs: number): typeof pg {
  class PrioritisedPool extends pg.Pool {
    private readonly gate = new ConnectionGate(this.options.max ?? 10, maxWaitMs);

    override connect(): Promise<pg.PoolClient>;
    override connect(callback: ConnectCallback): void;
    override connect(callback?: ConnectCallback): Promise<pg.PoolClient> | undefined {
      const checkout = this.checkout(currentQueryPriority());
      if (!callback) return checkout;
      checkout.then(
        (client) => callback(undefined, client, (error) => client.release(error)),
        (error: unknown) => callback(error as Error, undefined, () => undefined),
      );
      return undefined;
    }

    private async checkout(priority: QueryPriority): Promise<pg.PoolClient> {
      const giveBack = await this.gate.acquire(priority);
      let client: pg.PoolClient;
      try {
        client = await super.connect();
      } catch (error) {
        giveBack();
        throw error;
      }
      const poolRelease = client.release.bind(client);
      client.release = (error?: Error | boolean) => {
        // After a client-side query timeout the statement may still run on this connection;
        // handing it to the next query would make that one wait too, so the pool drops it.
        const stillBusy = Boolean((client as unknown as { _activeQuery?: unknown })._activeQuery);
        poolRelease(error ?? (stillBusy ? new Error('Released with a statement still running.') : undefined));
        giveBack();
      };
      return client;
    }
  }
  return { ...pg, Pool: PrioritisedPool };
}
