import type { UserAccountDto, UserDto } from '@cchc/domain';
import type { UserEntity } from './user.entity.js';

export function toUserDto(entity: UserEntity, unreadNotifications: number): UserDto {
  return {
    id: entity.id,
    username: entity.username,
    displayName: entity.displayName,
    role: entity.role,
    agencyId: entity.agencyId,
    mustChangePassword: entity.mustChangePassword,
    unreadNotifications,
  };
}

/** An account as administrators see it: never its password hash or token version. */
export function toUserAccountDto(entity: UserEntity): UserAccountDto {
  return {
    id: entity.id,
    username: entity.username,
    displayName: entity.displayName,
    role: entity.role,
    agencyId: entity.agencyId,
    mustChangePassword: entity.mustChangePassword,
    active: entity.active,
    version: entity.version,
  };
}

/** What the administration log keeps of an account: no password hash, ever. */
export function userAuditState(entity: UserEntity): Record<string, unknown> {
  return { ...toUserAccountDto(entity) };
}
