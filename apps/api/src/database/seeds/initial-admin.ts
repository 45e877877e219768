import type { INestApplication } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { SetupService } from '../../modules/setup/setup.service.js';

export const INITIAL_ADMIN_USERNAME = 'admin';

/**
 * With ADMIN_PASSWORD set and no administrator yet, creates `admin` with it at start (under the
 * same lock as the set-up in the browser, so replicas starting together make one). Without it,
 * the start-up notice prints a setup code instead (`SetupService.prepare`).
 */
export async function ensureInitialAdmin(app: INestApplication, password: string | null | undefined): Promise<'created' | 'present' | 'missing'> {
  const setup = app.get(SetupService);
  if (!(await setup.status()).needsAdministrator) return 'present';
  if (!password) return 'missing';
  const created = await setup.createInitialAdministrator({ username: INITIAL_ADMIN_USERNAME, password, displayName: 'Quản trị hệ thống' });
  if (!created) return 'present';
  new Logger('Accounts').log(`Created the administrator account "${INITIAL_ADMIN_USERNAME}" from ADMIN_PASSWORD.`);
  return 'created';
}
