import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AnyRole, CurrentPrincipal, ParseIdPipe, Principal } from '@bn/api/core';
import { InboxQueryDto, MarkedReadDto, NotificationDto, Page, UnreadCountDto } from '@bn/shared/contracts';
import { InboxService } from './inbox.service';

/** The signed-in user's own notifications (every role; nobody sees another user's inbox). */
@ApiTags('Benachrichtigungen')
@AnyRole()
@Controller('inbox')
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  list(@Query() query: InboxQueryDto, @CurrentPrincipal() principal: Principal): Promise<Page<NotificationDto>> {
    return this.inbox.list(principal.userId, query);
  }

  /** For the badge in the toolbar. */
  @Get('unread-count')
  unreadCount(@CurrentPrincipal() principal: Principal): Promise<UnreadCountDto> {
    return this.inbox.unreadCount(principal.userId);
  }

  @Post('read-all')
  @HttpCode(200)
  markAllRead(@CurrentPrincipal() principal: Principal): Promise<MarkedReadDto> {
    return this.inbox.markAllRead(principal.userId);
  }

  @Post(':id/read')
  @HttpCode(200)
  markRead(@Param('id', ParseIdPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<NotificationDto> {
    return this.inbox.markRead(principal.userId, id);
  }
}
