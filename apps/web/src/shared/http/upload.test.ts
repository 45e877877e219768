import { z } from 'zod';
import { ApiRequestError, configureHttp } from './http.js';
import { uploadFiles, type UploadRequest } from './upload.js';

/** An XMLHttpRequest that records what it was given and answers when told. */
class FakeRequest implements UploadRequest {
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: FormData | null = null;
  status = 0;
  responseText = '';
  aborted = false;
  upload: UploadRequest['upload'] = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  open(method: string, url: string): void {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string): void {
    this.headers[name] = value;
  }
  send(body: FormData): void {
    this.body = body;
  }
  abort(): void {
    this.aborted = true;
    this.onabort?.();
  }
  answer(status: number, body: unknown): void {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

const schema = z.strictObject({ items: z.array(z.strictObject({ id: z.string() })) });
const file = (name: string): File => new File(['Số: /BC-SNgV'], name, { type: 'text/plain' });

describe(uploadFiles.name, () => {
  let request: FakeRequest;
  beforeEach(() => {
    request = new FakeRequest();
    Object.defineProperty(globalThis, 'document', { value: { cookie: 'cchc_csrf=the-token' }, configurable: true });
  });
  afterEach(() => {
    Reflect.deleteProperty(globalThis, 'document');
    configureHttp({ signedIn: () => false, onUnauthorized: () => undefined });
  });

  it('posts the files in the named field with the CSRF token, reports progress and checks the answer', async () => {
    const progress: number[] = [];
    const answer = uploadFiles('/api/imports', { schema, field: 'files', files: [file('a.txt'), file('b.md')], onProgress: (p) => progress.push(p) }, () => request);
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/api/imports');
    expect(request.headers['X-CSRF-Token']).toBe('the-token');
    expect(request.body?.getAll('files').map((f) => (f as File).name)).toEqual(['a.txt', 'b.md']);
    request.upload.onprogress?.({ loaded: 50, total: 200, lengthComputable: true });
    request.answer(201, { items: [{ id: '1' }, { id: '2' }] });
    await expect(answer).resolves.toEqual({ items: [{ id: '1' }, { id: '2' }] });
    expect(progress).toEqual([0.25, 1]);
  });

  it("refuses with the API's error, its code and field details", async () => {
    const answer = uploadFiles('/api/imports', { schema, field: 'files', files: [file('a.pdf')] }, () => request);
    request.answer(400, { code: 'IMPORT_FORMAT', message: 'Cannot read "a.pdf"', details: [{ path: 'files.0', message: 'Cannot read "a.pdf"' }] });
    const error = (await answer.catch((e: unknown) => e)) as ApiRequestError;
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error.code).toBe('IMPORT_FORMAT');
    expect(error.details).toEqual([{ path: 'files.0', message: 'Cannot read "a.pdf"' }]);
  });

  it('ends the session when the API refuses it, says when there is no answer, and stops when aborted', async () => {
    let ended = false;
    configureHttp({ signedIn: () => true, onUnauthorized: () => (ended = true) });
    const refused = uploadFiles('/api/imports', { schema, field: 'files', files: [file('a.txt')] }, () => request);
    request.answer(401, { code: 'UNAUTHENTICATED', message: 'No session' });
    await expect(refused).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(ended).toBe(true);

    const offline = new FakeRequest();
    const lost = uploadFiles('/api/imports', { schema, field: 'files', files: [file('a.txt')] }, () => offline);
    offline.onerror?.();
    await expect(lost).rejects.toMatchObject({ code: 'NETWORK_ERROR' });

    const controller = new AbortController();
    const stopped = new FakeRequest();
    const aborted = uploadFiles('/api/imports', { schema, field: 'files', files: [file('a.txt')], signal: controller.signal }, () => stopped);
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ name: 'AbortError' });
    expect(stopped.aborted).toBe(true);
  });

  it('says an answer off its contract is unexpected', async () => {
    const answer = uploadFiles('/api/imports', { schema, field: 'files', files: [file('a.txt')] }, () => request);
    request.answer(201, { items: 'none' });
    await expect(answer).rejects.toMatchObject({ code: 'UNEXPECTED_RESPONSE' });
  });
});
