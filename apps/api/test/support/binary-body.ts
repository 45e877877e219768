import type request from 'supertest';

/** A response body as bytes: supertest leaves binary answers (Word, PDF, Excel) unparsed without it. */
export const binary = (res: request.Response, callback: (error: Error | null, body: Buffer) => void): void => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};
