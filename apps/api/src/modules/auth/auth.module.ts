import { Logger, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG } from '../../config/config.tokens.js';
import type { AppConfig } from '../../config/app-config.js';
import { AdminAuditModule } from '../admin-audit/admin-audit.module.js';
import { AppSettingRepository } from '../settings/app-setting.repository.js';
import { SettingsModule } from '../settings/settings.module.js';
import { UserModule } from '../users/user.module.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { SignInThrottleRepository } from './sign-in-throttle.repository.js';
import { SignInThrottleService } from './sign-in-throttle.service.js';
import { resolveSigningKey } from './signing-key.js';
import { SessionCookies } from './session-cookies.js';

@Module({
  imports: [
    UserModule,
    AdminAuditModule,
    SettingsModule,
    // Tokens are HS256 JWTs (@nestjs/jwt, the maintained Nest wrapper of jsonwebtoken). The key is
    // JWT_SECRET when set, otherwise a key file created on first start beside the data, so
    // sessions survive a restart without any set-up and a database backup cannot sign tokens.
    JwtModule.registerAsync({
      imports: [SettingsModule],
      inject: [APP_CONFIG, AppSettingRepository],
      useFactory: async (config: AppConfig, settings: AppSettingRepository) => ({
        secret: await resolveSigningKey(config, settings, new Logger('SigningKey')),
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, SessionCookies, SignInThrottleService, SignInThrottleRepository, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService, SessionCookies],
})
export class AuthModule {}
