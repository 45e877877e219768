import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { randomBytes } from 'node:crypto';
import { APP_CONFIG } from '../../config/config.tokens.js';
import type { AppConfig } from '../../config/app-config.js';
import { AppSettingRepository } from '../settings/app-setting.repository.js';
import { SettingsModule } from '../settings/settings.module.js';
import { UserModule } from '../users/user.module.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { SessionCookies } from './session-cookies.js';

@Module({
  imports: [
    UserModule,
    SettingsModule,
    // Tokens are HS256 JWTs (@nestjs/jwt, the maintained Nest wrapper of jsonwebtoken). The key is
    // JWT_SECRET when set, otherwise one generated on first start and kept in the database, so
    // sessions survive a restart without any set-up.
    JwtModule.registerAsync({
      imports: [SettingsModule],
      inject: [APP_CONFIG, AppSettingRepository],
      useFactory: async (config: AppConfig, settings: AppSettingRepository) => ({
        secret: config.jwtSecret ?? (await settings.getOrCreate('jwt_secret', () => randomBytes(48).toString('base64url'))),
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, SessionCookies, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService, SessionCookies],
})
export class AuthModule {}
