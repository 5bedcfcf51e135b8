import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, ParseIdPipe, Roles } from '@bn/api/core';
import { CreateProposalsFromSuggestionsDto, MatchProposalDto, MatchSuggestionsDto } from '@bn/shared/contracts';
import { MatchingService } from './matching.service';

/**
 * The matcher's view of a request: ranked suggestions with their explanation and the excluded
 * mentors with reasons (Fachberatung and Leitung); storing them as proposals is the Fachberatung's.
 */
@ApiTags('Matching')
@Roles('FACHBERATUNG', 'LEITUNG')
@Controller('requests/:id/suggestions')
export class MatchingController {
  constructor(private readonly matching: MatchingService) {}

  @Get()
  suggestions(@Param('id', ParseIdPipe) requestId: string): Promise<MatchSuggestionsDto> {
    return this.matching.suggestions(requestId);
  }

  @Roles('FACHBERATUNG')
  @Post('proposals')
  createProposals(
    @Param('id', ParseIdPipe) requestId: string,
    @Body() dto: CreateProposalsFromSuggestionsDto,
    @CurrentActor() actor: string,
  ): Promise<MatchProposalDto[]> {
    return this.matching.createProposals(requestId, dto, actor);
  }
}
