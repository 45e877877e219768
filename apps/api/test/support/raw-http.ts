import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';

/** An answer as it came over the wire: its body not decompressed. */
export interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/**
 * A request to a server on 127.0.0.1 with exactly these headers, through node:http rather than
 * supertest, which always sends Accept-Encoding and decompresses what it gets: for tests that
 * choose the header and look at the bytes as sent. A connection of its own for each request.
 */
export function rawRequest(port: number, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ host: '127.0.0.1', port, path, method, headers, agent: false }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: Buffer.concat(chunks) }));
      incoming.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}
