import type { LoginResponse, UserDto, UserRole } from '@cchc/domain';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { authApi } from './auth.api.js';
import { configureHttp } from '../http/http.js';

const STORAGE_KEY = 'cchc.session';

interface StoredSession {
  accessToken: string;
  expiresAt: string;
  user: UserDto;
}

function readStored(): StoredSession | null {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as StoredSession | null;
    return stored && Date.parse(stored.expiresAt) > Date.now() ? stored : null;
  } catch {
    return null;
  }
}

/**
 * The signed-in user and their token, kept across reloads until it expires. When the API refuses
 * the token, the session ends as `expired` and the router sends the user to sign in again,
 * coming back where they were (forms keep their unsaved input locally meanwhile). A user whose
 * password an administrator reset is sent to choose a new one first (the router does it).
 */
export const useSessionStore = defineStore('session', () => {
  const session = ref<StoredSession | null>(readStored());
  const expired = ref(false);

  const user = computed(() => session.value?.user ?? null);
  const role = computed<UserRole | null>(() => user.value?.role ?? null);
  const isAuthenticated = computed(() => session.value !== null);
  const isAgencyUser = computed(() => role.value === 'reporter' || role.value === 'approver');
  /** An administrator reset the password: the user chooses a new one before anything else. */
  const mustChangePassword = computed(() => user.value?.mustChangePassword === true);

  configureHttp({
    token: () => session.value?.accessToken ?? null,
    onUnauthorized: () => expire(),
  });

  /** Starts a session the API answered with (sign-in, first-run set-up, a changed password). */
  function start(response: LoginResponse): void {
    session.value = { accessToken: response.accessToken, expiresAt: response.expiresAt, user: response.user };
    expired.value = false;
    localStorage.setItem(STORAGE_KEY, JSON.stringify(session.value));
  }

  async function login(username: string, password: string): Promise<void> {
    start(await authApi.login(username, password));
  }

  function clear(): void {
    session.value = null;
    localStorage.removeItem(STORAGE_KEY);
  }

  function expire(): void {
    if (!session.value) return;
    clear();
    expired.value = true;
  }

  async function logout(): Promise<void> {
    try {
      await authApi.logout();
    } finally {
      clear();
      expired.value = false;
    }
  }

  /** Where a user lands after signing in: Home Affairs on the dashboard, agencies on their reports. */
  function homeRoute(): string {
    return isAgencyUser.value ? '/reports' : '/';
  }

  return { user, role, isAuthenticated, isAgencyUser, mustChangePassword, expired, start, login, logout, expire, homeRoute };
});
