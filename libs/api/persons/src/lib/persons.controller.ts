import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, ParseIdPipe, Roles } from '@bn/api/core';
import {
  CreatePersonDto,
  Page,
  PersonDetailDto,
  PersonDto,
  PersonListItemDto,
  PersonListQueryDto,
  RecordPrivacyNoticeDto,
  UpdatePersonDto,
  VersionDto,
} from '@bn/shared/contracts';
import { PersonsService } from './persons.service';

@ApiTags('Personen')
@Roles('FACHBERATUNG', 'LEITUNG')
@Controller('persons')
export class PersonsController {
  constructor(private readonly persons: PersonsService) {}

  @Get()
  list(@Query() query: PersonListQueryDto): Promise<Page<PersonListItemDto>> {
    return this.persons.list(query);
  }

  @Get(':id')
  get(@Param('id', ParseIdPipe) id: string): Promise<PersonDetailDto> {
    return this.persons.get(id);
  }

  /** Creates a person, optionally with initial functions; answers with the detail. */
  @Roles('FACHBERATUNG')
  @Post()
  create(@Body() dto: CreatePersonDto, @CurrentActor() actor: string): Promise<PersonDetailDto> {
    return this.persons.create(dto, actor);
  }

  @Roles('FACHBERATUNG')
  @Put(':id')
  update(@Param('id', ParseIdPipe) id: string, @Body() dto: UpdatePersonDto, @CurrentActor() actor: string): Promise<PersonDto> {
    return this.persons.update(id, dto, actor);
  }

  @Roles('FACHBERATUNG')
  @Post(':id/archive')
  @HttpCode(204)
  archive(@Param('id', ParseIdPipe) id: string, @Body() dto: VersionDto, @CurrentActor() actor: string): Promise<void> {
    return this.persons.archive(id, dto.version, actor);
  }

  /** Records the date the Art. 14 DSGVO notice was sent. */
  @Roles('FACHBERATUNG')
  @Post(':id/privacy-notice')
  @HttpCode(200)
  recordPrivacyNotice(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: RecordPrivacyNoticeDto,
    @CurrentActor() actor: string,
  ): Promise<PersonDto> {
    return this.persons.recordPrivacyNotice(id, dto, actor);
  }
}
