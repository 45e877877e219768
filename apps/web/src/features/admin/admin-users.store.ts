import type { UserAccountDto, UserCreateBody, UserPasswordResetBody, UserUpdateBody } from '@cchc/domain';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { adminApi, type UserListFilter } from './admin.api.js';
import { ApiRequestError } from '../../shared/http/http.js';
import { attemptSave, type SaveResult } from './helpers/save-failure.js';
import type { LoadStatus } from '../../shared/reference-data/reference-data.store.js';

/** User accounts filtered by role, agency and status (the API filters), and the changes to them. */
export const useAdminUsersStore = defineStore('admin-users', () => {
  const users = ref<UserAccountDto[]>([]);
  const filter = ref<UserListFilter>({});
  const status = ref<LoadStatus>('idle');
  const errorCode = ref('');
  let request = 0;

  async function load(quiet = false): Promise<void> {
    const mine = ++request;
    if (!quiet || status.value !== 'ready') status.value = 'loading';
    try {
      const loaded = await adminApi.listUsers(filter.value);
      if (mine !== request) return; // a newer filter is on its way
      users.value = loaded;
      status.value = 'ready';
    } catch (error) {
      if (mine !== request) return;
      errorCode.value = error instanceof ApiRequestError ? error.code : 'UNKNOWN';
      status.value = 'error';
    }
  }

  async function setFilter(next: UserListFilter): Promise<void> {
    filter.value = next;
    await load(true);
  }

  async function afterChange<T>(result: SaveResult<T>): Promise<SaveResult<T>> {
    if (result.ok) await load(true);
    return result;
  }

  const create = async (body: UserCreateBody): Promise<SaveResult<UserAccountDto>> => afterChange(await attemptSave(() => adminApi.createUser(body)));
  const update = async (id: string, body: UserUpdateBody): Promise<SaveResult<UserAccountDto>> =>
    afterChange(await attemptSave(() => adminApi.updateUser(id, body)));
  const resetPassword = async (id: string, body: UserPasswordResetBody): Promise<SaveResult<UserAccountDto>> =>
    afterChange(await attemptSave(() => adminApi.resetPassword(id, body)));

  const byId = (id: string): UserAccountDto | undefined => users.value.find((u) => u.id === id);

  return { users, filter, status, errorCode, load, setFilter, create, update, resetPassword, byId };
});
