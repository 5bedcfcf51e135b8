import { Body, Controller, Delete, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AllowSecondFactorPending, AnyRole, CurrentPrincipal, ParseIdPipe, Principal, ResolvedSession } from '@bn/api/core';
import { ChangePasswordDto, OwnSessionDto, RecoveryCodesResponseDto, TotpCodeDto, TotpSetupResponseDto } from '@bn/shared/contracts';
import { clientOf, CurrentSession, withRetryAfter } from '../auth/client-info';
import { OwnAccountService } from './own-account.service';
import { OwnTotpService } from './own-totp.service';

/** The signed-in user's own account: sessions, password, second factor. */
@ApiTags('Eigenes Konto')
@AnyRole()
@Controller('account')
export class OwnAccountController {
  constructor(
    private readonly account: OwnAccountService,
    private readonly totp: OwnTotpService,
  ) {}

  @Get('sessions')
  sessions(@CurrentPrincipal() principal: Principal): Promise<OwnSessionDto[]> {
    return this.account.listSessions(principal);
  }

  @Delete('sessions/:id')
  @HttpCode(204)
  endSession(@Param('id', ParseIdPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<void> {
    return this.account.endSession(principal, id);
  }

  /** Ends every other session of the account. */
  @Post('password')
  @HttpCode(204)
  changePassword(
    @Body() dto: ChangePasswordDto,
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    return withRetryAfter(res, () => this.account.changePassword(principal, dto, clientOf(req)));
  }

  @AllowSecondFactorPending()
  @Post('totp/setup')
  @HttpCode(200)
  setupTotp(@CurrentSession() session: ResolvedSession): Promise<TotpSetupResponseDto> {
    return this.totp.setup(session);
  }

  /** Returns ten recovery codes, shown only this once. */
  @AllowSecondFactorPending()
  @Post('totp/enable')
  @HttpCode(200)
  enableTotp(@Body() dto: TotpCodeDto, @CurrentSession() session: ResolvedSession): Promise<RecoveryCodesResponseDto> {
    return this.totp.enable(session, dto);
  }

  @Post('totp/disable')
  @HttpCode(204)
  disableTotp(
    @Body() dto: TotpCodeDto,
    @CurrentSession() session: ResolvedSession,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    return withRetryAfter(res, () => this.totp.disable(session, dto, clientOf(req)));
  }

  @Post('recovery-codes')
  @HttpCode(200)
  renewRecoveryCodes(
    @Body() dto: TotpCodeDto,
    @CurrentSession() session: ResolvedSession,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<RecoveryCodesResponseDto> {
    return withRetryAfter(res, () => this.totp.renewRecoveryCodes(session, dto, clientOf(req)));
  }
}
