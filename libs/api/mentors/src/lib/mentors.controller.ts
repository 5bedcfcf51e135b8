import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, CurrentPrincipal, ParseIdPipe, Principal, Roles, scopeOf } from '@bn/api/core';
import {
  CreateMentorDto,
  MentorDetailDto,
  MentorDto,
  MentorGalleryItemDto,
  MentorGalleryQueryDto,
  MentorListItemDto,
  MentorListQueryDto,
  Page,
  UpdateMentorAvailabilityDto,
  UpdateMentorDto,
  VersionDto,
} from '@bn/shared/contracts';
import { MentorsService } from './mentors.service';
import { MentorListReader } from './mentor-list.reader';
import { MentorDetailReader } from './mentor-detail.reader';
import { MentorGalleryReader } from './mentor-gallery.reader';
import { MentorAvailabilityService } from './mentor-availability.service';

/**
 * Mentorprofile. Fachberatung and Leitung read and write all; a mentor reads their own profile and
 * keeps its availability; coordinators see the public gallery only.
 */
@ApiTags('Mentor:innen')
@Roles('FACHBERATUNG', 'LEITUNG')
@Controller('mentors')
export class MentorsController {
  constructor(
    private readonly mentors: MentorsService,
    private readonly listReader: MentorListReader,
    private readonly detailReader: MentorDetailReader,
    private readonly galleryReader: MentorGalleryReader,
    private readonly availability: MentorAvailabilityService,
  ) {}

  /** A mentor's list holds only their own profile. */
  @Roles('FACHBERATUNG', 'LEITUNG', 'MENTOR')
  @Get()
  list(@Query() query: MentorListQueryDto, @CurrentPrincipal() principal: Principal): Promise<Page<MentorListItemDto>> {
    return this.listReader.list(query, scopeOf(principal));
  }

  /** The public gallery: published, active mentors with a GALERIE consent; no contact data. */
  @Roles('FACHBERATUNG', 'LEITUNG', 'KOORDINATION', 'MENTOR')
  @Get('gallery')
  gallery(@Query() query: MentorGalleryQueryDto): Promise<Page<MentorGalleryItemDto>> {
    return this.galleryReader.list(query);
  }

  @Roles('FACHBERATUNG', 'LEITUNG', 'MENTOR')
  @Get(':id')
  get(@Param('id', ParseIdPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<MentorDetailDto> {
    return this.detailReader.get(id, scopeOf(principal));
  }

  @Post()
  create(@Body() dto: CreateMentorDto, @CurrentActor() actor: string): Promise<MentorDto> {
    return this.mentors.create(dto, actor);
  }

  @Put(':id')
  update(@Param('id', ParseIdPipe) id: string, @Body() dto: UpdateMentorDto, @CurrentActor() actor: string): Promise<MentorDto> {
    return this.mentors.update(id, dto, actor);
  }

  /** Modes, capacity, radius, Länder and gallery text; a mentor only on their own profile. */
  @Roles('FACHBERATUNG', 'LEITUNG', 'MENTOR')
  @Put(':id/availability')
  updateAvailability(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdateMentorAvailabilityDto,
    @CurrentPrincipal() principal: Principal,
    @CurrentActor() actor: string,
  ): Promise<MentorDto> {
    return this.availability.update(id, dto, scopeOf(principal), actor);
  }

  @Post(':id/archive')
  @HttpCode(204)
  archive(@Param('id', ParseIdPipe) id: string, @Body() dto: VersionDto, @CurrentActor() actor: string): Promise<void> {
    return this.mentors.archive(id, dto.version, actor);
  }
}
