import type { UserAccountDto, UserCreateBody, UserPasswordResetBody, UserUpdateBody } from '@cchc/domain';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { adminApi, type UserListFilter } from './admin.api.js';
import { attemptSave, type SaveResult } from './helpers/save-failure.js';
import { useLoadState } from '../../shared/load-state/load-state.js';

/** User accounts filtered by role, agency and status (the API filters), and the changes to them. */
export const useAdminUsersStore = defineStore('admin-users', () => {
  const users = ref<UserAccountDto[]>([]);
  const filter = ref<UserListFilter>({});
  const loading = useLoadState();

  /** Loads the accounts the filter picks; `quiet` keeps the table on screen while it refreshes. */
  async function load(quiet = false): Promise<void> {
    await loading.run((signal) => adminApi.listUsers(filter.value, signal), (loaded) => (users.value = loaded), { quiet });
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

  return { users, filter, status: loading.status, errorCode: loading.errorCode, load, setFilter, create, update, resetPassword, byId };
});
