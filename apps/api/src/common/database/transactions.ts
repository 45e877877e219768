import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { runWithQueryPriority } from './query-priority.js';

/** The one way services open a transaction, so the rule below holds for every feature alike. */
@Injectable()
export class Transactions {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Runs `work` in one transaction: committed when it resolves, rolled back when it throws.
   * Every query inside must use the `em` given to `work`, never the DataSource, an injected
   * Repository or a repository method called without `em`. The embedded PGlite database is a
   * single session: such a query waits for the open transaction to end while the transaction
   * waits for the query, and the request hangs. (On PostgreSQL it runs on another connection,
   * outside the transaction, blind to its writes and liable to wait on its locks.) So whatever
   * other features own is read before the transaction opens.
   *
   * A transaction takes the connection at high priority, whatever request it serves: it holds
   * locks, and the sooner it ends the sooner everyone else gets on.
   */
  run<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return runWithQueryPriority('high', () => this.dataSource.transaction(work));
  }
}
