import { Module } from '@nestjs/common';
import { EventsController } from './events.controller';
import { EventParticipantsController } from './event-participants.controller';
import { EventsService } from './events.service';
import { EventDetailReader } from './event-detail.reader';
import { EventParticipantsService } from './event-participants.service';

@Module({
  controllers: [EventsController, EventParticipantsController],
  providers: [EventsService, EventDetailReader, EventParticipantsService],
  exports: [EventsService, EventDetailReader],
})
export class EventsModule {}
