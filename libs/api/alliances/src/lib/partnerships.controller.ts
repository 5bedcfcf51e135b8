import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, ParseIdPipe, Principal, Roles, scopeOf } from '@bn/api/core';
import {
  AlliancePartnershipDto,
  AlliancePartnershipListQueryDto,
  CreateAlliancePartnershipDto,
  Page,
  UpdateAlliancePartnershipDto,
  VersionDto,
} from '@bn/shared/contracts';
import { PartnershipsService } from './partnerships.service';
import { requesterOf } from './alliance-access';

/** Coordinators read and write their own alliances' partnerships; mentors read assigned ones; the Leitung reads. */
@ApiTags('Bündnispartnerschaften')
@Roles('FACHBERATUNG', 'LEITUNG', 'KOORDINATION', 'MENTOR')
@Controller('alliances/:id/partners')
export class PartnershipsController {
  constructor(private readonly partnerships: PartnershipsService) {}

  @Get()
  list(
    @Param('id', ParseIdPipe) allianceId: string,
    @Query() query: AlliancePartnershipListQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Page<AlliancePartnershipDto>> {
    return this.partnerships.list(allianceId, query, scopeOf(principal));
  }

  @Roles('FACHBERATUNG', 'KOORDINATION')
  @Post()
  create(
    @Param('id', ParseIdPipe) allianceId: string,
    @Body() dto: CreateAlliancePartnershipDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AlliancePartnershipDto> {
    return this.partnerships.create(allianceId, dto, requesterOf(principal));
  }

  @Roles('FACHBERATUNG', 'KOORDINATION')
  @Put(':partnershipId')
  update(
    @Param('id', ParseIdPipe) allianceId: string,
    @Param('partnershipId', ParseIdPipe) partnershipId: string,
    @Body() dto: UpdateAlliancePartnershipDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AlliancePartnershipDto> {
    return this.partnerships.update(allianceId, partnershipId, dto, requesterOf(principal));
  }

  @Roles('FACHBERATUNG', 'KOORDINATION')
  @Post(':partnershipId/archive')
  @HttpCode(204)
  archive(
    @Param('id', ParseIdPipe) allianceId: string,
    @Param('partnershipId', ParseIdPipe) partnershipId: string,
    @Body() dto: VersionDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<void> {
    return this.partnerships.archive(allianceId, partnershipId, dto.version, requesterOf(principal));
  }
}
