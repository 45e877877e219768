import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { UserRole } from '@cchc/domain';

@Entity({ name: 'app_user' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 64 })
  username: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ type: 'varchar', length: 16 })
  role: UserRole;

  @Column({ name: 'agency_id', type: 'uuid', nullable: true })
  agencyId: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Set by an administrator's password reset; cleared when the user chooses their own. */
  @Column({ name: 'must_change_password', type: 'boolean', default: false })
  mustChangePassword: boolean;

  /** Raised on logout: tokens carrying an older version are refused. */
  @Column({ name: 'token_version', type: 'int', default: 0 })
  tokenVersion: number;

  /** Raised by one on every change: a write carrying an older version is refused (409). */
  @Column({ type: 'int', default: 1 })
  version: number;
}
