import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, ParseIdPipe, Principal, Roles } from '@bn/api/core';
import { DeclineOfferDto, OfferAnswerDto, OfferSentDto, SendOfferDto, VersionDto } from '@bn/shared/contracts';
import { OffersService } from './offers.service';

/** The Fachberatung offers a request to one mentor (or two for a tandem) from its Matching-Vorschläge. */
@ApiTags('Anfragen')
@Controller('requests/:id/offers')
export class RequestOffersController {
  constructor(private readonly offers: OffersService) {}

  @Roles('FACHBERATUNG')
  @Post()
  @HttpCode(200)
  send(@Param('id', ParseIdPipe) requestId: string, @Body() dto: SendOfferDto, @CurrentPrincipal() principal: Principal): Promise<OfferSentDto> {
    return this.offers.send(requestId, dto, principal);
  }
}

/**
 * The offered mentor answers. Only offers sent to the signed-in mentor are found (in SQL); anything
 * else answers 404. The Fachberatung records an answer received by phone through
 * `POST /requests/:id/proposals/:proposalId/response`.
 */
@ApiTags('Matching-Vorschläge')
@Controller('proposals/:id')
export class OfferAnswersController {
  constructor(private readonly offers: OffersService) {}

  @Roles('MENTOR')
  @Post('accept')
  @HttpCode(200)
  accept(@Param('id', ParseIdPipe) id: string, @Body() dto: VersionDto, @CurrentPrincipal() principal: Principal): Promise<OfferAnswerDto> {
    return this.offers.accept(id, dto.version, principal);
  }

  @Roles('MENTOR')
  @Post('decline')
  @HttpCode(200)
  decline(@Param('id', ParseIdPipe) id: string, @Body() dto: DeclineOfferDto, @CurrentPrincipal() principal: Principal): Promise<OfferAnswerDto> {
    return this.offers.decline(id, dto.version, dto.reason, principal);
  }
}
