import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, ParseIdPipe, Principal, Roles, scopeOf } from '@bn/api/core';
import {
  CreateStatusChangeRequestDto,
  DecideStatusChangeRequestDto,
  Page,
  StatusChangeRequestDecisionResultDto,
  StatusChangeRequestDto,
  StatusChangeRequestListQueryDto,
} from '@bn/shared/contracts';
import { StatusRequestsService } from './status-requests.service';
import { requesterOf } from './alliance-access';

/** Coordinators ask for a status change of an own alliance; the Fachberatung decides. */
@ApiTags('Anträge auf Statusänderung')
@Controller()
export class StatusRequestsController {
  constructor(private readonly requests: StatusRequestsService) {}

  /** 409 ALLIANCE_TRANSITION_NOT_ALLOWED when the wanted status is not reachable, 409 STATUS_REQUEST_OPEN when one is open. */
  @Roles('KOORDINATION')
  @Post('alliances/:id/status-requests')
  create(
    @Param('id', ParseIdPipe) allianceId: string,
    @Body() dto: CreateStatusChangeRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<StatusChangeRequestDto> {
    return this.requests.create(allianceId, dto, requesterOf(principal));
  }

  @Roles('FACHBERATUNG', 'LEITUNG', 'KOORDINATION')
  @Get('alliances/:id/status-requests')
  listForAlliance(@Param('id', ParseIdPipe) allianceId: string, @CurrentPrincipal() principal: Principal): Promise<StatusChangeRequestDto[]> {
    return this.requests.listForAlliance(allianceId, scopeOf(principal));
  }

  @Roles('FACHBERATUNG', 'LEITUNG')
  @Get('status-requests')
  list(@Query() query: StatusChangeRequestListQueryDto, @CurrentPrincipal() principal: Principal): Promise<Page<StatusChangeRequestDto>> {
    return this.requests.list(query, scopeOf(principal));
  }

  /** ANGENOMMEN performs the status transition in the same step; 409 STATUS_REQUEST_DECIDED when already decided. */
  @Roles('FACHBERATUNG')
  @Post('status-requests/:requestId/decision')
  @HttpCode(200)
  decide(
    @Param('requestId', ParseIdPipe) requestId: string,
    @Body() dto: DecideStatusChangeRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<StatusChangeRequestDecisionResultDto> {
    return this.requests.decide(requestId, dto, requesterOf(principal));
  }
}
