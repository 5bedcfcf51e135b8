import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, ParseIdPipe, Roles } from '@bn/api/core';
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

@ApiTags('Veranstaltungen')
@Roles('FACHBERATUNG', 'LEITUNG')
@Controller('events')
export class EventsController {
  constructor(
    private readonly events: EventsService,
    private readonly details: EventDetailReader,
  ) {}

  @Get()
  list(@Query() query: EventListQueryDto): Promise<Page<EventListItemDto>> {
    return this.events.list(query);
  }

  @Get(':id')
  get(@Param('id', ParseIdPipe) id: string): Promise<EventDetailDto> {
    return this.details.get(id);
  }

  @Roles('FACHBERATUNG')
  @Post()
  create(@Body() dto: CreateEventDto, @CurrentActor() actor: string): Promise<EventDto> {
    return this.events.create(dto, actor);
  }

  @Roles('FACHBERATUNG')
  @Put(':id')
  update(@Param('id', ParseIdPipe) id: string, @Body() dto: UpdateEventDto, @CurrentActor() actor: string): Promise<EventDto> {
    return this.events.update(id, dto, actor);
  }

  @Roles('FACHBERATUNG')
  @Post(':id/archive')
  @HttpCode(204)
  archive(@Param('id', ParseIdPipe) id: string, @Body() dto: VersionDto, @CurrentActor() actor: string): Promise<void> {
    return this.events.archive(id, dto.version, actor);
  }
}
