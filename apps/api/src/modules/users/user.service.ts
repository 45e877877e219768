import { Injectable } from '@nestjs/common';
import {
  AGENCY_ROLES,
  type UserAccountDto,
  type PasswordChangeBodySchema,
  type UserCreateBodySchema,
  type UserListQuery,
  type UserPasswordResetBodySchema,
  type UserRole,
  type UserUpdateBodySchema,
} from '@cchc/domain';
import type { z } from 'zod';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { Transactions } from '../../common/database/transactions.js';
import { AppError } from '../../common/errors/app-error.js';
import { versionConflict } from '../../common/errors/version-conflict.js';
import { AdminAuditRepository } from '../admin-audit/admin-audit.repository.js';
import { AgencyService } from '../agencies/agency.service.js';
import { hashPassword, verifyPassword } from './password-hasher.js';
import { toUserAccountDto, userAuditState } from './user.dto.js';
import type { UserEntity } from './user.entity.js';
import { UserRepository, usernameTaken, type UserChanges } from './user.repository.js';

export interface NewUser {
  username: string;
  password: string;
  displayName: string;
  role: UserRole;
  agencyId: string | null;
}

export type UserCreate = z.output<typeof UserCreateBodySchema>;
export type UserUpdate = z.output<typeof UserUpdateBodySchema>;
export type UserPasswordReset = z.output<typeof UserPasswordResetBodySchema>;
export type PasswordChange = z.output<typeof PasswordChangeBodySchema>;

/**
 * Accounts. Administrators create and change them over HTTP; every change is versioned and
 * logged, and so is a user's change of their own password. Deactivating an account, resetting or
 * changing its password or changing its role or agency ends its sessions (the token version is
 * raised), so nobody keeps acting under rights they lost.
 */
@Injectable()
export class UserService {
  constructor(
    private readonly users: UserRepository,
    private readonly agencies: AgencyService,
    private readonly audit: AdminAuditRepository,
    private readonly transactions: Transactions,
  ) {}

  /** Creates an account; the agency binding must match the role. (Seeds and tests; no log.) */
  async create(user: NewUser): Promise<UserEntity> {
    assertAgencyMatchesRole(user.role, user.agencyId);
    if (await this.users.findByUsername(user.username)) throw usernameTaken(user.username);
    const { password, ...rest } = user;
    return this.users.insert({ ...rest, passwordHash: await hashPassword(password) });
  }

  async list(query: UserListQuery): Promise<UserAccountDto[]> {
    return (await this.users.list(query)).map(toUserAccountDto);
  }

  async get(id: string): Promise<UserAccountDto> {
    return toUserAccountDto(await this.load(id));
  }

  async createAccount(actor: AuthUser, body: UserCreate): Promise<UserAccountDto> {
    assertAgencyMatchesRole(body.role, body.agencyId);
    if (body.agencyId !== null) await this.assertAgencyExists(body.agencyId);
    const passwordHash = await hashPassword(body.password);
    const created = await this.transactions.run(async (em) => {
      if (await this.users.findByUsername(body.username, em)) throw usernameTaken(body.username);
      const { password: _password, ...rest } = body;
      const user = await this.users.insert({ ...rest, passwordHash }, em);
      await this.audit.record(em, { entityType: 'user', entityId: user.id, action: 'CREATE', actorId: actor.id, before: null, after: userAuditState(user) });
      return user;
    });
    return toUserAccountDto(created);
  }

  async update(actor: AuthUser, id: string, body: UserUpdate): Promise<UserAccountDto> {
    // Read before the transaction opens: with PGlite (one session) another feature's query
    // inside it would wait forever.
    if (body.agencyId) await this.assertAgencyExists(body.agencyId);
    const updated = await this.transactions.run(async (em) => {
      const current = await this.load(id, em);
      if (current.version !== body.version) throw versionConflict('user', current.version);
      const changes: UserChanges = {
        ...(body.displayName !== undefined && { displayName: body.displayName }),
        ...(body.role !== undefined && { role: body.role }),
        ...(body.agencyId !== undefined && { agencyId: body.agencyId }),
        ...(body.active !== undefined && { active: body.active }),
      };
      const next = { ...current, ...changes };
      assertAgencyMatchesRole(next.role, next.agencyId);
      if (id === actor.id && (!next.active || next.role !== 'admin')) {
        throw new AppError('CONFLICT', 'You cannot deactivate your own account or take away its admin role; ask another admin.', [
          { path: next.active ? 'body.role' : 'body.active', message: 'Not on your own account.' },
        ]);
      }
      const endSessions = (current.active && !next.active) || next.role !== current.role || next.agencyId !== current.agencyId;
      const user = await this.users.updateVersioned(em, id, body.version, changes, { endSessions });
      await this.audit.record(em, { entityType: 'user', entityId: id, action: 'UPDATE', actorId: actor.id, before: userAuditState(current), after: userAuditState(user) });
      return user;
    });
    return toUserAccountDto(updated);
  }

  /**
   * Sets a new password chosen by an administrator and ends the account's sessions. The password
   * is one the administrator knows, so the user must choose their own at the next sign-in.
   */
  async resetPassword(actor: AuthUser, id: string, body: UserPasswordReset): Promise<UserAccountDto> {
    const passwordHash = await hashPassword(body.password);
    const updated = await this.transactions.run(async (em) => {
      const current = await this.load(id, em);
      if (body.version !== undefined && current.version !== body.version) throw versionConflict('user', current.version);
      const user = await this.users.updateVersioned(em, id, current.version, { passwordHash, mustChangePassword: true }, { endSessions: true });
      await this.audit.record(em, {
        entityType: 'user',
        entityId: id,
        action: 'PASSWORD_RESET',
        actorId: actor.id,
        before: userAuditState(current),
        after: userAuditState(user),
      });
      return user;
    });
    return toUserAccountDto(updated);
  }

  /**
   * The user's own new password, proven by the current one (403 WRONG_PASSWORD otherwise, with
   * nothing changed). Clears `mustChangePassword` and ends every session of the user; the caller
   * issues the one that continues.
   */
  async changeOwnPassword(actor: AuthUser, body: PasswordChange): Promise<UserEntity> {
    const stored = await this.load(actor.id);
    if (!(await verifyPassword(stored.passwordHash, body.currentPassword))) {
      throw new AppError('WRONG_PASSWORD', 'The current password is not right.', [{ path: 'body.currentPassword', message: 'Not the current password.' }]);
    }
    const passwordHash = await hashPassword(body.newPassword);
    return this.transactions.run(async (em) => {
      // The version read above: a reset or another change in between makes this one 409.
      const user = await this.users.updateVersioned(em, actor.id, stored.version, { passwordHash, mustChangePassword: false }, { endSessions: true });
      await this.audit.record(em, {
        entityType: 'user',
        entityId: actor.id,
        action: 'PASSWORD_CHANGE',
        actorId: actor.id,
        before: userAuditState(stored),
        after: userAuditState(user),
      });
      return user;
    });
  }

  private async load(id: string, em?: Parameters<UserRepository['findById']>[1]): Promise<UserEntity> {
    const user = await this.users.findById(id, em);
    if (!user) throw new AppError('NOT_FOUND', 'No such user.');
    return user;
  }

  private async assertAgencyExists(agencyId: string): Promise<void> {
    if (!(await this.agencies.get(agencyId))) {
      throw new AppError('VALIDATION_FAILED', 'The agency does not exist.', [{ path: 'body.agencyId', message: 'No such agency.' }]);
    }
  }
}

function assertAgencyMatchesRole(role: UserRole, agencyId: string | null): void {
  const needsAgency = AGENCY_ROLES.includes(role);
  if (needsAgency !== (agencyId !== null)) {
    throw new AppError('VALIDATION_FAILED', 'Reporters and approvers belong to one agency; reviewers and admins to none.', [
      { path: 'body.agencyId', message: needsAgency ? 'Required for this role.' : 'Must be empty for this role.' },
    ]);
  }
}
