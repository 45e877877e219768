import { everyWhileVisible } from './every-while-visible.js';

const { jest } = import.meta;

/** A page whose visibility the test sets, telling its listeners like a document does. */
class FakePage extends EventTarget {
  visibilityState: DocumentVisibilityState = 'visible';
  set(state: DocumentVisibilityState): void {
    this.visibilityState = state;
    this.dispatchEvent(new Event('visibilitychange'));
  }
}

describe(everyWhileVisible.name, () => {
  let now = 0;
  beforeEach(() => {
    jest.useFakeTimers();
    now = 0;
  });
  afterEach(() => jest.useRealTimers());
  const advance = (ms: number): void => {
    now += ms;
    jest.advanceTimersByTime(ms);
  };

  it('ticks every minute while the page is visible, not while it is hidden, and at once when seen again after a minute', () => {
    const page = new FakePage();
    const ticks: number[] = [];
    const stop = everyWhileVisible(() => ticks.push(now), 60_000, page, () => now);
    advance(60_000);
    expect(ticks).toEqual([60_000]);
    page.set('hidden');
    advance(120_000);
    expect(ticks).toEqual([60_000]);
    page.set('visible');
    expect(ticks).toEqual([60_000, 180_000]);
    // Back after a moment only: the next tick comes on time.
    page.set('hidden');
    advance(10_000);
    page.set('visible');
    expect(ticks).toHaveLength(2);
    stop();
    advance(600_000);
    page.set('hidden');
    page.set('visible');
    expect(ticks).toHaveLength(2);
  });
});
