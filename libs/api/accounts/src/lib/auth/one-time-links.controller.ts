import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@bn/api/core';
import { PasswordResetRequestDto, SetPasswordWithTokenDto } from '@bn/shared/contracts';
import { OneTimeLinks } from './one-time-links.service';

/** What the one-time links of invitations and password resets lead to (no session needed). */
@ApiTags('Anmeldung')
@Public()
@Controller('auth')
export class OneTimeLinksController {
  constructor(private readonly links: OneTimeLinks) {}

  /** Sets the first password of an invited account. */
  @Post('invitations/accept')
  @HttpCode(204)
  acceptInvitation(@Body() dto: SetPasswordWithTokenDto): Promise<void> {
    return this.links.acceptInvitation(dto);
  }

  /** Always 202: the answer does not tell whether the account exists. */
  @Post('password-reset/request')
  @HttpCode(202)
  requestPasswordReset(@Body() dto: PasswordResetRequestDto): Promise<void> {
    return this.links.requestReset(dto);
  }

  /** Sets a new password and ends every session of the account. */
  @Post('password-reset/confirm')
  @HttpCode(204)
  confirmPasswordReset(@Body() dto: SetPasswordWithTokenDto): Promise<void> {
    return this.links.confirmReset(dto);
  }
}
