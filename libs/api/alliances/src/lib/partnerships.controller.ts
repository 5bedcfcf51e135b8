import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, ParseIdPipe, Roles } from '@bn/api/core';
import {
  AlliancePartnershipDto,
  AlliancePartnershipListQueryDto,
  CreateAlliancePartnershipDto,
  Page,
  UpdateAlliancePartnershipDto,
  VersionDto,
} from '@bn/shared/contracts';
import { PartnershipsService } from './partnerships.service';

@ApiTags('Bündnispartnerschaften')
@Roles('FACHBERATUNG', 'LEITUNG')
@Controller('alliances/:id/partners')
export class PartnershipsController {
  constructor(private readonly partnerships: PartnershipsService) {}

  @Get()
  list(@Param('id', ParseIdPipe) allianceId: string, @Query() query: AlliancePartnershipListQueryDto): Promise<Page<AlliancePartnershipDto>> {
    return this.partnerships.list(allianceId, query);
  }

  @Roles('FACHBERATUNG')
  @Post()
  create(
    @Param('id', ParseIdPipe) allianceId: string,
    @Body() dto: CreateAlliancePartnershipDto,
    @CurrentActor() actor: string,
  ): Promise<AlliancePartnershipDto> {
    return this.partnerships.create(allianceId, dto, actor);
  }

  @Roles('FACHBERATUNG')
  @Put(':partnershipId')
  update(
    @Param('id', ParseIdPipe) allianceId: string,
    @Param('partnershipId', ParseIdPipe) partnershipId: string,
    @Body() dto: UpdateAlliancePartnershipDto,
    @CurrentActor() actor: string,
  ): Promise<AlliancePartnershipDto> {
    return this.partnerships.update(allianceId, partnershipId, dto, actor);
  }

  @Roles('FACHBERATUNG')
  @Post(':partnershipId/archive')
  @HttpCode(204)
  archive(
    @Param('id', ParseIdPipe) allianceId: string,
    @Param('partnershipId', ParseIdPipe) partnershipId: string,
    @Body() dto: VersionDto,
    @CurrentActor() actor: string,
  ): Promise<void> {
    return this.partnerships.archive(allianceId, partnershipId, dto.version, actor);
  }
}
