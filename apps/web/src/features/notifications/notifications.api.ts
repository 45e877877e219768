import {
  NotificationListResponseSchema,
  NotificationReadAllResponseSchema,
  NotificationSchema,
  NotificationSettingsSchema,
  type NotificationDto,
  type NotificationListResponse,
  type NotificationReadAllResponse,
  type NotificationSettingsBody,
  type NotificationSettingsDto,
} from '@cchc/domain';
import { getJson, queryString, requestJson } from '../../shared/http/http.js';

// The only place with the notification URLs (apps/api notification.controller.ts); every answer
// is checked against its contract in @cchc/domain (notification.contract.ts).

/** Which notifications to list: the newest first, `limit` from `offset`, all or the unread ones. */
export interface NotificationListParams {
  unreadOnly?: boolean;
  limit: number;
  offset?: number;
}

export const notificationsApi = {
  list: (params: NotificationListParams, signal?: AbortSignal): Promise<NotificationListResponse> =>
    getJson(
      `/api/notifications${queryString({ unreadOnly: params.unreadOnly ? 'true' : undefined, limit: params.limit, offset: params.offset || undefined })}`,
      NotificationListResponseSchema,
      signal,
    ),
  /** Marks one read; the answer is the notification with its `readAt`. */
  read: (id: string): Promise<NotificationDto> => requestJson('POST', `/api/notifications/${encodeURIComponent(id)}/read`, { schema: NotificationSchema }),
  readAll: (): Promise<NotificationReadAllResponse> => requestJson('POST', '/api/notifications/read-all', { schema: NotificationReadAllResponseSchema }),
  settings: (signal?: AbortSignal): Promise<NotificationSettingsDto> => getJson('/api/account/notifications', NotificationSettingsSchema, signal),
  saveSettings: (body: NotificationSettingsBody): Promise<NotificationSettingsDto> =>
    requestJson('PUT', '/api/account/notifications', { schema: NotificationSettingsSchema, body }),
};
