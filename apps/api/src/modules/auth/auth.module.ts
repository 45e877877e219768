import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AdminAuditModule } from '../admin-audit/admin-audit.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { UserModule } from '../users/user.module.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { SignInThrottleRepository } from './sign-in-throttle.repository.js';
import { SignInThrottleService } from './sign-in-throttle.service.js';
import { SIGNING_KEY, SigningKeyModule } from './signing-key.module.js';
import { SessionCookies } from './session-cookies.js';

@Module({
  imports: [
    UserModule,
    AdminAuditModule,
    NotificationsModule,
    SigningKeyModule,
    // Tokens are HS256 JWTs (@nestjs/jwt, the maintained Nest wrapper of jsonwebtoken). The key is
    // JWT_SECRET when set, otherwise a key file created on first start beside the data, so
    // sessions survive a restart without any set-up and a database backup cannot sign tokens.
    JwtModule.registerAsync({
      imports: [SigningKeyModule],
      inject: [SIGNING_KEY],
      // As a KeyObject made once: given the string, jsonwebtoken would try to read it as a public
      // key and then make a secret key of it at every request (0.4 ms each).
      useFactory: (secret: string) => ({
        secret: createSecretKey(Buffer.from(secret, 'utf8')),
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
