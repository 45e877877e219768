import type { UserDto } from '@cchc/domain';
import type { UserEntity } from './user.entity.js';

export function toUserDto(entity: UserEntity): UserDto {
  return {
    id: entity.id,
    username: entity.username,
    displayName: entity.displayName,
    role: entity.role,
    agencyId: entity.agencyId,
  };
}
