import {
  ReminderRunResponseSchema,
  ReminderSettingsSchema,
  type ReminderRunResponse,
  type ReminderSettingsBody,
  type ReminderSettingsDto,
  AdminAuditEntrySchema,
  AgencyDetailSchema,
  ReportingPeriodDetailSchema,
  UserAccountSchema,
  type AdminAuditEntryDto,
  type AdminEntityType,
  type AgencyCreateBody,
  type AgencyDetailDto,
  type AgencySuccessionBody,
  type AgencyUpdateBody,
  type PeriodCreateBody,
  type PeriodUpdateBody,
  type ReportingPeriodDetailDto,
  type UserAccountDto,
  type UserCreateBody,
  type UserPasswordResetBody,
  type UserRole,
  type UserUpdateBody,
} from '@cchc/domain';
import { z } from 'zod';
import { getJson, queryString, requestJson } from '../../shared/http/http.js';

export interface UserListFilter {
  role?: UserRole | undefined;
  agencyId?: string | undefined;
  active?: boolean | undefined;
}

export interface AuditListFilter {
  entityType?: AdminEntityType | undefined;
  entityId?: string | undefined;
  limit?: number | undefined;
}

const id = (value: string): string => encodeURIComponent(value);

// The administration endpoints (admins): agencies with their successions, user accounts,
// reporting periods and deadlines, and the log of these changes. Every answer is checked with
// the domain contract.
export const adminApi = {
  listAgencies: (signal?: AbortSignal): Promise<AgencyDetailDto[]> => getJson('/api/agencies', z.array(AgencyDetailSchema), signal),
  getAgency: (agencyId: string): Promise<AgencyDetailDto> => getJson(`/api/agencies/${id(agencyId)}`, AgencyDetailSchema),
  createAgency: (body: AgencyCreateBody): Promise<AgencyDetailDto> => requestJson('POST', '/api/agencies', { schema: AgencyDetailSchema, body }),
  updateAgency: (agencyId: string, body: AgencyUpdateBody): Promise<AgencyDetailDto> =>
    requestJson('PATCH', `/api/agencies/${id(agencyId)}`, { schema: AgencyDetailSchema, body }),
  addSuccessor: (agencyId: string, body: AgencySuccessionBody): Promise<AgencyDetailDto> =>
    requestJson('POST', `/api/agencies/${id(agencyId)}/successors`, { schema: AgencyDetailSchema, body }),

  listUsers: (filter: UserListFilter = {}, signal?: AbortSignal): Promise<UserAccountDto[]> =>
    getJson(`/api/users${queryString({ role: filter.role, agencyId: filter.agencyId, active: filter.active })}`, z.array(UserAccountSchema), signal),
  createUser: (body: UserCreateBody): Promise<UserAccountDto> => requestJson('POST', '/api/users', { schema: UserAccountSchema, body }),
  updateUser: (userId: string, body: UserUpdateBody): Promise<UserAccountDto> =>
    requestJson('PATCH', `/api/users/${id(userId)}`, { schema: UserAccountSchema, body }),
  resetPassword: (userId: string, body: UserPasswordResetBody): Promise<UserAccountDto> =>
    requestJson('POST', `/api/users/${id(userId)}/password`, { schema: UserAccountSchema, body }),

  getReminders: (signal?: AbortSignal): Promise<ReminderSettingsDto> => getJson('/api/admin/reminders', ReminderSettingsSchema, signal),
  updateReminders: (body: ReminderSettingsBody): Promise<ReminderSettingsDto> => requestJson('PUT', '/api/admin/reminders', { schema: ReminderSettingsSchema, body }),
  runReminders: (): Promise<ReminderRunResponse> => requestJson('POST', '/api/admin/reminders/run', { schema: ReminderRunResponseSchema }),

  listPeriods: (signal?: AbortSignal): Promise<ReportingPeriodDetailDto[]> =>
    getJson('/api/periods', z.array(ReportingPeriodDetailSchema), signal),
  createPeriod: (body: PeriodCreateBody): Promise<ReportingPeriodDetailDto> =>
    requestJson('POST', '/api/periods', { schema: ReportingPeriodDetailSchema, body }),
  updatePeriod: (periodId: string, body: PeriodUpdateBody): Promise<ReportingPeriodDetailDto> =>
    requestJson('PATCH', `/api/periods/${id(periodId)}`, { schema: ReportingPeriodDetailSchema, body }),

  listAudit: (filter: AuditListFilter = {}, signal?: AbortSignal): Promise<AdminAuditEntryDto[]> =>
    getJson(
      `/api/admin/audit${queryString({ entityType: filter.entityType, entityId: filter.entityId, limit: filter.limit })}`,
      z.array(AdminAuditEntrySchema),
      signal,
    ),
};
