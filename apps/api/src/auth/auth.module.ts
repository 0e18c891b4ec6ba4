import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { GrantsModule } from '@app/grants';
import { AccountController } from './account.controller';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordLoginService } from './password-login.service';
import { SessionController } from './session.controller';
import { RateLimitGuard, RateLimitsService } from './rate-limits.service';
import { LocalTokenService, TokenVerifier } from './token.service';

@Module({
  imports: [JwtModule.register({}), GrantsModule],
  controllers: [AuthController, AccountController, SessionController],
  providers: [
    LocalTokenService,
    { provide: TokenVerifier, useExisting: LocalTokenService },
    LoginThrottleService,
    PasswordLoginService,
    RateLimitsService,
    RateLimitGuard,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [RateLimitsService, RateLimitGuard],
})
export class AuthModule {}
