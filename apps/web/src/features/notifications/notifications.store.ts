import type { NotificationDto } from '@cchc/domain';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { errorCodeOf } from '../../shared/http/http.js';
import { useLoadState } from '../../shared/load-state/load-state.js';
import { PAGE_SIZE, type ListQuery } from './helpers/list-query.js';
import { notificationsApi } from './notifications.api.js';

/** Notifications the bell's panel lists: the newest. */
export const BELL_SIZE = 10;

/**
 * The signed-in user's notifications: the unread count and the newest few for the bell in the
 * header, and the page of the full list on show (`/notifications`). Both come from the same API
 * and are kept in step: a notification marked read in one is read in the other, and the count
 * follows at once, before the next refresh.
 */
export const useNotificationsStore = defineStore('notifications', () => {
  /** Whose notifications these are: another user signing in on the same page starts afresh. */
  const owner = ref<string | null>(null);
  /** Unread notifications of the user; null until first asked. */
  const unread = ref<number | null>(null);
  const latest = ref<NotificationDto[]>([]);
  const bellLoad = useLoadState();

  const items = ref<NotificationDto[]>([]);
  const total = ref(0);
  /** The page and filter of `items`, once loaded. */
  const listed = ref<ListQuery | null>(null);
  const listLoad = useLoadState();

  /** The error code of the latest mark-as-read that failed, shown until the next one. */
  const actionError = ref<string | null>(null);
  const markingAll = ref(false);
  const marking = new Set<string>();

  /** Forgets another user's notifications when `userId` is not the one they were loaded for. */
  function forUser(userId: string): void {
    if (owner.value === userId) return;
    bellLoad.cancel();
    listLoad.cancel();
    owner.value = userId;
    unread.value = null;
    latest.value = [];
    items.value = [];
    total.value = 0;
    listed.value = null;
    actionError.value = null;
  }

  /**
   * Asks for the unread count and the newest notifications (sign-in, every route change, every
   * minute, opening the bell); a refresh asked for while one is on its way joins it. What is on
   * show stays on show meanwhile.
   */
  function refresh(): Promise<boolean> {
    return bellLoad.run(
      (signal) => notificationsApi.list({ limit: BELL_SIZE }, signal),
      (answer) => {
        latest.value = answer.items;
        unread.value = answer.unread;
      },
      { key: 'bell', quiet: true },
    );
  }

  /**
   * Takes the unread count that came with who is signed in (the sign-in's answer, or `GET /api/me`
   * when the app opens), so the first view asks nothing more; a count already known stays.
   */
  function seed(count: number): void {
    if (unread.value === null) unread.value = count;
  }

  /** Loads one page of the full list, all or the unread ones; the page on show stays until the next arrives. */
  function loadPage(query: ListQuery): Promise<boolean> {
    return listLoad.run(
      (signal) => notificationsApi.list({ unreadOnly: query.unreadOnly, limit: PAGE_SIZE, offset: (query.page - 1) * PAGE_SIZE }, signal),
      (answer) => {
        items.value = answer.items;
        total.value = answer.total;
        unread.value = answer.unread;
        listed.value = { ...query };
      },
      { key: JSON.stringify(query), quiet: listed.value !== null },
    );
  }

  function replace(read: NotificationDto): void {
    const swap = (list: NotificationDto[]): NotificationDto[] => list.map((n) => (n.id === read.id ? read : n));
    latest.value = swap(latest.value);
    items.value = swap(items.value);
  }

  /**
   * Marks a notification read (an unread one only; asked twice, once) and counts it off at once.
   * Resolves to false when the API refused, with the reason in `actionError`.
   */
  async function markRead(notification: NotificationDto): Promise<boolean> {
    if (notification.readAt !== null || marking.has(notification.id)) return true;
    marking.add(notification.id);
    actionError.value = null;
    try {
      const read = await notificationsApi.read(notification.id);
      // An answer asked for before the mark would bring the notification back unread.
      bellLoad.cancel();
      replace(read);
      if (unread.value !== null) unread.value = Math.max(0, unread.value - 1);
      return true;
    } catch (error) {
      actionError.value = errorCodeOf(error);
      return false;
    } finally {
      marking.delete(notification.id);
    }
  }

  /** Marks every notification of the user read; those on show turn read without asking again. */
  async function markAllRead(): Promise<boolean> {
    if (markingAll.value) return false;
    markingAll.value = true;
    actionError.value = null;
    try {
      const answer = await notificationsApi.readAll();
      // Answers asked for before the mark would bring the unread ones back: dropped, and the
      // bell asked again.
      const bellWasLoading = bellLoad.status.value !== 'ready';
      bellLoad.cancel();
      if (bellWasLoading) void refresh();
      // A page being refreshed quietly is dropped; a first load is left to show its page.
      if (listLoad.status.value === 'ready') listLoad.cancel();
      const now = new Date().toISOString();
      const read = (list: NotificationDto[]): NotificationDto[] => list.map((n) => (n.readAt === null ? { ...n, readAt: now } : n));
      latest.value = read(latest.value);
      items.value = read(items.value);
      unread.value = answer.unread;
      return true;
    } catch (error) {
      actionError.value = errorCodeOf(error);
      return false;
    } finally {
      markingAll.value = false;
    }
  }

  return {
    unread,
    seed,
    latest,
    bellStatus: bellLoad.status,
    bellErrorCode: bellLoad.errorCode,
    items,
    total,
    listed,
    listStatus: listLoad.status,
    listErrorCode: listLoad.errorCode,
    actionError,
    markingAll,
    forUser,
    refresh,
    loadPage,
    markRead,
    markAllRead,
  };
});
