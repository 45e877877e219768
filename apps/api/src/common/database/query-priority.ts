import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';

/**
 * Which queries get the database connection first when several wait for it. `high`: requests
 * that change data (and every transaction), so a writer is never starved by many readers on the
 * embedded database's single connection; `normal`: everything else.
 */
export type QueryPriority = 'high' | 'normal';

const storage = new AsyncLocalStorage<QueryPriority>();

/** The priority of the queries made from here on, in this request or task. */
export function currentQueryPriority(): QueryPriority {
  return storage.getStore() ?? 'normal';
}

/** Runs `work` (and everything it starts) with the given query priority. */
export function runWithQueryPriority<T>(priority: QueryPriority, work: () => T): T {
  return storage.run(priority, work);
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Express middleware: requests with an unsafe method (POST, PUT, PATCH, DELETE) run at high
 * priority. It must come after the body parser: stream events run outside the request's
 * asynchronous context, so what follows the parser would not see the priority set before it.
 */
export function queryPriorityMiddleware(request: Request, _response: Response, next: NextFunction): void {
  runWithQueryPriority(SAFE_METHODS.has(request.method) ? 'normal' : 'high', next);
}
