import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { UserListQuery } from '@cchc/domain';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import { AppError } from '../../common/errors/app-error.js';
import { versionConflict } from '../../common/errors/version-conflict.js';
import { isUniqueViolation } from '../../common/database/postgres-errors.js';
import { prepared } from '../../common/database/prepared-statements.js';
import { UserEntity } from './user.entity.js';

export type NewUserRow = Omit<UserEntity, 'id' | 'tokenVersion' | 'active' | 'version' | 'mustChangePassword'> & { active?: boolean };
/** What every signed-in request reads of its user: whether the token still holds, and who it is. */
export interface SessionUser {
  id: string;
  username: string;
  role: UserEntity['role'];
  agencyId: string | null;
  active: boolean;
  mustChangePassword: boolean;
  tokenVersion: number;
}

export const SESSION_USER_SQL = prepared(
  `SELECT id, username, role, agency_id AS "agencyId", active, must_change_password AS "mustChangePassword", token_version AS "tokenVersion"
   FROM app_user WHERE id = $1`,
);

export type UserChanges = Partial<Pick<UserEntity, 'displayName' | 'role' | 'agencyId' | 'active' | 'passwordHash' | 'mustChangePassword'>>;

/**
 * The only code that reads and writes accounts. Methods taking an EntityManager run inside the
 * caller's transaction: with PGlite (one session) a query outside it would deadlock.
 */
@Injectable()
export class UserRepository {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  findById(id: string, em?: EntityManager): Promise<UserEntity | null> {
    return em ? em.findOneBy(UserEntity, { id }) : this.users.findOneBy({ id });
  }

  /** The user of a session, as each signed-in request checks it (a prepared statement). */
  async sessionUser(id: string): Promise<SessionUser | null> {
    const rows = await this.dataSource.query<SessionUser[]>(SESSION_USER_SQL, [id]);
    return rows[0] ?? null;
  }

  /** Whether some active account can administer the system. */
  async hasActiveAdmin(em: EntityManager = this.dataSource.manager): Promise<boolean> {
    return (await em.count(UserEntity, { where: { role: 'admin', active: true } })) > 0;
  }

  /** Usernames are unique regardless of case. */
  findByUsername(username: string, em: EntityManager = this.dataSource.manager): Promise<UserEntity | null> {
    return em.createQueryBuilder(UserEntity, 'u').where('lower(u.username) = lower(:username)', { username }).getOne();
  }

  /** Accounts matching the filters, by username. */
  list(query: UserListQuery): Promise<UserEntity[]> {
    const qb = this.users.createQueryBuilder('u');
    if (query.role) qb.andWhere('u.role = :role', { role: query.role });
    if (query.agencyId) qb.andWhere('u.agency_id = :agencyId', { agencyId: query.agencyId });
    if (query.active !== undefined) qb.andWhere('u.active = :active', { active: query.active });
    return qb.orderBy('lower(u.username)').getMany();
  }

  async insert(user: NewUserRow, em?: EntityManager): Promise<UserEntity> {
    const manager = em ?? this.users.manager;
    try {
      return await manager.save(UserEntity, manager.create(UserEntity, { active: true, tokenVersion: 0, version: 1, mustChangePassword: false, ...user }));
    } catch (error) {
      if (isUniqueViolation(error, 'app_user_username_unique')) throw usernameTaken(user.username);
      throw error;
    }
  }

  /**
   * Writes the changes only if the stored version is still `expectedVersion`, and raises it by
   * one; `endSessions` also raises the token version, so every token issued so far is refused.
   */
  async updateVersioned(
    em: EntityManager,
    id: string,
    expectedVersion: number,
    changes: UserChanges,
    options: { endSessions: boolean },
  ): Promise<UserEntity> {
    const result = await em
      .createQueryBuilder()
      .update(UserEntity)
      .set({
        ...changes,
        version: () => 'version + 1',
        ...(options.endSessions && { tokenVersion: () => 'token_version + 1' }),
      })
      .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
      .execute();
    const current = await em.findOneByOrFail(UserEntity, { id });
    if (result.affected !== 1) throw versionConflict('user', current.version);
    return current;
  }

  async bumpTokenVersion(id: string): Promise<void> {
    await this.users.increment({ id }, 'tokenVersion', 1);
  }
}

export function usernameTaken(username: string): AppError {
  return new AppError('CONFLICT', `The username "${username}" is taken.`, [{ path: 'body.username', message: 'Already in use.' }]);
}
