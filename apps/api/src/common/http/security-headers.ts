import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/** What the built dashboard loads: its own scripts, styles, fonts and images; API calls to itself. */
const DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  // Chart images are exported from canvases as data: and blob: addresses.
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  // No page of the app may be framed: the submit and accept buttons cannot be clickjacked.
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
};

/**
 * Security headers on every answer, with helmet (the maintained Express middleware for them): a
 * strict Content-Security-Policy the built dashboard satisfies without inline scripts or styles,
 * `X-Frame-Options: DENY` for browsers without frame-ancestors, nosniff, `Referrer-Policy:
 * same-origin`, and HSTS only on answers sent over HTTPS (over plain HTTP browsers ignore it, and
 * an installation on a LAN address must not be pinned to HTTPS by accident). The OpenAPI page's
 * generated HTML carries inline styles, so under `docsPath` styles may be inline; scripts may not.
 */
export function securityHeaders(docsPath: string): RequestHandler[] {
  const withStyles = (styleSrc: string[]): RequestHandler =>
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: { ...DIRECTIVES, styleSrc } },
      frameguard: { action: 'deny' },
      referrerPolicy: { policy: 'same-origin' },
      strictTransportSecurity: false,
    });
  const strict = withStyles(DIRECTIVES.styleSrc);
  const docs = withStyles(["'self'", "'unsafe-inline'"]);
  const hsts = helmet.strictTransportSecurity({ maxAge: 180 * 24 * 60 * 60 });
  return [
    (request: Request, response: Response, next: NextFunction) => (request.path.startsWith(docsPath) ? docs : strict)(request, response, next),
    (request: Request, response: Response, next: NextFunction) => (request.secure ? hsts(request, response, next) : next()),
  ];
}
