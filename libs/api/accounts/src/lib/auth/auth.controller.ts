import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AllowSecondFactorPending, AnyRole, clearSessionCookie, Public, ResolvedSession, writeSessionCookie } from '@bn/api/core';
import { ExtendSessionResponseDto, LoginDto, LoginResponseDto, SecondFactorDto, SessionStateDto } from '@bn/shared/contracts';
import { clientOf, CurrentSession, withRetryAfter } from './client-info';
import { LoginService } from './login.service';
import { SecondFactorService } from './second-factor.service';
import { SessionStateService } from './session-state.service';

/**
 * Sign-in and the current session. A session whose second factor is pending (TOTP not yet entered,
 * or a TOTP role that still has to enrol) reaches only the routes marked @AllowSecondFactorPending:
 * /auth/totp, /auth/me, /auth/logout and the TOTP enrolment routes of /account/totp.
 */
@ApiTags('Anmeldung')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly login: LoginService,
    private readonly secondFactor: SecondFactorService,
    private readonly state: SessionStateService,
  ) {}

  /** Password step; sets the session cookie. 429 with Retry-After after five failures in a minute. */
  @Public()
  @Post('login')
  @HttpCode(200)
  async signIn(@Body() dto: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<LoginResponseDto> {
    const result = await withRetryAfter(res, () => this.login.login(dto, clientOf(req)));
    writeSessionCookie(req, res, result.token, Math.max(0, result.expiresAt.getTime() - Date.now()));
    return result.response;
  }

  /** Second step: a TOTP code or a recovery code. */
  @AnyRole()
  @AllowSecondFactorPending()
  @Post('totp')
  @HttpCode(200)
  confirmSecondFactor(
    @Body() dto: SecondFactorDto,
    @CurrentSession() session: ResolvedSession,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SessionStateDto> {
    return withRetryAfter(res, () => this.secondFactor.complete(session, dto, clientOf(req)));
  }

  @AnyRole()
  @AllowSecondFactorPending()
  @Post('logout')
  @HttpCode(204)
  async signOut(@CurrentSession() session: ResolvedSession, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.state.logout(session);
    clearSessionCookie(req, res);
  }

  @AnyRole()
  @AllowSecondFactorPending()
  @Get('me')
  me(@CurrentSession() session: ResolvedSession): Promise<SessionStateDto> {
    return this.state.current(session);
  }

  /** Keeps the session alive (the client's answer to the idle warning). */
  @AnyRole()
  @Post('extend')
  @HttpCode(200)
  extend(@CurrentSession() session: ResolvedSession): Promise<ExtendSessionResponseDto> {
    return this.state.extend(session);
  }
}
