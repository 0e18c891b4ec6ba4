import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { GrantsModule } from '@app/grants';
import { AccountController } from './account.controller';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { LoginThrottleService } from './login-throttle.service';
import { LocalTokenService, TokenVerifier } from './token.service';

@Module({
  imports: [JwtModule.register({}), GrantsModule],
  controllers: [AuthController, AccountController],
  providers: [
    LocalTokenService,
    { provide: TokenVerifier, useExisting: LocalTokenService },
    LoginThrottleService,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
})
export class AuthModule {}
