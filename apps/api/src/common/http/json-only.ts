import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { AppError } from '../errors/app-error.js';

/**
 * Refuses, with 415, a request that is not JSON. A page of another site can make a browser post
 * a form anywhere (a form needs no consent of the API), but it cannot send JSON without the API's
 * consent, which it never gives (no CORS): routes that would otherwise act on such a form, as
 * starting a browser session does, take JSON only.
 */
export function assertJsonRequest(request: Request): void {
  if (!request.is('application/json')) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the request as JSON (Content-Type: application/json).');
  }
}

/** {@link assertJsonRequest} before the body is validated, so the answer is 415 whatever the body holds. */
@Injectable()
export class JsonOnlyGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    assertJsonRequest(context.switchToHttp().getRequest<Request>());
    return true;
  }
}
