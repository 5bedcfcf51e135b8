import { Body, Controller, Delete, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, CurrentPrincipal, ParseIdPipe, Principal, Roles, scopeOf } from '@bn/api/core';
import {
  CreateEventParticipantDto,
  CreateEventSpeakerDto,
  EventParticipantDto,
  EventSpeakerDto,
  UpdateEventParticipantDto,
} from '@bn/shared/contracts';
import { EventParticipantsService } from './event-participants.service';

/**
 * Participants (with attendance) and speakers of an event: written by whoever may write the event
 * (Fachberatung; coordinators for events of their own alliances). They are read with the event.
 */
@ApiTags('Veranstaltungen')
@Roles('FACHBERATUNG', 'KOORDINATION')
@Controller('events/:id')
export class EventParticipantsController {
  constructor(private readonly participants: EventParticipantsService) {}

  @Post('participants')
  addParticipant(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: CreateEventParticipantDto,
    @CurrentPrincipal() principal: Principal,
    @CurrentActor() actor: string,
  ): Promise<EventParticipantDto> {
    return this.participants.addParticipant(id, dto, scopeOf(principal), actor);
  }

  @Put('participants/:participantId')
  updateParticipant(
    @Param('id', ParseIdPipe) id: string,
    @Param('participantId', ParseIdPipe) participantId: string,
    @Body() dto: UpdateEventParticipantDto,
    @CurrentPrincipal() principal: Principal,
    @CurrentActor() actor: string,
  ): Promise<EventParticipantDto> {
    return this.participants.updateParticipant(id, participantId, dto, scopeOf(principal), actor);
  }

  @Delete('participants/:participantId')
  @HttpCode(204)
  removeParticipant(
    @Param('id', ParseIdPipe) id: string,
    @Param('participantId', ParseIdPipe) participantId: string,
    @CurrentPrincipal() principal: Principal,
    @CurrentActor() actor: string,
  ): Promise<void> {
    return this.participants.removeParticipant(id, participantId, scopeOf(principal), actor);
  }

  @Post('speakers')
  addSpeaker(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: CreateEventSpeakerDto,
    @CurrentPrincipal() principal: Principal,
    @CurrentActor() actor: string,
  ): Promise<EventSpeakerDto> {
    return this.participants.addSpeaker(id, dto, scopeOf(principal), actor);
  }

  @Delete('speakers/:speakerId')
  @HttpCode(204)
  removeSpeaker(
    @Param('id', ParseIdPipe) id: string,
    @Param('speakerId', ParseIdPipe) speakerId: string,
    @CurrentPrincipal() principal: Principal,
    @CurrentActor() actor: string,
  ): Promise<void> {
    return this.participants.removeSpeaker(id, speakerId, scopeOf(principal), actor);
  }
}
