import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, ParseIdPipe, Roles } from '@bn/api/core';
import {
  CreateMentoringRequestDto,
  MentoringRequestDetailDto,
  MentoringRequestDto,
  MentoringRequestListItemDto,
  MentoringRequestListQueryDto,
  Page,
  UpdateMentoringRequestDto,
  VersionDto,
} from '@bn/shared/contracts';
import { MentoringRequestQueries } from './request-queries';
import { MentoringRequestsService } from './requests.service';

@ApiTags('Anfragen')
@Roles('FACHBERATUNG', 'LEITUNG')
@Controller('requests')
export class MentoringRequestsController {
  constructor(
    private readonly queries: MentoringRequestQueries,
    private readonly requests: MentoringRequestsService,
  ) {}

  @Get()
  list(@Query() query: MentoringRequestListQueryDto): Promise<Page<MentoringRequestListItemDto>> {
    return this.queries.list(query);
  }

  @Get(':id')
  get(@Param('id', ParseIdPipe) id: string): Promise<MentoringRequestDetailDto> {
    return this.queries.get(id);
  }

  @Roles('FACHBERATUNG')
  @Post()
  create(@Body() dto: CreateMentoringRequestDto, @CurrentActor() actor: string): Promise<MentoringRequestDto> {
    return this.requests.create(dto, actor);
  }

  @Roles('FACHBERATUNG')
  @Put(':id')
  update(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdateMentoringRequestDto,
    @CurrentActor() actor: string,
  ): Promise<MentoringRequestDto> {
    return this.requests.update(id, dto, actor);
  }

  @Roles('FACHBERATUNG')
  @Post(':id/archive')
  @HttpCode(204)
  archive(@Param('id', ParseIdPipe) id: string, @Body() dto: VersionDto, @CurrentActor() actor: string): Promise<void> {
    return this.requests.archive(id, dto.version, actor);
  }
}
