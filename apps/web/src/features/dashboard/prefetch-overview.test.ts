import { DEFAULT_BOARD_VIEW } from './helpers/board-view.js';
import { overviewPath } from './helpers/overview-query.js';
import { overviewToPrefetch, prefetchOverview } from './prefetch-overview.js';

describe(overviewToPrefetch.name, () => {
  it("is the first visit's overview: the link's filters, the board's view and the language", () => {
    expect(overviewToPrefetch({ query: {} }, 'vi', true)).toBe(overviewPath({}));
    expect(overviewToPrefetch({ query: { kind: 'M9', agencyKind: 'commune', board: 'late', q: 'tư pháp', page: '2' } }, 'en', true)).toBe(
      '/api/dashboard/overview?kind=M9&agencyKind=commune&board=late&boardQ=t%C6%B0+ph%C3%A1p&boardPage=2&lang=en',
    );
    expect(overviewToPrefetch({ query: { board: DEFAULT_BOARD_VIEW.filter, planet: 'mars' } }, 'vi', true)).toBe('/api/dashboard/overview');
  });

  it('is nothing for a link naming its year, nor for a later visit: those ask for the compared period too', () => {
    expect(overviewToPrefetch({ query: { year: '2020' } }, 'vi', true)).toBeNull();
    expect(overviewToPrefetch({ query: {} }, 'vi', false)).toBeNull();
  });
});

describe(prefetchOverview.name, () => {
  const realFetch = globalThis.fetch;
  const sent: string[] = [];

  beforeEach(() => {
    globalThis.fetch = ((path: string) => {
      sent.push(path);
      return new Promise<Response>(() => undefined);
    }) as typeof globalThis.fetch;
  });

  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('asks for the overview on the first visit of the page load only', () => {
    prefetchOverview({ query: { kind: 'M9' } }, 'vi');
    prefetchOverview({ query: {} }, 'vi');
    expect(sent).toEqual(['/api/dashboard/overview?kind=M9']);
  });
});
