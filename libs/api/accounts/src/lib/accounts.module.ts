import { Module } from '@nestjs/common';
import { OwnAccountController } from './account/own-account.controller';
import { OwnAccountService } from './account/own-account.service';
import { OwnTotpService } from './account/own-totp.service';
import { AuthController } from './auth/auth.controller';
import { LoginThrottle } from './auth/login-throttle.service';
import { LoginService } from './auth/login.service';
import { OneTimeLinksController } from './auth/one-time-links.controller';
import { OneTimeLinks } from './auth/one-time-links.service';
import { SecondFactorService } from './auth/second-factor.service';
import { SessionStateService } from './auth/session-state.service';
import { PasswordHasher } from './password/password-hasher';
import { UserAdminService } from './users/user-admin.service';
import { UsersController } from './users/users.controller';
import { UsersService } from './users/users.service';
import { UserLinkLookupService } from './users/user-link-lookup.service';

/** Accounts: login with TOTP, sessions, own account, invitations and password resets, user administration. */
@Module({
  controllers: [AuthController, OneTimeLinksController, OwnAccountController, UsersController],
  providers: [
    PasswordHasher,
    LoginThrottle,
    LoginService,
    SecondFactorService,
    SessionStateService,
    OneTimeLinks,
    OwnAccountService,
    OwnTotpService,
    UsersService,
    UserLinkLookupService,
    UserAdminService,
  ],
})
export class AccountsModule {}
