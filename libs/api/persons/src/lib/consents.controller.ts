import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, ParseIdPipe, Roles } from '@bn/api/core';
import { ConsentDto, CreateConsentDto, WithdrawConsentDto } from '@bn/shared/contracts';
import { ConsentsService } from './consents.service';

@ApiTags('Personen')
@Roles('FACHBERATUNG', 'LEITUNG')
@Controller('persons/:id/consents')
export class ConsentsController {
  constructor(private readonly consents: ConsentsService) {}

  @Roles('FACHBERATUNG')
  @Post()
  grant(@Param('id', ParseIdPipe) personId: string, @Body() dto: CreateConsentDto, @CurrentActor() actor: string): Promise<ConsentDto> {
    return this.consents.grant(personId, dto, actor);
  }

  @Roles('FACHBERATUNG')
  @Post(':consentId/withdraw')
  @HttpCode(200)
  withdraw(
    @Param('id', ParseIdPipe) personId: string,
    @Param('consentId', ParseIdPipe) consentId: string,
    @Body() dto: WithdrawConsentDto,
    @CurrentActor() actor: string,
  ): Promise<ConsentDto> {
    return this.consents.withdraw(personId, consentId, dto, actor);
  }
}
