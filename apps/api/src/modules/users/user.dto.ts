import type { UserAccountDto, UserDto } from '@cchc/domain';
import type { UserEntity } from './user.entity.js';

/** Who a user is, as both the user and administrators see it. */
function userFields(entity: UserEntity): Omit<UserDto, 'unreadNotifications'> {
  return {
    id: entity.id,
    username: entity.username,
    displayName: entity.displayName,
    role: entity.role,
    agencyId: entity.agencyId,
    mustChangePassword: entity.mustChangePassword,
  };
}

/** The signed-in user, with their unread notifications (the bell's count). */
export function toUserDto(entity: UserEntity, unreadNotifications: number): UserDto {
  return { ...userFields(entity), unreadNotifications };
}

/** An account as administrators see it: never its password hash or token version. */
export function toUserAccountDto(entity: UserEntity): UserAccountDto {
  return { ...userFields(entity), active: entity.active, version: entity.version };
}

/** What the administration log keeps of an account: no password hash, ever. */
export function userAuditState(entity: UserEntity): Record<string, unknown> {
  return { ...toUserAccountDto(entity) };
}
