import { z } from 'zod';
import { ApiRequestError, configureHttp, EARLY_GET_KEPT_MS, fileNameOf, forgetPrefetched, prefetchGet, requestFile, requestJson } from './http.js';

// Jest's globals are not injected under ESM; the module's own handle is.
const { jest } = import.meta;

interface Sent {
  method: string;
  headers: Record<string, string>;
  credentials: RequestCredentials | undefined;
}

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe(requestJson.name, () => {
  const realFetch = globalThis.fetch;
  let sent: Sent[];
  let answer: Response;

  beforeEach(() => {
    sent = [];
    answer = json(200, { ok: true });
    globalThis.fetch = ((_path: string, init: RequestInit) => {
      sent.push({ method: init.method ?? 'GET', headers: init.headers as Record<string, string>, credentials: init.credentials });
      return Promise.resolve(answer);
    }) as typeof globalThis.fetch;
    Object.defineProperty(globalThis, 'document', { value: { cookie: 'other=1; cchc_csrf=the-token' }, configurable: true });
  });

  afterEach(() => {
    globalThis.fetch = realFetch;
    Reflect.deleteProperty(globalThis, 'document');
    configureHttp({ signedIn: () => false, onUnauthorized: () => undefined });
  });

  it('sends the session cookie with every request, and never an Authorization header', async () => {
    await requestJson('GET', '/api/me', { schema: z.unknown() });
    expect(sent[0]?.credentials).toBe('same-origin');
    expect(sent[0]?.headers).not.toHaveProperty('authorization');
  });

  it('echoes the CSRF cookie on every change, and not on reads', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) await requestJson(method, '/api/x', { schema: z.unknown(), body: {} });
    await requestJson('GET', '/api/x', { schema: z.unknown() });
    expect(sent.map((s) => [s.method, s.headers['X-CSRF-Token'] ?? null])).toEqual([
      ['POST', 'the-token'],
      ['PUT', 'the-token'],
      ['PATCH', 'the-token'],
      ['DELETE', 'the-token'],
      ['GET', null],
    ]);
  });

  it('sends no CSRF header when there is no CSRF cookie (nobody signed in)', async () => {
    Object.defineProperty(globalThis, 'document', { value: { cookie: '' }, configurable: true });
    await requestJson('POST', '/api/auth/session', { schema: z.unknown(), body: {} });
    expect(sent[0]?.headers).not.toHaveProperty('X-CSRF-Token');
  });

  it('ends a signed-in session on a 401 or a refused CSRF token, and not otherwise', async () => {
    const onUnauthorized = jest.fn();
    configureHttp({ signedIn: () => true, onUnauthorized });
    for (const [status, code] of [
      [401, 'UNAUTHENTICATED'],
      [403, 'CSRF_TOKEN_INVALID'],
      [403, 'FORBIDDEN'],
    ] as const) {
      answer = json(status, { code, message: 'refused' });
      await expect(requestJson('POST', '/api/x', { schema: z.unknown(), body: {} })).rejects.toMatchObject({ status, code });
    }
    expect(onUnauthorized).toHaveBeenCalledTimes(2);
  });

  it('leaves a wrong password at sign-in, while nobody is signed in, to the sign-in form', async () => {
    const onUnauthorized = jest.fn();
    configureHttp({ signedIn: () => false, onUnauthorized });
    answer = json(401, { code: 'UNAUTHENTICATED', message: 'Wrong username or password.' });
    await expect(requestJson('POST', '/api/auth/session', { schema: z.unknown(), body: {} })).rejects.toBeInstanceOf(ApiRequestError);
    expect(onUnauthorized).not.toHaveBeenCalled();
  });
});

describe(prefetchGet.name, () => {
  const realFetch = globalThis.fetch;
  let sent: string[];
  let answers: Map<string, { resolve: (response: Response) => void }>;

  beforeEach(() => {
    sent = [];
    answers = new Map();
    globalThis.fetch = ((path: string) => {
      sent.push(path);
      return new Promise<Response>((resolve) => answers.set(`${path}#${sent.length}`, { resolve }));
    }) as typeof globalThis.fetch;
  });

  afterEach(() => {
    globalThis.fetch = realFetch;
    jest.useRealTimers();
  });

  const answer = (path: string, nth: number, body: unknown): void => answers.get(`${path}#${nth}`)?.resolve(json(200, body));
  /** A GET of `path`, asked for ahead once, now sends a request of its own and gets that answer. */
  const asksAfresh = async (path: string): Promise<void> => {
    const asked = requestJson('GET', path, { schema: z.unknown() });
    expect(sent).toEqual([path, path]);
    answer(path, 2, { fresh: true });
    await expect(asked).resolves.toEqual({ fresh: true });
  };

  it('sends the GET at once, and the first request of that path takes its answer instead of asking again', async () => {
    prefetchGet('/api/dashboard/overview?kind=M9');
    expect(sent).toEqual(['/api/dashboard/overview?kind=M9']);
    const taken = requestJson('GET', '/api/dashboard/overview?kind=M9', { schema: z.object({ year: z.number() }) });
    answer('/api/dashboard/overview?kind=M9', 1, { year: 2021 });
    await expect(taken).resolves.toEqual({ year: 2021 });
    expect(sent).toHaveLength(1);

    // Taken once: the next request of the path asks again (the data may have moved on).
    const again = requestJson('GET', '/api/dashboard/overview?kind=M9', { schema: z.object({ year: z.number() }) });
    expect(sent).toHaveLength(2);
    answer('/api/dashboard/overview?kind=M9', 2, { year: 2022 });
    await expect(again).resolves.toEqual({ year: 2022 });
  });

  it('is taken only by a GET of the same path, and validated by it', async () => {
    prefetchGet('/api/dashboard/overview');
    const other = requestJson('GET', '/api/dashboard/overview?kind=M9', { schema: z.unknown() });
    expect(sent).toEqual(['/api/dashboard/overview', '/api/dashboard/overview?kind=M9']);
    answer('/api/dashboard/overview?kind=M9', 2, {});
    await other;
    const taken = requestJson('GET', '/api/dashboard/overview', { schema: z.object({ year: z.number() }) });
    answer('/api/dashboard/overview', 1, { year: 'not a number' });
    await expect(taken).rejects.toMatchObject({ code: 'UNEXPECTED_RESPONSE' });
    expect(sent).toHaveLength(2);
  });

  it('is not sent twice while one is on its way, and not kept past its time', async () => {
    jest.useFakeTimers({ now: 0 });
    prefetchGet('/api/reference-data');
    prefetchGet('/api/reference-data');
    expect(sent).toEqual(['/api/reference-data']);
    jest.setSystemTime(EARLY_GET_KEPT_MS + 1);
    await asksAfresh('/api/reference-data');
  });

  it('is forgotten when a session starts or ends: the next person asks afresh', async () => {
    prefetchGet('/api/dashboard/overview');
    forgetPrefetched();
    await asksAfresh('/api/dashboard/overview');
  });

  it('lets the taker stop waiting: an abort rejects as an abort', async () => {
    prefetchGet('/api/dashboard/overview');
    const controller = new AbortController();
    const taken = requestJson('GET', '/api/dashboard/overview', { schema: z.unknown(), signal: controller.signal });
    controller.abort();
    await expect(taken).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe(requestFile.name, () => {
  const realFetch = globalThis.fetch;
  let answer: Response;

  beforeEach(() => {
    globalThis.fetch = (() => Promise.resolve(answer));
  });

  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('hands back the bytes under the name the API gives', async () => {
    answer = new Response('PK', { status: 200, headers: { 'content-disposition': `attachment; filename="41-BC-STP_Q1-2021.docx"; filename*=UTF-8''41-BC-STP_Q1-2021.docx` } });
    const file = await requestFile('/api/reports/x/document.docx');
    expect(file.fileName).toBe('41-BC-STP_Q1-2021.docx');
    await expect(file.blob.text()).resolves.toBe('PK');
  });

  it("throws the API's error, so a missing PDF converter reads as itself", async () => {
    answer = json(501, { code: 'PDF_UNAVAILABLE', message: 'LibreOffice is not installed' });
    await expect(requestFile('/api/reports/x/document.pdf')).rejects.toMatchObject({ status: 501, code: 'PDF_UNAVAILABLE' });
  });
});

describe(fileNameOf.name, () => {
  it('prefers the UTF-8 name, falls back to the plain one, and is null without a header', () => {
    expect(fileNameOf(`attachment; filename="bao-cao.docx"; filename*=UTF-8''b%C3%A1o-c%C3%A1o.docx`)).toBe('báo-cáo.docx');
    expect(fileNameOf('attachment; filename="bao-cao.docx"')).toBe('bao-cao.docx');
    expect(fileNameOf(`attachment; filename="x.docx"; filename*=UTF-8''%E0%A4%A`)).toBe('x.docx');
    expect(fileNameOf(null)).toBeNull();
  });
});
