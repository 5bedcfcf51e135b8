import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, ParseIdPipe, Roles } from '@bn/api/core';
import { AllianceStatusChangeDto, AllianceStatusTransitionDto, AllianceStatusTransitionResultDto } from '@bn/shared/contracts';
import { AllianceStatusService } from './alliance-status.service';

@ApiTags('Bündnisse')
@Roles('FACHBERATUNG', 'LEITUNG')
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

  @Get(':id/status-history')
  history(@Param('id', ParseIdPipe) id: string): Promise<AllianceStatusChangeDto[]> {
    return this.statuses.history(id);
  }
}
