import pg from 'pg';
import { preparedStatementName } from '../common/database/prepared-statements.js';
import { currentQueryPriority, type QueryPriority } from '../common/database/query-priority.js';
import { ConnectionGate, type ConnectionGateOptions } from './connection-gate.js';

type ConnectCallback = (error: Error | undefined, client: pg.PoolClient | undefined, done: (release?: Error | boolean) => void) => void;

/** PostgreSQL's "cached plan must not change result type": a prepared statement's columns changed under it. */
const STALE_PLAN = '0A000';

/**
 * Makes `client` run the statements the app declared (common/database/prepared-statements.ts) as
 * named statements, which pg prepares on the connection's first run of each and reuses after.
 * When a migration changed the columns one returns (under a running app, during a rolling
 * deploy), the server refuses to run it again on that connection: `onStale` is told, and the
 * pool drops the connection when it is given back, so the statement fails once per connection
 * instead of until a restart.
 */
function preparingDeclaredStatements(client: pg.PoolClient, onStale: () => void): void {
  const query = client.query.bind(client) as (text: unknown, values?: unknown, callback?: unknown) => unknown;
  const watch = (error: unknown): void => {
    if ((error as { code?: unknown } | null)?.code === STALE_PLAN) onStale();
  };
  const preparing = (text: unknown, values?: unknown, callback?: unknown): unknown => {
    const name = typeof text === 'string' ? preparedStatementName(text) : undefined;
    if (name === undefined) return query(text, values, callback);
    // pg's query(text, callback): the callback in the values' place.
    const [parameters, done] = typeof values === 'function' ? [[], values] : [values ?? [], callback];
    if (typeof done === 'function') {
      return query({ name, text, values: parameters }, (error: unknown, result: unknown) => {
        if (error) watch(error);
        (done as (error: unknown, result: unknown) => void)(error, result);
      });
    }
    const result = query({ name, text, values: parameters });
    if (result instanceof Promise) result.catch(watch);
    return result;
  };
  client.query = preparing as typeof client.query;
}

/**
 * The `pg` module as TypeORM loads it (its `driver` option), with a Pool that hands out its
 * connections by query priority ({@link ConnectionGate}): a write waits for the query running
 * now, not for every read queued before it. With `prepareStatements`, its connections prepare the
 * statements the app declared; not on the embedded database, whose single session outlives the
 * pool's connections (a new one would prepare again a name the session already has). On the
 * embedded database the connection goes to each query on a later turn of the event loop
 * (ConnectionGateOptions.grantOnLaterTurn). Everything else is the ordinary `pg`.
 */
export function prioritisedPg(maxWaitMs: number, options: { prepareStatements: boolean } & ConnectionGateOptions): typeof pg {
  const wrapped = new WeakSet<pg.PoolClient>();
  /** Connections on which a prepared statement went stale: dropped when given back. */
  const stale = new WeakSet<pg.PoolClient>();
  class PrioritisedPool extends pg.Pool {
    private readonly gate = new ConnectionGate(this.options.max ?? 10, maxWaitMs, options);

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
      if (options.prepareStatements && !wrapped.has(client)) {
        preparingDeclaredStatements(client, () => stale.add(client));
        wrapped.add(client);
      }
      const poolRelease = client.release.bind(client);
      client.release = (error?: Error | boolean) => {
        // After a client-side query timeout the statement may still run on this connection;
        // handing it to the next query would make that one wait too, so the pool drops it.
        const stillBusy = Boolean((client as unknown as { _activeQuery?: unknown })._activeQuery);
        const dropped = stillBusy
          ? new Error('Released with a statement still running.')
          : stale.has(client)
            ? new Error('A prepared statement went stale under a schema change.')
            : undefined;
        poolRelease(error ?? dropped);
        giveBack();
      };
      return client;
    }
  }
  return { ...pg, Pool: PrioritisedPool };
}
