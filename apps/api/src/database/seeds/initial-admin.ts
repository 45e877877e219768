import type { INestApplication } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { UserRepository } from '../../modules/users/user.repository.js';
import { UserService } from '../../modules/users/user.service.js';

export const INITIAL_ADMIN_USERNAME = 'admin';

/**
 * A fresh installation has no accounts, so nobody could sign in. When no administrator exists:
 * with ADMIN_PASSWORD set, create `admin` with it; otherwise say how to get one.
 */
export async function ensureInitialAdmin(app: INestApplication, password: string | null | undefined): Promise<'created' | 'present' | 'missing'> {
  const users = app.get(UserRepository);
  if (await users.hasActiveAdmin()) return 'present';
  const logger = new Logger('Accounts');
  if (!password) {
    logger.warn(
      'No administrator account yet. Start once with ADMIN_PASSWORD=<password> to create "admin", ' +
        'or load the demo data (npm run seed:demo, users in the README).',
    );
    return 'missing';
  }
  await app.get(UserService).create({ username: INITIAL_ADMIN_USERNAME, password, displayName: 'Quản trị hệ thống', role: 'admin', agencyId: null });
  logger.log(`Created the administrator account "${INITIAL_ADMIN_USERNAME}" from ADMIN_PASSWORD.`);
  return 'created';
}
