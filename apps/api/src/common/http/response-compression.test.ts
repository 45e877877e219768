import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, brotliDecompressSync, constants as zlibConstants, gunzipSync, inflateSync } from 'node:zlib';
import express from 'express';
import { rawRequest, type RawAnswer } from '../../../test/support/raw-http.js';
import { BROTLI_FULL_QUALITY_MAX_BYTES, brotliParams, COMPRESSION_THRESHOLD_BYTES, responseCompression, WHOLE_BODY_MAX_BYTES } from './response-compression.js';

/** JSON of about `bytes` bytes, with Vietnamese text as the API's answers have. */
function jsonOf(bytes: number): string {
  const rows: { id: number; name: string }[] = [];
  let text = '[]';
  for (let i = 0; text.length < bytes; i++) {
    rows.push({ id: i, name: `Ủy ban nhân dân xã số ${i}` });
    text = JSON.stringify(rows);
  }
  return text;
}

function decoded(answer: RawAnswer): Buffer {
  const encoding = answer.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(answer.body);
  if (encoding === 'gzip') return gunzipSync(answer.body);
  if (encoding === 'deflate') return inflateSync(answer.body);
  return answer.body;
}

// The middleware on a bare Express app, its answers read byte for byte: what goes over the wire
// is the point (Content-Length or chunks, which encoding).
describe('responseCompression', () => {
  const small = jsonOf(COMPRESSION_THRESHOLD_BYTES * 8);
  const large = jsonOf(WHOLE_BODY_MAX_BYTES + 10_000);
  const medium = jsonOf(BROTLI_FULL_QUALITY_MAX_BYTES + 10_000);
  let server: Server;
  let port: number;

  beforeAll(async () => {
    const app = express();
    app.use(responseCompression());
    app.get('/json', (_request, response) => {
      response.json(JSON.parse(small));
    });
    app.get('/large', (_request, response) => {
      response.type('json').send(large);
    });
    app.get('/medium', (_request, response) => {
      response.type('json').send(medium);
    });
    app.get('/tiny', (_request, response) => {
      response.json({ ok: true });
    });
    app.get('/pieces', (_request, response) => {
      response.type('json');
      response.write(small.slice(0, 1000));
      response.end(small.slice(1000));
    });
    app.get('/no-transform', (_request, response) => {
      response.set('Cache-Control', 'no-transform').type('json').send(small);
    });
    app.get('/partial', (_request, response) => {
      response.status(206).type('json').send(small);
    });
    app.get('/png', (_request, response) => {
      response.type('png').send(Buffer.alloc(COMPRESSION_THRESHOLD_BYTES * 4, 7));
    });
    server = app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const get = (path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawAnswer> => rawRequest(port, path, headers, method);

  it('sends a whole JSON answer compressed in one piece, with its Content-Length', async () => {
    for (const [accepted, encoding] of [
      ['gzip, deflate, br, zstd', 'br'],
      ['br;q=0, gzip', 'gzip'],
      ['gzip;q=0.5, br;q=0.8', 'br'],
    ] as const) {
      const answer = await get('/json', { 'accept-encoding': accepted });
      expect(answer.status).toBe(200);
      expect(answer.headers['content-encoding']).toBe(encoding);
      expect(answer.headers['transfer-encoding']).toBeUndefined();
      expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
      expect(answer.body.length).toBeLessThan(Buffer.byteLength(small) / 3);
      expect(answer.headers.vary).toMatch(/accept-encoding/i);
      expect(decoded(answer).toString('utf8')).toBe(small);
    }
  });

  it('compresses a larger whole answer at a lower brotli quality, in one piece', async () => {
    const quality = (bytes: number): number => brotliParams(bytes)[zlibConstants.BROTLI_PARAM_QUALITY]!;
    expect(quality(COMPRESSION_THRESHOLD_BYTES)).toBe(4);
    expect(quality(BROTLI_FULL_QUALITY_MAX_BYTES)).toBe(4);
    expect(quality(BROTLI_FULL_QUALITY_MAX_BYTES + 1)).toBe(2);
    const answer = await get('/medium', { 'accept-encoding': 'br' });
    expect(answer.headers['content-encoding']).toBe('br');
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
    const body = Buffer.from(medium);
    expect(answer.body.equals(brotliCompressSync(body, { params: brotliParams(body.length) }))).toBe(true);
    expect(answer.body.equals(brotliCompressSync(body, { params: { ...brotliParams(body.length), [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } }))).toBe(false);
    expect(decoded(answer).toString('utf8')).toBe(medium);
  });

  it('keeps the ETag of the JSON, the same whichever encoding is sent', async () => {
    const plain = await get('/json');
    const compressed = await get('/json', { 'accept-encoding': 'br' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.etag).toBeDefined();
    expect(compressed.headers.etag).toBe(plain.headers.etag);
    const again = await get('/json', { 'accept-encoding': 'br', 'if-none-match': plain.headers.etag ?? '' });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers['content-encoding']).toBeUndefined();
  });

  it('streams an answer over the whole-body limit compressed, in chunks', async () => {
    const answer = await get('/large', { 'accept-encoding': 'gzip, deflate, br' });
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['transfer-encoding']).toBe('chunked');
    expect(decoded(answer).toString('utf8')).toBe(large);
  });

  it('streams an answer written in pieces, and deflate when it is all the client takes', async () => {
    const pieces = await get('/pieces', { 'accept-encoding': 'gzip' });
    expect(pieces.headers['content-encoding']).toBe('gzip');
    expect(decoded(pieces).toString('utf8')).toBe(small);
    const deflated = await get('/json', { 'accept-encoding': 'deflate' });
    expect(deflated.headers['content-encoding']).toBe('deflate');
    expect(decoded(deflated).toString('utf8')).toBe(small);
  });

  it('leaves as they are: a client that takes no compression, small bodies, HEAD, no-transform, partial content, images', async () => {
    const cases: [string, Record<string, string>, string?][] = [
      ['/json', {}],
      ['/json', { 'accept-encoding': 'identity' }],
      ['/json', { 'accept-encoding': 'br;q=0, gzip;q=0' }],
      ['/tiny', { 'accept-encoding': 'br' }],
      ['/no-transform', { 'accept-encoding': 'br' }],
      ['/partial', { 'accept-encoding': 'br' }],
      ['/png', { 'accept-encoding': 'br' }],
      ['/json', { 'accept-encoding': 'br' }, 'HEAD'],
    ];
    for (const [path, headers, method] of cases) {
      const answer = await get(path, headers, method);
      expect([path, headers, answer.headers['content-encoding']]).toEqual([path, headers, undefined]);
      if (method !== 'HEAD') expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
    }
  });
});
