import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, CurrentPrincipal, ParseIdPipe, Principal, Roles, scopeOf } from '@bn/api/core';
import { AllianceStatusChangeDto, AllianceStatusTransitionDto, AllianceStatusTransitionResultDto } from '@bn/shared/contracts';
import { AllianceStatusService } from './alliance-status.service';

/** The Servicebüro changes statuses; coordinators read their own alliances' history and ask via status-requests. */
@ApiTags('Bündnisse')
@Controller('alliances')
export class AllianceStatusController {
  constructor(private readonly statuses: AllianceStatusService) {}

  /** Records a status change (201); refused transitions answer 409 ALLIANCE_TRANSITION_NOT_ALLOWED. */
  @Roles('FACHBERATUNG', 'LEITUNG')
  @Post(':id/status-transitions')
  transition(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: AllianceStatusTransitionDto,
    @CurrentActor() actor: string,
  ): Promise<AllianceStatusTransitionResultDto> {
    return this.statuses.transition(id, dto, actor);
  }

  @Roles('FACHBERATUNG', 'LEITUNG', 'KOORDINATION')
  @Get(':id/status-history')
  history(@Param('id', ParseIdPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<AllianceStatusChangeDto[]> {
    return this.statuses.history(id, scopeOf(principal));
  }
}
