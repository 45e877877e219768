import type { SessionResponse, UserDto, UserRole } from '@cchc/domain';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { authApi } from './auth.api.js';
import { forgetLocalUserData, LEGACY_SESSION_KEY } from './local-user-data.js';
import { csrfTokenFrom } from '../http/csrf.js';
import { ApiRequestError, configureHttp, forgetPrefetched } from '../http/http.js';

/** An earlier version kept the token in localStorage, where any script could read it: forget it. */
function forgetLegacySession(): void {
  try {
    localStorage.removeItem(LEGACY_SESSION_KEY);
  } catch {
    // Storage disabled: nothing was kept there.
  }
}

/**
 * Who is signed in. The session itself is an httpOnly cookie no script of the page can read; at
 * start the store asks the API (`GET /api/me`) who it belongs to, and the router waits for that.
 * When the API refuses the session, it ends as `expired` and the router sends the user to sign
 * in again, coming back where they were: unsaved input stays on this device meanwhile. Signing
 * out, on the contrary, forgets everything the person left on this device. A user whose password
 * an administrator reset is sent to choose a new one first (the router does it).
 */
export const useSessionStore = defineStore('session', () => {
  const user = ref<UserDto | null>(null);
  const expired = ref(false);
  /** While the API is asked who is signed in, at start. */
  const restoring = ref(false);
  let restored: Promise<void> | null = null;

  const role = computed<UserRole | null>(() => user.value?.role ?? null);
  const isAuthenticated = computed(() => user.value !== null);
  const isAgencyUser = computed(() => role.value === 'reporter' || role.value === 'approver');
  /** An administrator reset the password: the user chooses a new one before anything else. */
  const mustChangePassword = computed(() => user.value?.mustChangePassword === true);

  forgetLegacySession();
  configureHttp({
    signedIn: () => user.value !== null,
    onUnauthorized: () => expire(),
  });

  /**
   * Learns, once, who the session cookie belongs to. The session and CSRF cookies come and go
   * together, so without the readable one there is no session to ask about (and no 401 to cause).
   */
  function restore(): Promise<void> {
    restored ??= (async () => {
      if (!csrfTokenFrom(document.cookie)) return;
      restoring.value = true;
      try {
        user.value = await authApi.me();
      } catch (failure) {
        user.value = null;
        // The session this browser had was refused (expired, or ended elsewhere): the sign-in page
        // says so. Without an answer at all, signing in will say what is wrong.
        expired.value = failure instanceof ApiRequestError && failure.status === 401;
      } finally {
        restoring.value = false;
      }
    })();
    return restored;
  }

  /** Starts a session the API answered with (sign-in, first-run set-up, a changed password). */
  function start(response: SessionResponse): void {
    forgetPrefetched();
    user.value = response.user;
    expired.value = false;
  }

  async function login(username: string, password: string): Promise<void> {
    start(await authApi.login(username, password));
  }

  function expire(): void {
    if (!user.value) return;
    forgetPrefetched();
    user.value = null;
    expired.value = true;
  }

  /** Ends the session everywhere, and forgets this person's drafts and data on this device. */
  async function logout(): Promise<void> {
    try {
      await authApi.logout();
    } finally {
      forgetPrefetched();
      user.value = null;
      expired.value = false;
      forgetLocalUserData(localStorage);
      forgetLocalUserData(sessionStorage);
    }
  }

  /** Where a user lands after signing in: Home Affairs on the dashboard, agencies on their reports. */
  function homeRoute(): string {
    return isAgencyUser.value ? '/reports' : '/';
  }

  return { user, role, isAuthenticated, isAgencyUser, mustChangePassword, expired, restoring, restore, start, login, logout, expire, homeRoute };
});
