import { CSRF_COOKIE } from '@cchc/domain';
import { parseCookie } from 'cookie';

/**
 * The CSRF token of the session, from the page's cookies (`document.cookie`); null when there is
 * none, that is when nobody is signed in on this browser. The session itself is in an httpOnly
 * cookie no script can read: this one only proves that a change comes from this site's pages.
 *
 * @example
 * csrfTokenFrom('cchc_csrf=abc; other=1') // 'abc'
 * csrfTokenFrom('') // null
 */
export function csrfTokenFrom(cookies: string): string | null {
  const value = parseCookie(cookies)[CSRF_COOKIE];
  return value ? value : null;
}
