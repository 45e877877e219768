import { EventEmitter } from 'node:events';
import type { NextFunction, Request, Response } from 'express';
import { ReadAdmission, WRITE_PRECEDENCE_MS } from './read-admission.js';

const request = (method: string, path = '/reports'): Request => ({ method, path }) as Request;
const response = (): Response & { finish(): void } => {
  const emitter = new EventEmitter();
  return Object.assign(emitter, { finish: () => emitter.emit('finish') }) as unknown as Response & { finish(): void };
};
const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe(ReadAdmission.name, () => {
  describe('middleware', () => {
    it('starts a read on the next turn of the event loop, and a write at once', async () => {
      const admission = new ReadAdmission(2);
      const started: string[] = [];
      admission.middleware(request('GET'), response(), (() => started.push('read')) as NextFunction);
      admission.middleware(request('PATCH'), response(), (() => started.push('write')) as NextFunction);
      expect(started).toEqual(['write']);
      await turn();
      expect(started).toEqual(['write', 'read']);
    });

    it('keeps reads beyond the limit in line, first come first served, and lets writes pass them', async () => {
      const admission = new ReadAdmission(1);
      const started: string[] = [];
      const run = (name: string, method: string) => {
        const res = response();
        admission.middleware(request(method), res, (() => started.push(name)) as NextFunction);
        return res;
      };
      const first = run('read 1', 'GET');
      run('read 2', 'GET');
      run('read 3', 'HEAD');
      await turn();
      await turn();
      const write = run('write', 'POST');
      expect(started).toEqual(['read 1', 'write']);
      expect(admission.queued).toBe(2);

      write.finish();
      first.finish();
      await turn();
      await turn();
      expect(started).toEqual(['read 1', 'write', 'read 2']);
    });

    it('frees the place of a read whose client went away, once', async () => {
      const admission = new ReadAdmission(1);
      const started: string[] = [];
      const res = response();
      admission.middleware(request('GET'), res, (() => started.push('a')) as NextFunction);
      admission.middleware(request('GET'), response(), (() => started.push('b')) as NextFunction);
      admission.middleware(request('GET'), response(), (() => started.push('c')) as NextFunction);
      await turn();
      res.emit('close');
      res.emit('finish');
      await turn();
      await turn();
      await turn();
      expect(started).toEqual(['a', 'b']);
    });

    it('drops a read whose client went away while it waited in line, so it never holds a place', async () => {
      // A browser that navigates away aborts its pending reads; a read admitted after its
      // connection closed never sees 'close' or 'finish' again, and would hold its place forever.
      const admission = new ReadAdmission(1);
      const started: string[] = [];
      const first = response();
      const abandoned = response();
      admission.middleware(request('GET'), first, (() => started.push('first')) as NextFunction);
      admission.middleware(request('GET'), abandoned, (() => started.push('abandoned')) as NextFunction);
      admission.middleware(request('GET'), response(), (() => started.push('next')) as NextFunction);
      await turn();
      abandoned.emit('close');
      expect(admission.queued).toBe(1);
      first.finish();
      await turn();
      await turn();
      expect(started).toEqual(['first', 'next']);
    });

    it('never queues the health check', () => {
      const admission = new ReadAdmission(1);
      const started: string[] = [];
      admission.middleware(request('GET'), response(), (() => started.push('read')) as NextFunction);
      admission.middleware(request('GET', '/health'), response(), (() => started.push('health')) as NextFunction);
      expect(started).toEqual(['health']);
    });

    it('starts no read while a write is in progress, and the reads once it ends', async () => {
      const admission = new ReadAdmission(2);
      const started: string[] = [];
      const write = response();
      admission.middleware(request('PUT'), write, (() => started.push('write')) as NextFunction);
      admission.middleware(request('GET'), response(), (() => started.push('read')) as NextFunction);
      await turn();
      await turn();
      expect(started).toEqual(['write']);

      write.finish();
      await turn();
      await turn();
      expect(started).toEqual(['write', 'read']);
    });

    it('lets reads start after WRITE_PRECEDENCE_MS even while a slow write is still in progress', async () => {
      const admission = new ReadAdmission(1);
      const started: string[] = [];
      admission.middleware(request('DELETE'), response(), (() => started.push('write')) as NextFunction);
      admission.middleware(request('GET'), response(), (() => started.push('read')) as NextFunction);
      await new Promise((resolve) => setTimeout(resolve, WRITE_PRECEDENCE_MS / 2));
      expect(started).toEqual(['write']);
      await new Promise((resolve) => setTimeout(resolve, WRITE_PRECEDENCE_MS / 2 + 100));
      await turn();
      expect(started).toEqual(['write', 'read']);
    });
  });
});
