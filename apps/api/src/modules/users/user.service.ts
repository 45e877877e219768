import { Injectable } from '@nestjs/common';
import { AGENCY_ROLES, type UserRole } from '@cchc/domain';
import { AppError } from '../../common/errors/app-error.js';
import { hashPassword } from './password-hasher.js';
import type { UserEntity } from './user.entity.js';
import { UserRepository } from './user.repository.js';

export interface NewUser {
  username: string;
  password: string;
  displayName: string;
  role: UserRole;
  agencyId: string | null;
}

@Injectable()
export class UserService {
  constructor(private readonly users: UserRepository) {}

  /** Creates an account; the agency binding must match the role. */
  async create(user: NewUser): Promise<UserEntity> {
    const needsAgency = AGENCY_ROLES.includes(user.role);
    if (needsAgency !== (user.agencyId !== null)) {
      throw new AppError('VALIDATION_FAILED', 'Reporters and approvers belong to one agency; reviewers and admins to none.', [
        { path: 'body.agencyId', message: needsAgency ? 'Required for this role.' : 'Must be empty for this role.' },
      ]);
    }
    if (await this.users.findByUsername(user.username)) {
      throw new AppError('CONFLICT', `The username "${user.username}" is taken.`);
    }
    const { password, ...rest } = user;
    return this.users.insert({ ...rest, passwordHash: await hashPassword(password) });
  }
}
