import { Agent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestApp } from '../../support/test-app.js';

/** One request exactly as it goes on the wire: any method, a raw path, raw body bytes. */
export interface RawRequest {
  method: string;
  /** Sent as written (percent-encoding, `..` and all): not normalised like a URL would be. */
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

/**
 * A client that sends requests as a hostile caller would, which supertest and fetch do not
 * allow (they normalise paths, reject odd methods and set their own headers). Keep-alive sockets
 * keep the thousands of fuzz requests cheap; `maxSockets: Infinity` lets concurrent calls really
 * be in flight at once, each on its own connection.
 */
export class RawHttpClient {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: Infinity });

  constructor(
    readonly host: string,
    readonly port: number,
  ) {}

  /** Starts the test app listening on a free local port and returns a client for it. */
  static async listen(t: TestApp): Promise<RawHttpClient> {
    await t.app.listen(0, '127.0.0.1');
    const address = t.app.getHttpServer().address() as AddressInfo;
    return new RawHttpClient('127.0.0.1', address.port);
  }

  send(raw: RawRequest): Promise<RawResponse> {
    return new Promise((resolve, reject) => {
      const body = raw.body === undefined ? undefined : Buffer.isBuffer(raw.body) ? raw.body : Buffer.from(raw.body, 'utf8');
      const headers: Record<string, string | number> = { ...raw.headers };
      if (body !== undefined) headers['content-length'] = body.length;
      const call = httpRequest({ host: this.host, port: this.port, method: raw.method, path: raw.path, headers, agent: this.agent }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      });
      call.on('error', reject);
      call.end(body);
    });
  }

  /** A JSON request with a bearer token (or none). */
  json(method: string, path: string, token: string | null, body?: unknown): Promise<RawResponse> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    return this.send({ method, path, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** The response body parsed as JSON, or undefined when it is not JSON. */
export function jsonBody(response: RawResponse): unknown {
  try {
    return JSON.parse(response.text) as unknown;
  } catch {
    return undefined;
  }
}
