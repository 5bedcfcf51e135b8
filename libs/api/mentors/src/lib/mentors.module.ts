import { Module } from '@nestjs/common';
import { MentorsController } from './mentors.controller';
import { MentorAbsencesController } from './mentor-absences.controller';
import { MentorsService } from './mentors.service';
import { MentorListReader } from './mentor-list.reader';
import { MentorDetailReader } from './mentor-detail.reader';
import { MentorGalleryReader } from './mentor-gallery.reader';
import { MentorAbsencesService } from './mentor-absences.service';
import { MentorAvailabilityService } from './mentor-availability.service';
import { MentorCollectionsWriter } from './mentor-collections.writer';
import { MentorAccess } from './mentor-access';

@Module({
  controllers: [MentorsController, MentorAbsencesController],
  providers: [
    MentorsService,
    MentorListReader,
    MentorDetailReader,
    MentorGalleryReader,
    MentorAbsencesService,
    MentorAvailabilityService,
    MentorCollectionsWriter,
    MentorAccess,
  ],
  exports: [MentorsService, MentorListReader, MentorDetailReader],
})
export class MentorsModule {}
