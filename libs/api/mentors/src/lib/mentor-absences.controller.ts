import { Body, Controller, Delete, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, ParseIdPipe, Roles } from '@bn/api/core';
import { CreateMentorAbsenceDto, MentorAbsenceDto } from '@bn/shared/contracts';
import { MentorAbsencesService } from './mentor-absences.service';

/** Absences of a mentor (later also edited by the mentor; access rules come with the access issue). */
@ApiTags('Mentor:innen')
@Roles('FACHBERATUNG', 'LEITUNG')
@Controller('mentors/:id/absences')
export class MentorAbsencesController {
  constructor(private readonly absences: MentorAbsencesService) {}

  @Roles('FACHBERATUNG', 'LEITUNG')
  @Post()
  add(@Param('id', ParseIdPipe) id: string, @Body() dto: CreateMentorAbsenceDto, @CurrentActor() actor: string): Promise<MentorAbsenceDto> {
    return this.absences.add(id, dto, actor);
  }

  @Roles('FACHBERATUNG', 'LEITUNG')
  @Delete(':absenceId')
  @HttpCode(204)
  remove(
    @Param('id', ParseIdPipe) id: string,
    @Param('absenceId', ParseIdPipe) absenceId: string,
    @CurrentActor() actor: string,
  ): Promise<void> {
    return this.absences.remove(id, absenceId, actor);
  }
}
