import { ref, type Ref } from 'vue';
import { errorCodeOf } from '../http/http.js';

/** How a screen's data stands: not asked for yet, on its way, on show, or failed. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface LoadOptions {
  /**
   * Names what is loaded: a call with the key of the load on its way joins that load (and its
   * answer) instead of asking again. Without a key every call asks anew.
   */
  key?: string;
  /** A reload that leaves the status `ready` while it runs, so the data on show stays on show. */
  quiet?: boolean;
  /** Called with the error of the latest load before the status becomes `error`. */
  onError?: (error: unknown) => void;
}

export interface LoadState {
  readonly status: Readonly<Ref<LoadStatus>>;
  /** The API's error code of the failed load (`UNKNOWN` for anything else); null otherwise. */
  readonly errorCode: Readonly<Ref<string | null>>;
  /**
   * Loads with `fetch` and hands its answer to `apply`, unless a newer call came since: then the
   * answer (or error) is dropped and the signal given to `fetch` is aborted. An error thrown by
   * `apply` counts as a failed load. Resolves to true when this call's answer was applied.
   */
  run<T>(fetch: (signal: AbortSignal) => Promise<T>, apply: (answer: T) => void, options?: LoadOptions): Promise<boolean>;
  /** Drops the load on its way (aborted, its answer never applied); the status stays as it is. */
  cancel(): void;
}

/**
 * The loading state of one piece of a store's data, and the one guard against stale answers:
 * only the latest call's answer is applied, whatever order the answers come back in.
 *
 * @example
 * const users = ref<UserAccountDto[]>([]);
 * const loading = useLoadState();
 * const load = () => loading.run((signal) => adminApi.listUsers(filter.value, signal), (answer) => (users.value = answer));
 * return { users, status: loading.status, errorCode: loading.errorCode, load };
 */
export function useLoadState(): LoadState {
  const status = ref<LoadStatus>('idle');
  const errorCode = ref<string | null>(null);
  let current: { key: string | undefined; controller: AbortController; done: Promise<boolean> } | null = null;

  function cancel(): void {
    current?.controller.abort();
    current = null;
  }

  function run<T>(fetch: (signal: AbortSignal) => Promise<T>, apply: (answer: T) => void, options: LoadOptions = {}): Promise<boolean> {
    if (options.key !== undefined && current?.key === options.key) return current.done;
    cancel();
    const controller = new AbortController();
    const mine = { key: options.key, controller, done: Promise.resolve(false) };
    current = mine;
    if (!(options.quiet && status.value === 'ready')) status.value = 'loading';
    errorCode.value = null;
    mine.done = (async () => {
      try {
        const answer = await fetch(controller.signal);
        if (current !== mine) return false;
        apply(answer);
        status.value = 'ready';
        return true;
      } catch (error) {
        if (current !== mine) return false;
        options.onError?.(error);
        errorCode.value = errorCodeOf(error);
        status.value = 'error';
        return false;
      } finally {
        if (current === mine) current = null;
      }
    })();
    return mine.done;
  }

  return { status, errorCode, run, cancel };
}
