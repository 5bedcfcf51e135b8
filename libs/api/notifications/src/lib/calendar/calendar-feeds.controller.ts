import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Public, Roles } from '@bn/api/core';
import { CalendarFeedDto, CreateCalendarFeedDto, CreatedCalendarFeedDto } from '@bn/shared/contracts';
import { CalendarFeedsService } from './calendar-feeds.service';
import { CalendarFeedRenderer } from './calendar-feed-renderer';

/** The signed-in user's calendar feeds: a mentor's own sessions, an alliance's events and sessions. */
@ApiTags('Kalender')
@Controller('calendar')
export class CalendarFeedsController {
  constructor(
    private readonly feeds: CalendarFeedsService,
    private readonly renderer: CalendarFeedRenderer,
  ) {}

  /** Own feeds, without their secret addresses. */
  @Roles('FACHBERATUNG', 'KOORDINATION', 'MENTOR')
  @Get('feeds')
  list(@CurrentPrincipal() principal: Principal): Promise<CalendarFeedDto[]> {
    return this.feeds.list(principal);
  }

  /** Creates the feed or renews its address (the old address then answers 404); the URL is shown only here. */
  @Roles('FACHBERATUNG', 'KOORDINATION', 'MENTOR')
  @Post('feeds')
  create(@Body() dto: CreateCalendarFeedDto, @CurrentPrincipal() principal: Principal): Promise<CreatedCalendarFeedDto> {
    return this.feeds.createOrRenew(dto, principal);
  }

  /**
   * Public because calendar apps cannot sign in: the secret token in the address is the credential
   * (only its SHA-256 is stored, the access log redacts it, and the owner can renew it).
   */
  @Public()
  @Get(':token.ics')
  async feed(@Param('token') token: string, @Res({ passthrough: true }) response: Response): Promise<string> {
    const ics = await this.renderer.render(token);
    // Set only on success: a 404 stays a JSON error body.
    response.set({
      'Content-Type': 'text/calendar; charset=utf-8',
      'Cache-Control': 'private, no-store',
      'Content-Disposition': 'inline; filename="buendnisnetz.ics"',
    });
    return ics;
  }
}
