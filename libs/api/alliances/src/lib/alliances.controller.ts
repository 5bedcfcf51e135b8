import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, ParseIdPipe, Roles } from '@bn/api/core';
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

@ApiTags('Bündnisse')
@Roles('FACHBERATUNG', 'LEITUNG')
@Controller('alliances')
export class AlliancesController {
  constructor(
    private readonly alliances: AlliancesService,
    private readonly details: AllianceDetailReader,
  ) {}

  @Get()
  list(@Query() query: AllianceListQueryDto): Promise<Page<AllianceListItemDto>> {
    return this.alliances.list(query);
  }

  @Get(':id')
  get(@Param('id', ParseIdPipe) id: string): Promise<AllianceDetailDto> {
    return this.details.get(id);
  }

  @Roles('FACHBERATUNG', 'LEITUNG')
  @Post()
  create(@Body() dto: CreateAllianceDto, @CurrentActor() actor: string): Promise<AllianceDto> {
    return this.alliances.create(dto, actor);
  }

  @Roles('FACHBERATUNG', 'LEITUNG')
  @Put(':id')
  update(@Param('id', ParseIdPipe) id: string, @Body() dto: UpdateAllianceDto, @CurrentActor() actor: string): Promise<AllianceDto> {
    return this.alliances.update(id, dto, actor);
  }

  @Roles('FACHBERATUNG', 'LEITUNG')
  @Post(':id/archive')
  @HttpCode(204)
  archive(@Param('id', ParseIdPipe) id: string, @Body() dto: VersionDto, @CurrentActor() actor: string): Promise<void> {
    return this.alliances.archive(id, dto.version, actor);
  }
}
