import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, CurrentPrincipal, ParseIdPipe, Principal, Roles, scopeOf } from '@bn/api/core';
import { ConsentDto, CreateConsentDto, WithdrawConsentDto } from '@bn/shared/contracts';
import { ConsentsService } from './consents.service';

/** Consents are recorded by the Fachberatung and by coordinators for persons in their scope. */
@ApiTags('Personen')
@Roles('FACHBERATUNG', 'KOORDINATION')
@Controller('persons/:id/consents')
export class ConsentsController {
  constructor(private readonly consents: ConsentsService) {}

  @Post()
  grant(
    @Param('id', ParseIdPipe) personId: string,
    @Body() dto: CreateConsentDto,
    @CurrentPrincipal() principal: Principal,
    @CurrentActor() actor: string,
  ): Promise<ConsentDto> {
    return this.consents.grant(personId, dto, scopeOf(principal), actor);
  }

  @Post(':consentId/withdraw')
  @HttpCode(200)
  withdraw(
    @Param('id', ParseIdPipe) personId: string,
    @Param('consentId', ParseIdPipe) consentId: string,
    @Body() dto: WithdrawConsentDto,
    @CurrentPrincipal() principal: Principal,
    @CurrentActor() actor: string,
  ): Promise<ConsentDto> {
    return this.consents.withdraw(personId, consentId, dto, scopeOf(principal), actor);
  }
}
