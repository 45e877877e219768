import pg from 'pg';
import { preparedStatementName } from '../common/database/prepared-statements.js';
import { currentQueryPriority, type QueryPriority } from '../common/database/query-priority.js';
import { ConnectionGate } from './connection-gate.js';

type ConnectCallback = (error: Error | undefined, client: pg.PoolClient | undefined, done: (release?: Error | boolean) => void) => void;

/**
 * Makes `client` run the statements the app declared (common/database/prepared-statements.ts) as
 * named statements, which pg prepares on the connection's first run of each and reuses after.
 */
function preparingDeclaredStatements(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (text: unknown, values?: unknown, callback?: unknown) => unknown;
  const preparing = (text: unknown, values?: unknown, callback?: unknown): unknown => {
    const name = typeof text === 'string' ? preparedStatementName(text) : undefined;
    if (name === undefined) return query(text, values, callback);
    // pg's query(text, callback): the callback in the values' place.
    if (typeof values === 'function') return query({ name, text, values: [] }, values);
    return query({ name, text, values: values ?? [] }, callback);
  };
  client.query = preparing as typeof client.query;
}

/**
 * The `pg` module as TypeORM loads it (its `driver` option), with a Pool that hands out its
 * connections by query priority ({@link ConnectionGate}): a write waits for the query running
 * now, not for every read queued before it. With `prepareStatements`, its connections prepare the
 * statements the app declared; not on the embedded database, whose single session outlives the
 * pool's connections (a new one would prepare again a name the session already has). Everything
 * else is the ordinary `pg`.
 */
export function prioritisedPg(maxWaitMs: number, options: { prepareStatements: boolean } = { prepareStatements: false }): typeof pg {
  const preparing = new WeakSet<pg.PoolClient>();
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
      if (options.prepareStatements && !preparing.has(client)) {
        preparingDeclaredStatements(client);
        preparing.add(client);
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
