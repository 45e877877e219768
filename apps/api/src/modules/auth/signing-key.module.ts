import { Logger, Module } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.tokens.js';
import type { AppConfig } from '../../config/app-config.js';
import { AppSettingRepository } from '../settings/app-setting.repository.js';
import { SettingsModule } from '../settings/settings.module.js';
import { resolveSigningKey } from './signing-key.js';

/** The key signing session tokens (signing-key.ts says where it comes from), resolved once at start. */
export const SIGNING_KEY = Symbol('SIGNING_KEY');

/**
 * Provides {@link SIGNING_KEY} to the JWT module and to the session cookies (whose CSRF key is
 * derived from it), so the key is read, or the stored one moved out, exactly once.
 */
@Module({
  imports: [SettingsModule],
  providers: [
    {
      provide: SIGNING_KEY,
      inject: [APP_CONFIG, AppSettingRepository],
      useFactory: (config: AppConfig, settings: AppSettingRepository): Promise<string> =>
        resolveSigningKey(config, settings, new Logger('SigningKey')),
    },
  ],
  exports: [SIGNING_KEY],
})
export class SigningKeyModule {}
