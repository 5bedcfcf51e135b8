import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@bn/api/core';
import { MentorFeedbackSummaryDto } from '@bn/shared/contracts';
import { MentorFeedbackSummaryQuery } from './feedback-summary.query';

/** A mentor's own feedback, aggregated (figures from three answers on). */
@ApiTags('Einsätze: Rückmeldungen')
@Controller('mentors/me/feedback-summary')
export class MentorFeedbackSummaryController {
  constructor(private readonly summary: MentorFeedbackSummaryQuery) {}

  @Roles('MENTOR')
  @Get()
  get(@CurrentPrincipal() principal: Principal): Promise<MentorFeedbackSummaryDto> {
    return this.summary.forMentor(principal);
  }
}
