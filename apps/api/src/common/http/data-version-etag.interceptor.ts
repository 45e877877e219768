import { Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { toVietnamDate } from '@cchc/domain';
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { from, lastValueFrom, of, switchMap, type Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../clock.js';
import { prepared } from '../database/prepared-statements.js';
import { readFromReplica } from '../database/replica-read.js';

export const DATA_VERSION_SQL = prepared(`SELECT sum(version) AS version FROM data_version_slot`);

/**
 * The data version (the sum of the counters of data_version_slot, one of which is raised at the
 * commit of every write the dashboard reads), from the replica the dashboard reads when there is one.
 */
export async function readDataVersion(dataSource: DataSource): Promise<string> {
  const rows = await readFromReplica<{ version: string }[]>(dataSource, DATA_VERSION_SQL);
  return String(rows[0]?.version ?? 0);
}

/** Whether an If-None-Match header names the tag (a list, weak or strong, or `*`). */
export function matchesTag(ifNoneMatch: string | undefined, tag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (value: string): string => value.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((candidate) => candidate.trim() === '*' || bare(candidate) === bare(tag));
}

/**
 * Tags an answer with `tag`, to be kept by the browser only and always asked again (the 304 is
 * what saves the work); whether the request's If-None-Match names it, so a 304 is the answer.
 */
export function tagAnswer(request: Request, response: Response, tag: string): boolean {
  response.setHeader('ETag', tag);
  response.setHeader('Cache-Control', 'private, no-cache');
  return matchesTag(request.headers['if-none-match'], tag);
}

/**
 * Answers a GET whose data has not changed with 304 before computing it. The tag is the data
 * version held in the database (so every API replica gives the same tag for the same data), the
 * Vietnam date (answers say which deadlines have passed, so they change at midnight) and the
 * request's URL (its filters); no answer depends on who asks among those allowed to ask.
 *
 * The version is read before the answer is computed: a write committed in between makes the
 * answer newer than its tag, never older, and the next request, seeing a higher version, computes
 * again. On a match the handler is skipped and an empty placeholder is sent: Express sees the
 * request is fresh against the ETag already set and answers 304 with no body.
 *
 * The tag names the answer, so requests with the same tag that arrive while it is being computed
 * join that computation rather than start their own: reviewers opening the same dashboard at once
 * cost the database one computation, not one each. Each joined answer read its own version first,
 * so none is older than its tag. Nothing is kept once the answer is sent: a later request
 * computes again.
 */
@Injectable()
export class DataVersionEtagInterceptor implements NestInterceptor {
  /** The answers being computed, by tag. */
  private readonly computing = new Map<string, Promise<unknown>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    if (request.method !== 'GET') return next.handle();
    return from(readDataVersion(this.dataSource)).pipe(
      switchMap((version) => {
        const url = createHash('sha256').update(request.originalUrl).digest('base64url').slice(0, 16);
        const tag = `W/"v${version}-${toVietnamDate(this.clock().toISOString())}-${url}"`;
        return tagAnswer(request, response, tag) ? of({}) : from(this.computed(tag, next));
      }),
    );
  }

  /** The answer of `tag`: the one being computed, or a computation started now and shared. */
  private computed(tag: string, next: CallHandler): Promise<unknown> {
    const running = this.computing.get(tag);
    if (running) return running;
    const answer = lastValueFrom(next.handle()).finally(() => this.computing.delete(tag));
    this.computing.set(tag, answer);
    return answer;
  }
}
