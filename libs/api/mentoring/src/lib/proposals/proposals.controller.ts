import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, CurrentPrincipal, ParseIdPipe, Principal, Roles } from '@bn/api/core';
import { AnswerMatchProposalDto, CreateMatchProposalDto, MatchProposalDto } from '@bn/shared/contracts';
import { MatchProposalsService } from './proposals.service';

/**
 * Matching-Vorschläge: the Fachberatung's tool (Leitung reads). A mentor only answers the offers
 * sent to them; coordinators have no access.
 */
@ApiTags('Matching-Vorschläge')
@Roles('FACHBERATUNG', 'LEITUNG')
@Controller('requests/:id/proposals')
export class MatchProposalsController {
  constructor(private readonly proposals: MatchProposalsService) {}

  @Get()
  list(@Param('id', ParseIdPipe) requestId: string): Promise<MatchProposalDto[]> {
    return this.proposals.list(requestId);
  }

  @Roles('FACHBERATUNG')
  @Post()
  create(
    @Param('id', ParseIdPipe) requestId: string,
    @Body() dto: CreateMatchProposalDto,
    @CurrentActor() actor: string,
  ): Promise<MatchProposalDto> {
    return this.proposals.create(requestId, dto, actor);
  }

  @Roles('FACHBERATUNG', 'MENTOR')
  @Post(':proposalId/response')
  @HttpCode(200)
  answer(
    @Param('id', ParseIdPipe) requestId: string,
    @Param('proposalId', ParseIdPipe) proposalId: string,
    @Body() dto: AnswerMatchProposalDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<MatchProposalDto> {
    return this.proposals.answer(requestId, proposalId, dto, principal);
  }
}
