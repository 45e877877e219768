/** This app's keys in the browser's storage all start so. */
const APP_PREFIX = 'cchc.';
/** Keys that belong to the device rather than to whoever used it: the chosen language. */
const DEVICE_KEYS: ReadonlySet<string> = new Set(['cchc.locale']);
/** Where an earlier version kept the session token: a script could read it there. */
export const LEGACY_SESSION_KEY = 'cchc.session';

/** The storage to clean (localStorage or sessionStorage in the browser, a fake in tests). */
export type UserDataStorage = Pick<Storage, 'key' | 'removeItem' | 'length'>;

/**
 * Forgets what the signed-in person left on this device: unsaved report drafts, typed dossier
 * figures and any other `cchc.*` key, but not the device's own settings. Every new kind of
 * per-user data is forgotten at sign-out without being listed here.
 *
 * @example
 * forgetLocalUserData(localStorage) // removes 'cchc.editor.<id>', keeps 'cchc.locale'
 */
export function forgetLocalUserData(storage: UserDataStorage): void {
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(APP_PREFIX) && !DEVICE_KEYS.has(key)) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
  } catch {
    // Storage disabled: there is nothing kept to forget.
  }
}
