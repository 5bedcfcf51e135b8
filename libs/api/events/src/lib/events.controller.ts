import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, CurrentPrincipal, ParseIdPipe, Principal, Roles, scopeOf } from '@bn/api/core';
import {
  CreateEventDto,
  EventDetailDto,
  EventDto,
  EventListItemDto,
  EventListQueryDto,
  Page,
  UpdateEventDto,
  VersionDto,
} from '@bn/shared/contracts';
import { EventsService } from './events.service';
import { EventDetailReader } from './event-detail.reader';

/**
 * Reads: Fachberatung and Leitung all events; coordinators those of their own alliances and federal
 * events; mentors those linked to their deployments and federal events. Writes: Fachberatung all,
 * coordinators events of their own alliances (scoped in the services, see event-scope.ts).
 */
@ApiTags('Veranstaltungen')
@Roles('FACHBERATUNG', 'LEITUNG', 'KOORDINATION', 'MENTOR')
@Controller('events')
export class EventsController {
  constructor(
    private readonly events: EventsService,
    private readonly details: EventDetailReader,
  ) {}

  @Get()
  list(@Query() query: EventListQueryDto, @CurrentPrincipal() principal: Principal): Promise<Page<EventListItemDto>> {
    return this.events.list(query, scopeOf(principal));
  }

  @Get(':id')
  get(@Param('id', ParseIdPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<EventDetailDto> {
    return this.details.get(id, scopeOf(principal));
  }

  @Roles('FACHBERATUNG', 'KOORDINATION')
  @Post()
  create(@Body() dto: CreateEventDto, @CurrentPrincipal() principal: Principal, @CurrentActor() actor: string): Promise<EventDto> {
    return this.events.create(dto, scopeOf(principal), actor);
  }

  @Roles('FACHBERATUNG', 'KOORDINATION')
  @Put(':id')
  update(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdateEventDto,
    @CurrentPrincipal() principal: Principal,
    @CurrentActor() actor: string,
  ): Promise<EventDto> {
    return this.events.update(id, dto, scopeOf(principal), actor);
  }

  @Roles('FACHBERATUNG', 'KOORDINATION')
  @Post(':id/archive')
  @HttpCode(204)
  archive(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: VersionDto,
    @CurrentPrincipal() principal: Principal,
    @CurrentActor() actor: string,
  ): Promise<void> {
    return this.events.archive(id, dto.version, scopeOf(principal), actor);
  }
}
