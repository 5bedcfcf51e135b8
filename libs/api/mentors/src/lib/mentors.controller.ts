import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, ParseIdPipe, Roles } from '@bn/api/core';
import {
  CreateMentorDto,
  MentorDetailDto,
  MentorDto,
  MentorListItemDto,
  MentorListQueryDto,
  Page,
  UpdateMentorDto,
  VersionDto,
} from '@bn/shared/contracts';
import { MentorsService } from './mentors.service';
import { MentorListReader } from './mentor-list.reader';
import { MentorDetailReader } from './mentor-detail.reader';

@ApiTags('Mentor:innen')
@Roles('FACHBERATUNG', 'LEITUNG')
@Controller('mentors')
export class MentorsController {
  constructor(
    private readonly mentors: MentorsService,
    private readonly listReader: MentorListReader,
    private readonly detailReader: MentorDetailReader,
  ) {}

  @Get()
  list(@Query() query: MentorListQueryDto): Promise<Page<MentorListItemDto>> {
    return this.listReader.list(query);
  }

  @Get(':id')
  get(@Param('id', ParseIdPipe) id: string): Promise<MentorDetailDto> {
    return this.detailReader.get(id);
  }

  @Roles('FACHBERATUNG', 'LEITUNG')
  @Post()
  create(@Body() dto: CreateMentorDto, @CurrentActor() actor: string): Promise<MentorDto> {
    return this.mentors.create(dto, actor);
  }

  @Roles('FACHBERATUNG', 'LEITUNG')
  @Put(':id')
  update(@Param('id', ParseIdPipe) id: string, @Body() dto: UpdateMentorDto, @CurrentActor() actor: string): Promise<MentorDto> {
    return this.mentors.update(id, dto, actor);
  }

  @Roles('FACHBERATUNG', 'LEITUNG')
  @Post(':id/archive')
  @HttpCode(204)
  archive(@Param('id', ParseIdPipe) id: string, @Body() dto: VersionDto, @CurrentActor() actor: string): Promise<void> {
    return this.mentors.archive(id, dto.version, actor);
  }
}
