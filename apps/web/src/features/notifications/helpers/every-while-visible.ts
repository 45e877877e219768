/** The parts of `document` that tell whether the page is on screen. */
export type VisiblePage = Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'>;

/**
 * Calls `tick` every `ms` while the page is visible (a tab in the background asks nothing), and
 * at once when the page comes back into view after at least `ms` away, so what it shows is fresh
 * the moment it is looked at again. Returns the function that stops it.
 *
 * @example
 * const stop = everyWhileVisible(() => store.refresh(), 60_000);
 * onBeforeUnmount(stop);
 */
export function everyWhileVisible(tick: () => void, ms: number, page: VisiblePage = document, now: () => number = Date.now): () => void {
  let last = now();
  const run = (): void => {
    last = now();
    tick();
  };
  const timer = setInterval(() => {
    if (page.visibilityState === 'visible') run();
  }, ms);
  const onVisibility = (): void => {
    if (page.visibilityState === 'visible' && now() - last >= ms) run();
  };
  page.addEventListener('visibilitychange', onVisibility);
  return () => {
    clearInterval(timer);
    page.removeEventListener('visibilitychange', onVisibility);
  };
}
