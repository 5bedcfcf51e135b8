import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, CurrentPrincipal, ParseIdPipe, Principal, Roles, scopeOf } from '@bn/api/core';
import {
  CreateMentoringRequestDto,
  MentoringRequestDetailDto,
  MentoringRequestDto,
  MentoringRequestListItemDto,
  MentoringRequestListQueryDto,
  MentoringRequestOfferDto,
  Page,
  UpdateMentoringRequestDto,
  VersionDto,
} from '@bn/shared/contracts';
import { MentoringRequestQueries } from './request-queries';
import { MentoringRequestsService } from './requests.service';

/**
 * Anfragen. Fachberatung reads and writes all, Leitung reads all; coordinators create and read the
 * requests of their alliances; mentors read the requests offered to them (MentoringRequestOfferDto,
 * without the alliance until they accept) and those of their deployments.
 */
@ApiTags('Anfragen')
@Roles('FACHBERATUNG', 'LEITUNG', 'KOORDINATION', 'MENTOR')
@Controller('requests')
export class MentoringRequestsController {
  constructor(
    private readonly queries: MentoringRequestQueries,
    private readonly requests: MentoringRequestsService,
  ) {}

  @Get()
  list(
    @Query() query: MentoringRequestListQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Page<MentoringRequestListItemDto> | Page<MentoringRequestOfferDto>> {
    return this.queries.list(query, scopeOf(principal));
  }

  @Get(':id')
  get(
    @Param('id', ParseIdPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<MentoringRequestDetailDto | MentoringRequestOfferDto> {
    return this.queries.get(id, scopeOf(principal));
  }

  /** Coordinators: for their own alliances only. */
  @Roles('FACHBERATUNG', 'KOORDINATION')
  @Post()
  create(
    @Body() dto: CreateMentoringRequestDto,
    @CurrentPrincipal() principal: Principal,
    @CurrentActor() actor: string,
  ): Promise<MentoringRequestDto> {
    return this.requests.create(dto, scopeOf(principal), actor);
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
