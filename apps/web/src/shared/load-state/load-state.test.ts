import { ApiRequestError } from '../http/http.js';
import { useLoadState } from './load-state.js';

// Jest's globals are not injected under ESM; the module's own handle is.
const { jest } = import.meta;

/** A request whose answer the test gives when it wants, and whose signal it can look at. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  const request = { signal: null as AbortSignal | null, resolve, reject, fetch: (signal: AbortSignal) => ((request.signal = signal), promise) };
  return request;
}

describe('useLoadState', () => {
  it('is idle until asked, loading while the request runs, then ready with the answer applied', async () => {
    const state = useLoadState();
    const request = deferred<string>();
    const applied: string[] = [];
    expect(state.status.value).toBe('idle');
    const done = state.run(request.fetch, (answer) => applied.push(answer));
    expect(state.status.value).toBe('loading');
    request.resolve('answer');
    await expect(done).resolves.toBe(true);
    expect(state.status.value).toBe('ready');
    expect(applied).toEqual(['answer']);
  });

  it('applies only the latest call: an older answer coming back last is dropped, and its request aborted', async () => {
    const state = useLoadState();
    const older = deferred<string>();
    const newer = deferred<string>();
    const applied: string[] = [];
    const first = state.run(older.fetch, (answer) => applied.push(answer));
    const second = state.run(newer.fetch, (answer) => applied.push(answer));
    expect(older.signal?.aborted).toBe(true);
    expect(newer.signal?.aborted).toBe(false);
    newer.resolve('newer');
    older.resolve('older');
    await expect(second).resolves.toBe(true);
    await expect(first).resolves.toBe(false);
    expect(applied).toEqual(['newer']);
    expect(state.status.value).toBe('ready');
  });

  it('drops the error of an older call, so a newer answer is not hidden by it', async () => {
    const state = useLoadState();
    const older = deferred<string>();
    const newer = deferred<string>();
    const onError = jest.fn();
    void state.run(older.fetch, () => undefined, { onError });
    const second = state.run(newer.fetch, () => undefined);
    newer.resolve('newer');
    await second;
    older.reject(new DOMException('aborted', 'AbortError'));
    await Promise.resolve();
    expect(state.status.value).toBe('ready');
    expect(state.errorCode.value).toBeNull();
    expect(onError).not.toHaveBeenCalled();
  });

  it('fails with the API error code, hands the error to onError, and resolves to false', async () => {
    const state = useLoadState();
    const error = new ApiRequestError(403, 'FORBIDDEN', 'no');
    const onError = jest.fn();
    await expect(state.run(() => Promise.reject(error), () => undefined, { onError })).resolves.toBe(false);
    expect(state.status.value).toBe('error');
    expect(state.errorCode.value).toBe('FORBIDDEN');
    expect(onError).toHaveBeenCalledWith(error);
  });

  it('names any other failure UNKNOWN, one thrown while applying the answer included', async () => {
    const state = useLoadState();
    await state.run(() => Promise.resolve(1), () => {
      throw new TypeError('broken');
    });
    expect(state.status.value).toBe('error');
    expect(state.errorCode.value).toBe('UNKNOWN');
  });

  it('clears the error code when a new load starts', async () => {
    const state = useLoadState();
    await state.run(() => Promise.reject(new ApiRequestError(0, 'NETWORK_ERROR', 'down')), () => undefined);
    const retry = deferred<number>();
    void state.run(retry.fetch, () => undefined);
    expect(state.status.value).toBe('loading');
    expect(state.errorCode.value).toBeNull();
  });

  describe('quiet', () => {
    it('keeps the status ready while a reload runs, so the data on show stays', async () => {
      const state = useLoadState();
      await state.run(() => Promise.resolve(1), () => undefined);
      const reload = deferred<number>();
      const done = state.run(reload.fetch, () => undefined, { quiet: true });
      expect(state.status.value).toBe('ready');
      reload.resolve(2);
      await done;
      expect(state.status.value).toBe('ready');
    });

    it('shows loading when there is nothing on show yet', () => {
      const state = useLoadState();
      void state.run(deferred<number>().fetch, () => undefined, { quiet: true });
      expect(state.status.value).toBe('loading');
    });
  });

  describe('key', () => {
    it('lets a call for the key on its way join that load instead of asking again', async () => {
      const state = useLoadState();
      const request = deferred<string>();
      const fetch = jest.fn(request.fetch);
      const first = state.run(fetch, () => undefined, { key: 'a' });
      const second = state.run(fetch, () => undefined, { key: 'a' });
      expect(second).toBe(first);
      request.resolve('answer');
      await expect(second).resolves.toBe(true);
      expect(fetch).toHaveBeenCalledTimes(1);
    });

    it('supersedes a load of another key, or one without a key', () => {
      const state = useLoadState();
      const a = deferred<string>();
      const unnamed = deferred<string>();
      void state.run(a.fetch, () => undefined, { key: 'a' });
      void state.run(unnamed.fetch, () => undefined);
      expect(a.signal?.aborted).toBe(true);
      void state.run(deferred<string>().fetch, () => undefined);
      expect(unnamed.signal?.aborted).toBe(true);
    });

    it('asks again once the load of that key has settled', async () => {
      const state = useLoadState();
      const fetch = jest.fn(() => Promise.resolve('answer'));
      await state.run(fetch, () => undefined, { key: 'a' });
      await state.run(fetch, () => undefined, { key: 'a' });
      expect(fetch).toHaveBeenCalledTimes(2);
    });
  });

  describe('cancel', () => {
    it('aborts the load on its way and never applies its answer', async () => {
      const state = useLoadState();
      const request = deferred<string>();
      const apply = jest.fn();
      const done = state.run(request.fetch, apply);
      state.cancel();
      expect(request.signal?.aborted).toBe(true);
      request.resolve('late');
      await expect(done).resolves.toBe(false);
      expect(apply).not.toHaveBeenCalled();
    });
  });
});
