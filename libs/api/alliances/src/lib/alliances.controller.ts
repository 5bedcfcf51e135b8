import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, CurrentPrincipal, ParseIdPipe, Principal, Roles, scopeOf } from '@bn/api/core';
import {
  AllianceDetailDto,
  AllianceDto,
  AllianceListItemDto,
  AllianceListQueryDto,
  CreateAllianceDto,
  Page,
  UpdateAllianceDto,
  VersionDto,
} from '@bn/shared/contracts';
import { AlliancesService } from './alliances.service';
import { AllianceDetailReader } from './alliance-detail.reader';
import { requesterOf } from './alliance-access';

/**
 * Reading is scoped: the Servicebüro sees every alliance, a coordinator their own, a mentor the assigned ones
 * (see AllianceDetailReader for what a mentor sees). Coordinators save their own alliances' profiles; the
 * status changes through transitions (Servicebüro) or a coordinator's status change request.
 */
@ApiTags('Bündnisse')
@Roles('FACHBERATUNG', 'LEITUNG', 'KOORDINATION', 'MENTOR')
@Controller('alliances')
export class AlliancesController {
  constructor(
    private readonly alliances: AlliancesService,
    private readonly details: AllianceDetailReader,
  ) {}

  @Get()
  list(@Query() query: AllianceListQueryDto, @CurrentPrincipal() principal: Principal): Promise<Page<AllianceListItemDto>> {
    return this.alliances.list(query, scopeOf(principal));
  }

  @Get(':id')
  get(@Param('id', ParseIdPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<AllianceDetailDto> {
    return this.details.get(id, scopeOf(principal));
  }

  @Roles('FACHBERATUNG', 'LEITUNG')
  @Post()
  create(@Body() dto: CreateAllianceDto, @CurrentActor() actor: string): Promise<AllianceDto> {
    return this.alliances.create(dto, actor);
  }

  @Roles('FACHBERATUNG', 'LEITUNG', 'KOORDINATION')
  @Put(':id')
  update(@Param('id', ParseIdPipe) id: string, @Body() dto: UpdateAllianceDto, @CurrentPrincipal() principal: Principal): Promise<AllianceDto> {
    return this.alliances.update(id, dto, requesterOf(principal));
  }

  @Roles('FACHBERATUNG')
  @Post(':id/archive')
  @HttpCode(204)
  archive(@Param('id', ParseIdPipe) id: string, @Body() dto: VersionDto, @CurrentActor() actor: string): Promise<void> {
    return this.alliances.archive(id, dto.version, actor);
  }
}
