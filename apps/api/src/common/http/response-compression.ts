import compression from 'compression';
import type { Request, RequestHandler, Response } from 'express';

/** Bodies smaller than this are sent as they are: compressing them saves next to nothing. */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

/**
 * Compresses answers when the request's Accept-Encoding allows it, with `compression` (the
 * maintained Express middleware): brotli (at its fast level 4) or gzip, as the client prefers,
 * and `Vary: Accept-Encoding` on every answer whose type could be compressed. JSON, the error
 * answers, CSV and the OpenAPI page are compressed; left as they are:
 * - bodies under {@link COMPRESSION_THRESHOLD_BYTES};
 * - types that are compressed already (Word, Excel, PDF): `compressible` knows them;
 * - answers already encoded, such as the dashboard's pre-compressed files (app.factory.ts);
 * - partial content (206): its Content-Range counts bytes of the file, which encoding the slice
 *   afterwards would make wrong.
 * Express computes the ETag from the uncompressed body before this runs, so conditional requests
 * still answer 304 whichever encoding was sent.
 */
export function responseCompression(): RequestHandler {
  return compression({
    threshold: COMPRESSION_THRESHOLD_BYTES,
    filter: (request: Request, response: Response) => response.statusCode !== 206 && compression.filter(request, response),
  });
}
