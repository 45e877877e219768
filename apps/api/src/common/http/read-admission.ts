import type { NextFunction, Request, Response } from 'express';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The longest a write holds back the reads waiting to start. */
export const WRITE_PRECEDENCE_MS = 1000;

/**
 * Serves API reads one at a time per turn of the event loop, at most `maxActiveReads` at once,
 * first come first served; writes (unsafe methods) and the health check never wait here.
 *
 * Why: the embedded database is one connection inside this process. Requests used to be served
 * in the order their bytes arrived, each run to its answer once started: with 200 dashboard
 * readers, a write waited behind every read that came in before it. The connection now goes to
 * each query on a later turn of the event loop, high priority first (ConnectionGate), so the
 * server reads the network between queries. Without a line here, every read it read off the
 * network would be in progress at once, each holding its rows in memory and all of them finishing
 * late, taking turns at the connection query by query. Here at most `maxActiveReads` run at once,
 * each started on a later turn of the loop, and none starts while a write is in progress (for at
 * most {@link WRITE_PRECEDENCE_MS}, so a slow write cannot hold every reader): a write waits for
 * the reads running when it arrives and no other.
 */
export class ReadAdmission {
  private active = 0;
  private scheduled = false;
  /** When each write in progress started. */
  private readonly writes = new Set<number>();
  private recheck: NodeJS.Timeout | null = null;
  private readonly line: (() => void)[] = [];

  constructor(private readonly maxActiveReads: number) {}

  /** Reads waiting for their turn. */
  get queued(): number {
    return this.line.length;
  }

  /** Express middleware, mounted on the API prefix (`request.path` is then relative to it). */
  readonly middleware = (request: Request, response: Response, next: NextFunction): void => {
    if (request.path === '/health') {
      next();
      return;
    }
    if (!SAFE_METHODS.has(request.method)) {
      const started = performance.now();
      this.writes.add(started);
      let done = false;
      const end = (): void => {
        if (done) return;
        done = true;
        this.writes.delete(started);
        this.schedule();
      };
      response.once('finish', end);
      response.once('close', end);
      next();
      return;
    }
    // From the moment it joins the line: a client that goes away while its read waits (a browser
    // navigating elsewhere aborts its pending reads) takes the read out of the line, since once its
    // connection has closed it would never signal 'close' or 'finish' again to free its place.
    let admitted = false;
    let done = false;
    const start = (): void => {
      admitted = true;
      this.active += 1;
      next();
    };
    const end = (): void => {
      if (done) return;
      done = true;
      if (admitted) {
        this.active -= 1;
      } else {
        const index = this.line.indexOf(start);
        if (index >= 0) this.line.splice(index, 1);
      }
      this.schedule();
    };
    response.once('finish', end);
    response.once('close', end);
    this.line.push(start);
    this.schedule();
  };

  /** Starts the next read on the next turn of the event loop, after the network was read. */
  private schedule(): void {
    if (this.scheduled || this.line.length === 0 || this.active >= this.maxActiveReads) return;
    const heldUntil = Math.min(...this.writes) + WRITE_PRECEDENCE_MS;
    if (this.writes.size > 0 && heldUntil > performance.now()) {
      this.recheck ??= setTimeout(() => {
        this.recheck = null;
        this.schedule();
      }, heldUntil - performance.now()).unref();
      return;
    }
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      if (this.active < this.maxActiveReads) this.line.shift()?.();
      this.schedule();
    });
  }
}
