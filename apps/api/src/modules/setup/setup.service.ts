import { Injectable } from '@nestjs/common';
import type { LoginResponse, SetupAdministratorBodySchema, SetupStatusDto } from '@cchc/domain';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { Transactions } from '../../common/database/transactions.js';
import { AppError } from '../../common/errors/app-error.js';
import { AdminAuditRepository } from '../admin-audit/admin-audit.repository.js';
import { AuthService } from '../auth/auth.service.js';
import { hashPassword } from '../users/password-hasher.js';
import { userAuditState } from '../users/user.dto.js';
import type { UserEntity } from '../users/user.entity.js';
import { UserRepository } from '../users/user.repository.js';
import { newSetupCode, setupCodeHash } from './setup-code.js';
import { SETUP_CODE_MAX_FAILURES, SetupCodeRepository } from './setup-code.repository.js';

export type SetupAdministrator = z.output<typeof SetupAdministratorBodySchema>;

/** What a start found: whether an administrator is missing, and the code printed to create one. */
export interface FirstRunState {
  needsAdministrator: boolean;
  setupCode: string | null;
}

interface FirstAdministrator {
  username: string;
  displayName: string;
  password: string;
}

/**
 * A fresh installation has no account, so nobody could sign in. At start, while no active
 * administrator exists, the server prints a one-time setup code in its log; whoever can read the
 * log creates the administrator in the browser with it, and nobody else on the network can.
 *
 * The code is kept as a hash in the database, not in memory: with several replicas behind one
 * address, the code printed by any of them works whichever one answers. Every start without an
 * administrator adds a code (earlier ones, in the same log, keep working); creating the
 * administrator deletes them all. Five wrong codes lock every code issued so far: the next start
 * prints a new one. Exactly one administrator is created, even by replicas racing: the creation
 * holds a PostgreSQL advisory lock and checks again under it.
 */
@Injectable()
export class SetupService {
  constructor(
    private readonly codes: SetupCodeRepository,
    private readonly users: UserRepository,
    private readonly audit: AdminAuditRepository,
    private readonly auth: AuthService,
    private readonly transactions: Transactions,
  ) {}

  async status(): Promise<SetupStatusDto> {
    return { needsAdministrator: !(await this.users.hasActiveAdmin()) };
  }

  /** Called at start: issues a code while no administrator exists, and forgets codes once one does. */
  async prepare(): Promise<FirstRunState> {
    if (await this.users.hasActiveAdmin()) {
      await this.codes.deleteAll();
      return { needsAdministrator: false, setupCode: null };
    }
    const setupCode = newSetupCode();
    await this.codes.insert(setupCodeHash(setupCode));
    return { needsAdministrator: true, setupCode };
  }

  /** `POST /api/setup/administrator`: the first administrator, signed in at once. */
  async createAdministrator(body: SetupAdministrator): Promise<LoginResponse> {
    const passwordHash = await hashPassword(body.password);
    // The count of a wrong code must be committed, so refusals are returned from the transaction
    // and thrown after it.
    const outcome = await this.transactions.run(async (em) => {
      await this.codes.lockFirstAdministrator(em);
      if (await this.users.hasActiveAdmin(em)) return 'done' as const;
      const check = await this.codes.check(em, setupCodeHash(body.setupCode));
      if (check !== 'valid') return check;
      const user = await this.insertAdministrator(em, { ...body, passwordHash });
      await this.codes.deleteAll(em);
      return user;
    });
    if (outcome === 'done') throw new AppError('SETUP_DONE', 'An administrator exists already: sign in, or ask them for an account.');
    if (outcome === 'locked') {
      throw new AppError(
        'SETUP_LOCKED',
        `${SETUP_CODE_MAX_FAILURES} wrong setup codes were tried: restart the server and use the new code it prints.`,
      );
    }
    if (outcome === 'invalid') {
      throw new AppError('SETUP_CODE_INVALID', 'This is not the setup code printed in the server log at start.', [
        { path: 'body.setupCode', message: 'Not the code in the server log.' },
      ]);
    }
    return this.auth.startSession(outcome);
  }

  /** ADMIN_PASSWORD at start: the same creation under the same lock, without a code. */
  async createInitialAdministrator(account: FirstAdministrator): Promise<boolean> {
    const passwordHash = await hashPassword(account.password);
    return this.transactions.run(async (em) => {
      await this.codes.lockFirstAdministrator(em);
      if (await this.users.hasActiveAdmin(em)) return false;
      await this.insertAdministrator(em, { ...account, passwordHash });
      await this.codes.deleteAll(em);
      return true;
    });
  }

  private async insertAdministrator(
    em: EntityManager,
    account: { username: string; displayName: string; passwordHash: string },
  ): Promise<UserEntity> {
    const user = await this.users.insert({ username: account.username, displayName: account.displayName, passwordHash: account.passwordHash, role: 'admin', agencyId: null }, em);
    // The administrator made themselves: they are the actor of their own creation.
    await this.audit.record(em, { entityType: 'user', entityId: user.id, action: 'SETUP', actorId: user.id, before: null, after: userAuditState(user) });
    return user;
  }
}
