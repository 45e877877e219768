// The part of `negotiator` (0.6, the version `compression` uses) that response-compression.ts
// calls: `encoding` with the server's preferred encodings, which the package's own published
// types (@types/negotiator) leave out.
declare module 'negotiator' {
  class Negotiator {
    constructor(request: { headers: Record<string, string | string[] | undefined> });
    /** The best of `available` for the request's Accept-Encoding; among equals, the first of `preferred`. */
    encoding(available: string[], preferred?: string[]): string | undefined;
  }
  export = Negotiator;
}
