import { Body, Controller, Delete, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, CurrentPrincipal, ParseIdPipe, Principal, Roles, scopeOf } from '@bn/api/core';
import { CreateMentorAbsenceDto, MentorAbsenceDto } from '@bn/shared/contracts';
import { MentorAbsencesService } from './mentor-absences.service';

/** Absences of a mentor: kept by the Fachberatung, the Leitung and the mentor (own profile only). */
@ApiTags('Mentor:innen')
@Roles('FACHBERATUNG', 'LEITUNG', 'MENTOR')
@Controller('mentors/:id/absences')
export class MentorAbsencesController {
  constructor(private readonly absences: MentorAbsencesService) {}

  @Post()
  add(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: CreateMentorAbsenceDto,
    @CurrentPrincipal() principal: Principal,
    @CurrentActor() actor: string,
  ): Promise<MentorAbsenceDto> {
    return this.absences.add(id, dto, scopeOf(principal), actor);
  }

  @Delete(':absenceId')
  @HttpCode(204)
  remove(
    @Param('id', ParseIdPipe) id: string,
    @Param('absenceId', ParseIdPipe) absenceId: string,
    @CurrentPrincipal() principal: Principal,
    @CurrentActor() actor: string,
  ): Promise<void> {
    return this.absences.remove(id, absenceId, scopeOf(principal), actor);
  }
}
