import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, CurrentPrincipal, ParseIdPipe, Principal, Roles, scopeOf } from '@bn/api/core';
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

/**
 * Fachberatung reads and writes all persons, Leitung reads them, coordinators read and write the
 * persons in their scope (see person-scope.ts). Mentors have no person routes: they get coordinator
 * contacts through the alliance detail.
 */
@ApiTags('Personen')
@Roles('FACHBERATUNG', 'LEITUNG', 'KOORDINATION')
@Controller('persons')
export class PersonsController {
  constructor(private readonly persons: PersonsService) {}

  @Get()
  list(@Query() query: PersonListQueryDto, @CurrentPrincipal() principal: Principal): Promise<Page<PersonListItemDto>> {
    return this.persons.list(query, scopeOf(principal));
  }

  @Get(':id')
  get(@Param('id', ParseIdPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<PersonDetailDto> {
    return this.persons.get(id, scopeOf(principal));
  }

  /** Creates a person, optionally with initial functions (coordinators: at least one); answers with the detail. */
  @Roles('FACHBERATUNG', 'KOORDINATION')
  @Post()
  create(@Body() dto: CreatePersonDto, @CurrentPrincipal() principal: Principal, @CurrentActor() actor: string): Promise<PersonDetailDto> {
    return this.persons.create(dto, scopeOf(principal), actor);
  }

  @Roles('FACHBERATUNG', 'KOORDINATION')
  @Put(':id')
  update(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdatePersonDto,
    @CurrentPrincipal() principal: Principal,
    @CurrentActor() actor: string,
  ): Promise<PersonDto> {
    return this.persons.update(id, dto, scopeOf(principal), actor);
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
    return this.persons.archive(id, dto.version, scopeOf(principal), actor);
  }

  /** Records the date the Art. 14 DSGVO notice was sent (coordinators do this step for their contacts). */
  @Roles('FACHBERATUNG', 'KOORDINATION')
  @Post(':id/privacy-notice')
  @HttpCode(200)
  recordPrivacyNotice(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: RecordPrivacyNoticeDto,
    @CurrentPrincipal() principal: Principal,
    @CurrentActor() actor: string,
  ): Promise<PersonDto> {
    return this.persons.recordPrivacyNotice(id, dto, scopeOf(principal), actor);
  }
}
