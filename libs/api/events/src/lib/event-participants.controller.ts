import { Body, Controller, Delete, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, ParseIdPipe, Roles } from '@bn/api/core';
import {
  CreateEventParticipantDto,
  CreateEventSpeakerDto,
  EventParticipantDto,
  EventSpeakerDto,
  UpdateEventParticipantDto,
} from '@bn/shared/contracts';
import { EventParticipantsService } from './event-participants.service';

/** Participants (with attendance) and speakers of an event. */
@ApiTags('Veranstaltungen')
@Roles('FACHBERATUNG', 'LEITUNG')
@Controller('events/:id')
export class EventParticipantsController {
  constructor(private readonly participants: EventParticipantsService) {}

  @Roles('FACHBERATUNG')
  @Post('participants')
  addParticipant(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: CreateEventParticipantDto,
    @CurrentActor() actor: string,
  ): Promise<EventParticipantDto> {
    return this.participants.addParticipant(id, dto, actor);
  }

  @Roles('FACHBERATUNG')
  @Put('participants/:participantId')
  updateParticipant(
    @Param('id', ParseIdPipe) id: string,
    @Param('participantId', ParseIdPipe) participantId: string,
    @Body() dto: UpdateEventParticipantDto,
    @CurrentActor() actor: string,
  ): Promise<EventParticipantDto> {
    return this.participants.updateParticipant(id, participantId, dto, actor);
  }

  @Roles('FACHBERATUNG')
  @Delete('participants/:participantId')
  @HttpCode(204)
  removeParticipant(
    @Param('id', ParseIdPipe) id: string,
    @Param('participantId', ParseIdPipe) participantId: string,
    @CurrentActor() actor: string,
  ): Promise<void> {
    return this.participants.removeParticipant(id, participantId, actor);
  }

  @Roles('FACHBERATUNG')
  @Post('speakers')
  addSpeaker(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: CreateEventSpeakerDto,
    @CurrentActor() actor: string,
  ): Promise<EventSpeakerDto> {
    return this.participants.addSpeaker(id, dto, actor);
  }

  @Roles('FACHBERATUNG')
  @Delete('speakers/:speakerId')
  @HttpCode(204)
  removeSpeaker(
    @Param('id', ParseIdPipe) id: string,
    @Param('speakerId', ParseIdPipe) speakerId: string,
    @CurrentActor() actor: string,
  ): Promise<void> {
    return this.participants.removeSpeaker(id, speakerId, actor);
  }
}
