import { needsCsrfToken } from './session-cookies.js';

describe('needsCsrfToken', () => {
  it('asks every method that changes something for the CSRF token, whatever its case', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'delete', 'Post']) expect([method, needsCsrfToken(method)]).toEqual([method, true]);
  });

  it('lets reads through without one', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS']) expect([method, needsCsrfToken(method)]).toEqual([method, false]);
  });
});
