import compression from 'compression';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import Negotiator from 'negotiator';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';

/** Bodies smaller than this are sent as they are: compressing them saves next to nothing. */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

/**
 * Whole bodies up to this size are compressed in one call on the event loop; larger
 * ones go through `compression`'s stream, so that a large export does not hold the event loop.
 * At this size brotli at quality 2 takes about a third of a millisecond.
 */
export const WHOLE_BODY_MAX_BYTES = 128 * 1024;

/**
 * Whole bodies up to this size are compressed with brotli at quality 4, larger ones at quality 2.
 * Brotli's time grows faster than its gain with the quality: on the province's status board
 * (68 kB of JSON) quality 4 took 0.51 ms for 9,269 bytes and quality 2 0.16 ms for 9,616, and the
 * board's p50 fell by 0.5-0.7 ms (docs/benchmarks.md). Under this size the difference is a tenth
 * of that.
 */
export const BROTLI_FULL_QUALITY_MAX_BYTES = 32 * 1024;

/** Brotli's parameters for a whole body of `bytes` bytes. */
export function brotliParams(bytes: number): Record<number, number> {
  return {
    [zlibConstants.BROTLI_PARAM_QUALITY]: bytes > BROTLI_FULL_QUALITY_MAX_BYTES ? 2 : 4,
    [zlibConstants.BROTLI_PARAM_SIZE_HINT]: bytes,
    // A window no larger than the body: less state to allocate, the same bytes out.
    [zlibConstants.BROTLI_PARAM_LGWIN]: Math.min(zlibConstants.BROTLI_MAX_WINDOW_BITS, Math.max(zlibConstants.BROTLI_MIN_WINDOW_BITS, Math.ceil(Math.log2(bytes)))),
  };
}

/** The encodings `compression` knows and, among those a client accepts equally, the ones it prefers. */
const ENCODINGS = ['br', 'gzip', 'deflate', 'identity'];
const PREFERRED_ENCODINGS = ['br', 'gzip'];
const NO_TRANSFORM = /(?:^|,)\s*no-transform\s*(?:,|$)/i;

/** Partial content (206) is never encoded: its Content-Range counts bytes of the file. */
const compressibleType = (request: Request, response: Response): boolean => response.statusCode !== 206 && compression.filter(request, response);

type End = (chunk?: unknown, encoding?: unknown, callback?: unknown) => Response;

/**
 * Compresses answers when the request's Accept-Encoding allows it: brotli (quality 4, or 2 for
 * larger bodies: {@link brotliParams}) or gzip, as the client prefers (brotli when it takes both
 * equally), and `Vary: Accept-Encoding` on every answer whose type could be compressed. JSON,
 * the error answers, CSV and the OpenAPI page are compressed; left as they are:
 * - bodies under {@link COMPRESSION_THRESHOLD_BYTES};
 * - types that are compressed already (Word, Excel, PDF): `compressible` knows them;
 * - answers already encoded, such as the dashboard's pre-compressed files (app.factory.ts);
 * - partial content (206), and answers marked `Cache-Control: no-transform`.
 *
 * `compression` (the maintained Express middleware) does it all for answers written as a stream
 * or in pieces, and decides the headers of every answer. An answer sent whole (`res.json`,
 * `res.send`: every JSON answer of the API) of up to {@link WHOLE_BODY_MAX_BYTES} is compressed
 * here instead, in one synchronous call, and sent with its Content-Length rather than in chunks:
 * `compression` would open a zlib stream for it, whose native state is allocated per answer and
 * whose work goes to libuv's thread pool and back. For a report's 8 kB answer that cost the API
 * 0.5-1 ms of CPU per request, about a sixth of a save (docs/benchmarks.md), for the same bytes.
 *
 * Express computes the ETag from the uncompressed body before this runs, so conditional requests
 * still answer 304 whichever encoding was sent.
 */
export function responseCompression(): RequestHandler {
  const streamed = compression({ threshold: COMPRESSION_THRESHOLD_BYTES, filter: compressibleType });
  return (request: Request, response: Response, next: NextFunction) => {
    streamed(request, response, (error?: unknown) => {
      if (error) {
        next(error);
        return;
      }
      // compression's end, which sets the headers (Vary among them) and sees the answer encoded.
      const end = response.end.bind(response) as End;
      response.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
        // The headers and the client decide first: a body is turned into bytes only to be compressed here.
        const method = response.headersSent ? null : encodingFor(request, response);
        const body = method ? wholeBody(chunk, encoding) : null;
        if (!method || !body) return end(chunk, encoding, callback);
        const encoded =
          method === 'br'
            ? brotliCompressSync(body, { params: brotliParams(body.length) })
            : gzipSync(body);
        response.setHeader('Content-Encoding', method);
        response.setHeader('Content-Length', encoded.length);
        return end(encoded, typeof encoding === 'function' ? encoding : callback);
      }) as Response['end'];
      next();
    });
  };
}

/**
 * The bytes of an answer sent whole by `res.end(body)` when there are between
 * {@link COMPRESSION_THRESHOLD_BYTES} and {@link WHOLE_BODY_MAX_BYTES} of them; null otherwise, or
 * when end carries no body. A string has at least as many bytes as characters, so a longer one is
 * left to the stream without being turned into bytes here.
 */
function wholeBody(chunk: unknown, encoding: unknown): Buffer | null {
  let body: Buffer | null = null;
  if (typeof chunk === 'string' && chunk.length <= WHOLE_BODY_MAX_BYTES) body = Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
  if (chunk instanceof Uint8Array) body = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return body && body.length >= COMPRESSION_THRESHOLD_BYTES && body.length <= WHOLE_BODY_MAX_BYTES ? body : null;
}

/**
 * 'br' or 'gzip' when the answer may be compressed here, by the rules `compression` applies to it
 * (its size apart); null when it is left to `compression` (deflate) or sent as it is.
 */
function encodingFor(request: Request, response: Response): 'br' | 'gzip' | null {
  if (request.method === 'HEAD' || !request.headers['accept-encoding'] || response.getHeader('Content-Encoding')) return null;
  if (NO_TRANSFORM.test(String(response.getHeader('Cache-Control') ?? '')) || !compressibleType(request, response)) return null;
  const method = new Negotiator(request).encoding(ENCODINGS, PREFERRED_ENCODINGS);
  return method === 'br' || method === 'gzip' ? method : null;
}
